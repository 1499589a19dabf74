/**
 * The report's figures, computed from wire events (NDJSON lines or a JSON array). One module
 * shared by `<unstuck-report>` and the `unstuck-report` CLI. Pure: no DOM, no I/O.
 */
import { newcombe, sequential, verdictOf, wilson, type Interval, type Verdict } from './stats.js';

/** The fields of a wire event the report reads (see docs/events.md). */
export interface ReportEvent {
  type: string;
  id: string;
  moment: string;
  element?: string;
  group?: 'treatment' | 'holdout';
  at?: number;
  detection?: string;
  choice?: string;
  /** `unstuck-answer`: the label of the choice taken (authored text). */
  label?: string;
  /** `unstuck-show`: the prompt, and each shown choice's label by value. */
  question?: string;
  labels?: Record<string, string>;
  outcome?: 'continued' | 'escalated' | 'abandoned';
  suppressed?: string | null;
  asked?: boolean;
  signal?: string | null;
}

/** Forward movement in one arm: moments measured, how many continued, the rate and its 95 % CI. */
export interface Arm {
  measured: number;
  continued: number;
  rate: number | null;
  ci: Interval | null;
}

/** Treatment minus holdout, in rate points (0.05 = 5 points), with its 95 % CI. */
export interface Lift {
  difference: number;
  ci: Interval;
}

export interface ChoiceFigures {
  choice: string;
  /** The reply as visitors read it (the label sent with the answer or the question); the value when no event carried one. */
  label: string;
  answered: number;
  /** Share of all answers to this moment's question. */
  share: number;
  forward: Arm;
  /** This choice's forward rate against the holdout's; null without a holdout. */
  lift: Lift | null;
}

export interface MomentFigures {
  moment: string;
  element: string;
  /** The question as visitors read it (the latest `unstuck-show`'s prompt), or null. */
  question: string | null;
  detected: number;
  asked: number;
  answered: number;
  dismissed: number;
  escalated: number;
  /** Detected but not offered the question (busy, cap, cooldown, vetoed…), by reason. */
  suppressed: Record<string, number>;
  /** Signals that detected the moment, by count. */
  signals: Record<string, number>;
  treatment: Arm;
  holdout: Arm;
  lift: Lift | null;
  /**
   * The lift's always-valid 95 % confidence sequence (stats.ts `sequential`): valid however often
   * the report is read. Null without a holdout.
   */
  sequential: Interval | null;
  /** What the always-valid sequence says so far: `helps`, `hurts` or `not yet known`. Null without a holdout. */
  verdict: Verdict | null;
  choices: ChoiceFigures[];
}

export interface Report {
  events: number;
  duplicates: number;
  unreadable: number;
  from: number | null;
  to: number | null;
  moments: MomentFigures[];
}

/** NDJSON or a JSON array → events (unreadable lines are counted, not fatal). */
export function parseEvents(text: string): { events: ReportEvent[]; unreadable: number } {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return { events: parsed.filter(isEvent), unreadable: parsed.filter((item) => !isEvent(item)).length };
    } catch {
      // Fall through to line by line.
    }
  }
  const events: ReportEvent[] = [];
  let unreadable = 0;
  for (const line of trimmed.split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (isEvent(parsed)) events.push(parsed);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { events, unreadable };
}

function isEvent(value: unknown): value is ReportEvent {
  const event = value as ReportEvent;
  return !!event && typeof event.type === 'string' && typeof event.id === 'string' && typeof event.moment === 'string';
}

function arm(outcomes: ReportEvent[]): Arm {
  const continued = outcomes.filter((outcome) => outcome.outcome === 'continued').length;
  const measured = outcomes.length;
  return { measured, continued, rate: measured ? continued / measured : null, ci: wilson(continued, measured) };
}

function lift(treatment: Arm, holdout: Arm): Lift | null {
  const interval = newcombe(treatment.continued, treatment.measured, holdout.continued, holdout.measured);
  return interval ? { difference: interval.difference, ci: { low: interval.low, high: interval.high } } : null;
}

/** The moment's verdict from the always-valid sequence (the per-reply lifts get none: replies are self-selected). */
function decided(hasHoldout: boolean, treatment: Arm, holdout: Arm): { sequential: Interval | null; verdict: Verdict | null } {
  const always = hasHoldout ? sequential(treatment.continued, treatment.measured, holdout.continued, holdout.measured) : null;
  return always ? { sequential: { low: always.low, high: always.high }, verdict: verdictOf(always) } : { sequential: null, verdict: null };
}

const increment = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

/** Everything the report shows, per moment, most detected first. */
export function computeReport(input: ReportEvent[], unreadable = 0): Report {
  const seen = new Set<string>();
  const events: ReportEvent[] = [];
  for (const event of input) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    events.push(event);
  }
  const times = events.map((event) => event.at).filter((at): at is number => typeof at === 'number');
  const byMoment = new Map<string, ReportEvent[]>();
  for (const event of events) {
    if (event.type === 'unstuck-error' || event.type === 'unstuck-overflow' || !event.moment) continue;
    byMoment.set(event.moment, [...(byMoment.get(event.moment) ?? []), event]);
  }
  const moments = [...byMoment.entries()].map(([moment, list]) => momentFigures(moment, list));
  moments.sort((a, b) => b.detected - a.detected || a.moment.localeCompare(b.moment));
  return {
    events: events.length,
    duplicates: input.length - events.length,
    unreadable,
    from: times.length ? Math.min(...times) : null,
    to: times.length ? Math.max(...times) : null,
    moments,
  };
}

function momentFigures(moment: string, events: ReportEvent[]): MomentFigures {
  const of = (type: string) => events.filter((event) => event.type === `unstuck-${type}`);
  const detects = of('detect');
  const outcomes = of('outcome');
  const answers = of('answer');
  const suppressed: Record<string, number> = {};
  const signals: Record<string, number> = {};
  for (const detect of detects) increment(signals, detect.signal ?? 'unknown');
  // Which arm a moment belongs to is read from its outcome; suppressed moments belong to neither.
  const measured = outcomes.filter((outcome) => {
    if (outcome.suppressed) increment(suppressed, outcome.suppressed);
    return !outcome.suppressed;
  });
  const treatmentOutcomes = measured.filter((outcome) => outcome.group !== 'holdout');
  const holdoutOutcomes = measured.filter((outcome) => outcome.group === 'holdout');
  const treatment = arm(treatmentOutcomes);
  const holdout = arm(holdoutOutcomes);
  const hasHoldout = holdout.measured > 0;

  const shows = of('show');
  const labels: Record<string, string> = Object.assign({}, ...shows.map((show) => (show.labels && typeof show.labels === 'object' ? show.labels : {})));
  for (const answer of answers) if (answer.choice && typeof answer.label === 'string') labels[answer.choice] = answer.label;
  const outcomeOf = new Map(treatmentOutcomes.map((outcome) => [outcome.detection, outcome]));
  const answersByChoice = new Map<string, ReportEvent[]>();
  for (const answer of answers) answersByChoice.set(answer.choice ?? '', [...(answersByChoice.get(answer.choice ?? '') ?? []), answer]);
  const choices = [...answersByChoice.entries()]
    .map(([choice, list]): ChoiceFigures => {
      const forward = arm(list.map((answer) => outcomeOf.get(answer.detection)).filter((outcome): outcome is ReportEvent => !!outcome));
      return { choice, label: typeof labels[choice] === 'string' ? labels[choice] : choice, answered: list.length, share: list.length / answers.length, forward, lift: hasHoldout ? lift(forward, holdout) : null };
    })
    .sort((a, b) => b.answered - a.answered || a.choice.localeCompare(b.choice));

  return {
    moment,
    element: events.find((event) => event.element)?.element ?? '',
    question: shows.findLast((show) => typeof show.question === 'string')?.question ?? null,
    detected: detects.length || outcomes.length,
    asked: shows.length,
    answered: answers.length,
    dismissed: of('dismiss').length,
    escalated: new Set(of('escalate').map((event) => event.detection)).size,
    suppressed,
    signals,
    treatment,
    holdout,
    lift: hasHoldout ? lift(treatment, holdout) : null,
    ...decided(hasHoldout, treatment, holdout),
    choices,
  };
}

/** `0.4567` → `45.7 %`; null → `—`. */
export const percent = (value: number | null, digits = 1) => (value === null ? '—' : `${(value * 100).toFixed(digits)} %`);

/** A lift as signed points with its CI: `+12.0 pts (95 % CI +2.1 to +21.4)`. */
export function describeLift(value: Lift | null): string {
  if (!value) return 'no holdout — lift unknown';
  const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
  return `${points(value.difference)} pts (95 % CI ${points(value.ci.low)} to ${points(value.ci.high)})`;
}
