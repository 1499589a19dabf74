import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../define/unstuck-report.js';
import type { ReportEvent } from '../../report/compute.js';
import type { UnstuckReport } from './report.js';

let next = 0;
function moment(name: string, group: 'treatment' | 'holdout', outcome: 'continued' | 'abandoned', choice?: string, { day = 0, signal = 'dither' } = {}): ReportEvent[] {
  const detection = `d${++next}`;
  const base = { moment: name, element: 'unstuck-pricing', group, at: 1_795_000_000_000 + day * 86_400_000 + next, signal };
  return [
    { ...base, type: 'unstuck-detect', id: detection, suppressed: null },
    ...(group === 'treatment' ? [{ ...base, type: 'unstuck-show', id: `s${next}`, detection }] : []),
    ...(choice ? [{ ...base, type: 'unstuck-answer', id: `a${next}`, detection, choice }] : []),
    { ...base, type: 'unstuck-outcome', id: `o${next}`, detection, outcome, suppressed: null, asked: group === 'treatment' },
  ];
}

const EVENTS = [
  ...moment('plans', 'treatment', 'continued', 'difference'),
  ...moment('plans', 'treatment', 'continued', 'difference'),
  ...moment('plans', 'treatment', 'abandoned', 'price'),
  ...moment('plans', 'holdout', 'continued'),
  ...moment('plans', 'holdout', 'abandoned'),
  ...moment('help-search', 'treatment', 'continued', 'contact'),
];

describe('<unstuck-report>', () => {
  it('shows each moment: funnel, choices, forward movement and the lift, with tables', async () => {
    const element = await fixture<UnstuckReport>(html`<unstuck-report .events=${EVENTS}></unstuck-report>`);
    const root = element.shadowRoot!;
    const moments = root.querySelectorAll('.moment');
    expect(moments).to.have.length(2);
    expect(moments[0]!.querySelector('h2')!.textContent).to.contain('plans');
    const text = moments[0]!.textContent!;
    expect(text).to.contain('Fixed-horizon lift: +16.7 pts');
    const charts = Array.from(moments[0]!.querySelectorAll('.chart[role=img]')).map((chart) => chart.getAttribute('aria-label'));
    expect(charts[0]).to.equal('Funnel: Detected 5; Asked 3; Answered 3; Dismissed 0; Escalated 0.');
    expect(charts[1]).to.equal('Answers by reply: difference 2 (67 %); price 1 (33 %).');
    expect(charts[3]).to.equal('Detections by signal: dither 5 (100 %).');
    const forward = charts[2];
    expect(forward).to.match(/^Moved forward: Treatment 66\.7 % of 3 \(95 % CI \d+\.\d % to \d+\.\d %\); Holdout 50\.0 % of 2/);
    expect(moments[1]!.textContent).to.contain('no holdout — lift unknown');
    const rows = Array.from(moments[0]!.querySelectorAll('table')[2]!.querySelectorAll('tbody tr')).map((row) => row.querySelector('th')!.textContent);
    expect(rows).to.deep.equal(['difference', 'price']);
  });

  it('ranks moments with a verdict first and says helps, hurts or not yet known from the always-valid interval', async () => {
    const decided = [
      ...Array.from({ length: 4 }, () => [
        ...moment('checkout', 'treatment', 'continued'),
        ...moment('checkout', 'treatment', 'continued'),
        ...moment('checkout', 'treatment', 'continued'),
        ...moment('checkout', 'holdout', 'abandoned'),
      ]).flat(),
    ];
    // 12 of 12 against 0 of 4 is far from zero even for the always-valid interval; 'plans' (more detections) is not decided.
    const many = Array.from({ length: 10 }, () => decided).flat().map((event, index) => ({ ...event, id: `${event.id}-${index}`, detection: `${event.detection ?? event.id}-${Math.floor(index / 3)}` }));
    const element = await fixture<UnstuckReport>(html`<unstuck-report .events=${[...EVENTS, ...many]}></unstuck-report>`);
    const verdicts = Array.from(element.shadowRoot!.querySelectorAll('.moment')).map((moment) => [
      moment.querySelector('h2')!.textContent!.replace(moment.querySelector('h2 small')!.textContent!, '').trim(),
      moment.querySelector('.verdict')!.getAttribute('data-verdict'),
    ]);
    expect(verdicts).to.deep.equal([
      ['checkout', 'helps'],
      ['plans', 'not yet known'],
      ['help-search', 'none'],
    ]);
    const text = element.shadowRoot!.querySelector('.verdict')!.textContent!;
    expect(text).to.match(/^Helps: \+100\.0 pts .*always-valid 95 % interval \+\d+\.\d to \+100\.0 pts/);
    expect(element.shadowRoot!.textContent).to.contain('descriptive: people choose their reply');
  });

  it('reads as the visitor read it: the question and the reply labels the events carry', async () => {
    const labelled = [...moment('plans', 'treatment', 'continued', 'difference'), ...moment('plans', 'treatment', 'abandoned', 'price')].map((event) =>
      event.type === 'unstuck-show'
        ? { ...event, question: 'What is making you pause?', labels: { difference: 'What is the real difference?', price: 'The price' } }
        : event.type === 'unstuck-answer'
          ? { ...event, label: event.choice === 'price' ? 'Too expensive for me' : 'What is the real difference?' }
          : event,
    );
    const element = await fixture<UnstuckReport>(html`<unstuck-report .events=${labelled}></unstuck-report>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('.question')!.textContent).to.equal('Asked: “What is making you pause?”');
    expect(root.querySelectorAll('.chart[role=img]')[1]!.getAttribute('aria-label')).to.equal('Answers by reply: What is the real difference? 1 (50 %); Too expensive for me 1 (50 %).');
    const rows = Array.from(root.querySelectorAll('table')[2]!.querySelectorAll('tbody th')).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['What is the real difference? difference', 'Too expensive for me price']);
  });

  it('breaks each moment down by signal and by day: what detected it, and how the verdict formed', async () => {
    const events = [0, 1, 2].flatMap((day) => [
      ...moment('plans', 'treatment', 'continued', 'difference', { day, signal: 'dither' }),
      ...moment('plans', 'treatment', 'continued', undefined, { day, signal: 'idle' }),
      ...moment('plans', 'holdout', day === 2 ? 'continued' : 'abandoned', undefined, { day, signal: 'dither' }),
    ]);
    const element = await fixture<UnstuckReport>(html`<unstuck-report .events=${events}></unstuck-report>`);
    const root = element.shadowRoot!;
    const cells = (table: Element) => Array.from(table.querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map((cell) => cell.textContent!.trim()));
    const tables = root.querySelectorAll('table');
    expect(cells(tables[3]!).map((row) => row.slice(0, 4))).to.deep.equal([
      ['dither', '6', '100.0 % (3/3)', '33.3 % (1/3)'],
      ['idle', '3', '100.0 % (3/3)', '—'],
    ]);
    const days = cells(tables[4]!);
    expect(days.map((row) => row[0])).to.deep.equal(['2026-11-18', '2026-11-19', '2026-11-20']);
    expect(days.map((row) => [row[4], row[5]])).to.deep.equal([
      ['100.0 % (2/2)', '0.0 % (0/1)'],
      ['100.0 % (4/4)', '0.0 % (0/2)'],
      ['100.0 % (6/6)', '33.3 % (1/3)'],
    ]);
    expect(days[2]![6]).to.match(/^\+66\.7 pts \(.+ to .+\): not yet known$/);
    // The trend: one column per day, each with its interval.
    expect(root.querySelectorAll('.trend .day .band')).to.have.length(3);
    expect(root.querySelector('.trend')!.getAttribute('aria-label')).to.match(/^Lift measured so far, day by day.*from \+100\.0 pts on 2026-11-18 to \+66\.7 pts .* on 2026-11-20\.$/);
  });

  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    it(`is readable on a ${name} (${width}×${height}): no text under 12 px, nothing wider than the screen`, async () => {
      await setViewport({ width, height });
      try {
        const element = await fixture<UnstuckReport>(html`<unstuck-report style="display:block;padding:0 8px" .events=${[...EVENTS, ...moment('plans', 'holdout', 'continued', undefined, { day: 1 })]}></unstuck-report>`);
        const root = element.shadowRoot!;
        for (const details of Array.from(root.querySelectorAll('details'))) details.open = true;
        await element.updateComplete;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const sizes: [string, number][] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent!.trim() || !node.parentElement) continue;
          sizes.push([node.textContent!.trim().slice(0, 30), parseFloat(getComputedStyle(node.parentElement).fontSize)]);
        }
        expect(sizes.length).to.be.above(50);
        expect(sizes.filter(([, size]) => size < 12)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('is accessible, tables open', async () => {
    const element = await fixture<UnstuckReport>(html`<unstuck-report .events=${EVENTS}></unstuck-report>`);
    for (const details of Array.from(element.shadowRoot!.querySelectorAll('details'))) details.open = true;
    await expect(element).to.be.accessible();
  });

  it('loads NDJSON from src, deduplicating repeated deliveries', async () => {
    const ndjson = [...EVENTS, EVENTS[0]].map((event) => JSON.stringify(event)).join('\n');
    const url = URL.createObjectURL(new Blob([ndjson], { type: 'application/x-ndjson' }));
    const element = await fixture<UnstuckReport>(html`<unstuck-report src=${url}></unstuck-report>`);
    await element.reload();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.summary')!.textContent).to.contain('1 duplicate deliveries ignored');
    expect(element.shadowRoot!.querySelectorAll('.moment')).to.have.length(2);
  });

  it('says so when there is nothing to show or the file cannot be read', async () => {
    const empty = await fixture<UnstuckReport>(html`<unstuck-report .events=${[]}></unstuck-report>`);
    expect(empty.shadowRoot!.textContent).to.contain('No stuck moments detected yet');
    const missing = await fixture<UnstuckReport>(html`<unstuck-report src="/no/such/file.ndjson"></unstuck-report>`);
    await missing.reload();
    await missing.updateComplete;
    expect(missing.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Could not load /no/such/file.ndjson');
  });
});
