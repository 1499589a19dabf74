import { expect } from '@open-wc/testing';
import { computeReport, describeLift, parseEvents, percent, type ReportEvent } from './compute.js';
import { newcombe, sequential, wilson, type Interval } from './stats.js';

/** The report rounds its figures to 10 decimals (model.ts: identical JSON on every engine). */
const rounded = (interval: Interval | null) => interval && { low: Math.round(interval.low * 1e10) / 1e10, high: Math.round(interval.high * 1e10) / 1e10 };

let next = 0;
const id = () => `e${++next}`;

/** One detected moment's events, as the kit would emit them. */
function moment(
  name: string,
  group: 'treatment' | 'holdout',
  { asked = false, choice, dismissed = false, escalated = false, outcome = 'abandoned', suppressed = null }: {
    asked?: boolean;
    choice?: string;
    dismissed?: boolean;
    escalated?: boolean;
    outcome?: 'continued' | 'escalated' | 'abandoned';
    suppressed?: string | null;
  } = {},
): ReportEvent[] {
  const detection = id();
  const base = { moment: name, element: 'unstuck-form', group, at: 1_000 + next, signal: 'idle' };
  const events: ReportEvent[] = [{ ...base, type: 'unstuck-detect', id: detection, suppressed }];
  if (asked) events.push({ ...base, type: 'unstuck-show', id: id(), detection });
  if (choice) events.push({ ...base, type: 'unstuck-answer', id: id(), detection, choice });
  if (dismissed) events.push({ ...base, type: 'unstuck-dismiss', id: id(), detection });
  if (escalated) events.push({ ...base, type: 'unstuck-escalate', id: id(), detection });
  events.push({ ...base, type: 'unstuck-outcome', id: id(), detection, outcome, suppressed, asked });
  return events;
}

const repeat = (count: number, make: () => ReportEvent[]) => Array.from({ length: count }, make).flat();

/**
 * A fixed set with known answers for the moment "loan":
 * treatment: 10 measured, 7 continued — 3 "why" (3 continued), 2 "security" (1 continued),
 * 1 "later" (0), 2 dismissed (2 continued), 2 asked-and-ignored (1 continued);
 * holdout: 5 measured, 2 continued; 2 more suppressed (busy, cap) that count in neither arm.
 */
function loanEvents(): ReportEvent[] {
  return [
    ...repeat(3, () => moment('loan', 'treatment', { asked: true, choice: 'why', outcome: 'continued' })),
    ...moment('loan', 'treatment', { asked: true, choice: 'security', outcome: 'continued' }),
    ...moment('loan', 'treatment', { asked: true, choice: 'security', escalated: true, outcome: 'escalated' }),
    ...moment('loan', 'treatment', { asked: true, choice: 'later', outcome: 'abandoned' }),
    ...repeat(2, () => moment('loan', 'treatment', { asked: true, dismissed: true, outcome: 'continued' })),
    ...moment('loan', 'treatment', { asked: true, outcome: 'continued' }),
    ...moment('loan', 'treatment', { asked: true, outcome: 'abandoned' }),
    ...repeat(2, () => moment('loan', 'holdout', { outcome: 'continued' })),
    ...repeat(3, () => moment('loan', 'holdout', { outcome: 'abandoned' })),
    ...moment('loan', 'treatment', { suppressed: 'busy', outcome: 'continued' }),
    ...moment('loan', 'treatment', { suppressed: 'cap' }),
  ];
}

describe('report computation', () => {
  it('counts the funnel per moment', () => {
    const [loan] = computeReport(loanEvents()).moments;
    expect(loan).to.include({ moment: 'loan', element: 'unstuck-form', detected: 17, asked: 10, answered: 6, dismissed: 2, escalated: 1 });
    expect(loan!.suppressed).to.deep.equal({ busy: 1, cap: 1 });
    expect(loan!.signals.map(({ signal, detected }) => [signal, detected])).to.deep.equal([['idle', 17]]);
  });

  it('compares forward movement in treatment and holdout, with 95 % intervals and the lift', () => {
    const [loan] = computeReport(loanEvents()).moments;
    expect(loan!.treatment).to.deep.equal({ measured: 10, continued: 7, rate: 0.7, ci: rounded(wilson(7, 10)) });
    expect(loan!.holdout).to.deep.equal({ measured: 5, continued: 2, rate: 0.4, ci: rounded(wilson(2, 5)) });
    const expected = newcombe(7, 10, 2, 5)!;
    expect(loan!.lift!.difference).to.be.closeTo(0.3, 1e-12);
    expect(loan!.lift!.ci).to.deep.equal(rounded(expected));
    expect(describeLift(loan!.lift)).to.match(/^\+30\.0 pts \(95 % CI [+−]\d+\.\d to \+\d+\.\d\)$/);
    // 15 moments cannot decide: the always-valid sequence is wider and includes zero.
    const always = sequential(7, 10, 2, 5)!;
    expect(loan!.sequential).to.deep.equal(rounded(always));
    expect(loan!.verdict).to.equal('not yet known');
  });

  it('shows the distribution of choices, and forward movement per choice', () => {
    const [loan] = computeReport(loanEvents()).moments;
    expect(loan!.choices.map((choice) => [choice.choice, choice.answered, choice.forward.continued, choice.forward.measured])).to.deep.equal([
      ['why', 3, 3, 3],
      ['security', 2, 1, 2],
      ['later', 1, 0, 1],
    ]);
    expect(loan!.choices[0]!.share).to.equal(0.5);
    expect(loan!.choices[0]!.lift!.difference).to.be.closeTo(0.6, 1e-12);
  });

  it('says "no holdout — lift unknown" without a holdout group', () => {
    const report = computeReport(repeat(4, () => moment('plans', 'treatment', { asked: true, outcome: 'continued' })));
    expect(report.moments[0]!.lift).to.be.null;
    expect(report.moments[0]!.verdict).to.be.null;
    expect(describeLift(report.moments[0]!.lift)).to.equal('no holdout — lift unknown');
    expect(report.moments[0]!.holdout).to.deep.equal({ measured: 0, continued: 0, rate: null, ci: null });
  });

  it('deduplicates by id (at-least-once delivery) and skips unreadable lines', () => {
    const events = loanEvents();
    const text = [...events, events[0], events[1]].map((event) => JSON.stringify(event)).join('\n') + '\n{"torn":\nnot json\n';
    const { events: parsed, unreadable } = parseEvents(text);
    expect(unreadable).to.equal(2);
    const report = computeReport(parsed, unreadable);
    expect(report.duplicates).to.equal(2);
    expect(report.events).to.equal(events.length);
    expect(report.moments[0]!.detected).to.equal(17);
  });

  it('reads a JSON array too, and orders moments by detections', () => {
    const events = [...moment('rare', 'treatment'), ...repeat(3, () => moment('common', 'treatment'))];
    const { events: parsed } = parseEvents(JSON.stringify(events));
    expect(computeReport(parsed).moments.map((figures) => figures.moment)).to.deep.equal(['common', 'rare']);
  });

  it('formats percentages', () => {
    expect(percent(0.4567)).to.equal('45.7 %');
    expect(percent(null)).to.equal('—');
  });
});
