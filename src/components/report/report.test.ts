import { expect, fixture, html } from '@open-wc/testing';
import '../../define/unstuck-report.js';
import type { ReportEvent } from '../../report/compute.js';
import type { UnstuckReport } from './report.js';

let next = 0;
function moment(name: string, group: 'treatment' | 'holdout', outcome: 'continued' | 'abandoned', choice?: string): ReportEvent[] {
  const detection = `d${++next}`;
  const base = { moment: name, element: 'unstuck-pricing', group, at: 1_795_000_000_000 + next };
  return [
    { ...base, type: 'unstuck-detect', id: detection, signal: 'dither', suppressed: null },
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
    expect(text).to.contain('Lift: +16.7 pts');
    const funnel = moments[0]!.querySelector('svg desc')!.textContent;
    expect(funnel).to.equal('Funnel: Detected 5; Asked 3; Answered 3; Dismissed 0; Escalated 0.');
    const choices = moments[0]!.querySelectorAll('svg desc')[1]!.textContent;
    expect(choices).to.equal('Answers by choice: difference 2 (67 %); price 1 (33 %).');
    const forward = moments[0]!.querySelectorAll('svg desc')[2]!.textContent;
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
        : event.type === 'unstuck-answer' && event.choice === 'price'
          ? { ...event, label: 'Too expensive for me' }
          : event,
    );
    const element = await fixture<UnstuckReport>(html`<unstuck-report .events=${labelled}></unstuck-report>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('.question')!.textContent).to.equal('Asked: “What is making you pause?”');
    expect(root.querySelectorAll('svg desc')[1]!.textContent).to.equal('Answers by choice: What is the real difference? 1 (50 %); Too expensive for me 1 (50 %).');
    const rows = Array.from(root.querySelectorAll('table')[2]!.querySelectorAll('tbody th')).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['What is the real difference? difference', 'Too expensive for me price']);
  });

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
