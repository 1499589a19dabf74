/**
 * The report's figures in the browser, from wire events (NDJSON lines or a JSON array): the
 * JavaScript twin of sql/model.sql, for `<unstuck-report>` and small logs (the CLI runs the SQL
 * on DuckDB). Pure: no DOM, no I/O. See docs/architecture.md, "The report".
 */
import { newcombe, sequential, verdictOf, wilson } from './stats.js';
import { assemble, type Lift, type ModelRows, type Report } from './model.js';

export { assemble, VIEWS } from './model.js';
export type { Arm, ChoiceFigures, DayFigures, Lift, ModelRows, MomentFigures, Report, SignalFigures } from './model.js';

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
  /** `unstuck-show`: the prompt. (Its `labels` are not read: each answer carries its own, which SQL reads portably.) */
  question?: string;
  outcome?: 'continued' | 'escalated' | 'abandoned';
  suppressed?: string | null;
  asked?: boolean;
  signal?: string | null;
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

type Row = Record<string, string | number | null>;
type Counts = { moment: string; breakdown: string; item: string; t_measured: number; t_continued: number; h_measured: number; h_continued: number };

/** Code-unit order (ids, texts): the same in every engine. */
const later = (a: ReportEvent, b: ReportEvent) => (b.at ?? -Infinity) - (a.at ?? -Infinity) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Groups `items` by a key, keeping first-seen order. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const count = <T>(items: T[], test: (item: T) => boolean) => items.reduce((sum, item) => sum + (test(item) ? 1 : 0), 0);
const dayIndex = (event: ReportEvent) => (typeof event.at === 'number' ? Math.floor(event.at / 86_400_000) : null);

interface Measured {
  moment: string;
  detection: string | undefined;
  signal: string;
  day: number | null;
  arm: 'treatment' | 'holdout';
  continued: number;
}

/** Both arms' counts of a set of measured moments. */
function sides(measured: Measured[]) {
  const treatment = measured.filter((item) => item.arm === 'treatment');
  const holdout = measured.filter((item) => item.arm === 'holdout');
  return { t_measured: treatment.length, t_continued: count(treatment, (item) => !!item.continued), h_measured: holdout.length, h_continued: count(holdout, (item) => !!item.continued) };
}

/**
 * The rows of sql/model.sql's views, computed in JavaScript for the browser (small logs): the
 * same definitions, view by view, with the intervals from stats.ts.
 */
export function modelRows(input: ReportEvent[], unreadable = 0): ModelRows {
  const seen = new Set<string>();
  const events = input.filter((event) => !seen.has(event.id) && !!seen.add(event.id));
  const times = events.map((event) => event.at).filter((at): at is number => typeof at === 'number');
  const inMoments = events.filter((event) => event.type !== 'unstuck-error' && event.type !== 'unstuck-overflow' && event.moment !== '');
  const measured: Measured[] = inMoments
    .filter((event) => event.type === 'unstuck-outcome' && !event.suppressed)
    .map((event) => ({ moment: event.moment, detection: event.detection, signal: event.signal ?? 'unknown', day: dayIndex(event), arm: event.group === 'holdout' ? 'holdout' : 'treatment', continued: event.outcome === 'continued' ? 1 : 0 }));
  const of = (list: ReportEvent[], type: string) => list.filter((event) => event.type === `unstuck-${type}`);

  const moments = [...groupBy(inMoments, (event) => event.moment)].map(([moment, list]): Row => {
    const elements = list.map((event) => event.element).filter((element): element is string => typeof element === 'string').sort();
    const detects = of(list, 'detect').length;
    return {
      moment,
      element: elements[0] ?? null,
      question: of(list, 'show').filter((show) => typeof show.question === 'string').sort(later)[0]?.question ?? null,
      detected: detects || of(list, 'outcome').length,
      asked: of(list, 'show').length,
      answered: of(list, 'answer').length,
      dismissed: of(list, 'dismiss').length,
      escalated: new Set(of(list, 'escalate').map((event) => event.detection).filter((detection) => detection !== undefined && detection !== null)).size,
    };
  });
  const suppressed = [...groupBy(of(inMoments, 'outcome').filter((event) => !!event.suppressed), (event) => `${event.moment}\u0000${event.suppressed}`).values()].map(
    (list): Row => ({ moment: list[0]!.moment, reason: list[0]!.suppressed!, moments: list.length }),
  );
  const signals = [...groupBy(of(inMoments, 'detect'), (event) => `${event.moment}\u0000${event.signal ?? 'unknown'}`).values()].map(
    (list): Row => ({ moment: list[0]!.moment, signal: list[0]!.signal ?? 'unknown', detected: list.length }),
  );
  const answers = groupBy(of(inMoments, 'answer'), (event) => `${event.moment}\u0000${event.choice ?? ''}`);
  const replies = [...answers.values()].map(
    (list): Row => ({ moment: list[0]!.moment, choice: list[0]!.choice ?? '', label: list.filter((answer) => typeof answer.label === 'string').sort(later)[0]?.label ?? null, answered: list.length }),
  );
  const days = [...groupBy(inMoments, (event) => `${event.moment}\u0000${dayIndex(event)}`).values()].map(
    (list): Row => ({ moment: list[0]!.moment, day_index: dayIndex(list[0]!), detected: of(list, 'detect').length, asked: of(list, 'show').length, answered: of(list, 'answer').length }),
  );

  // unstuck_counts: per moment, per signal, cumulative per day, and per reply against the moment's holdout.
  const counts: Counts[] = [];
  const momentSides = new Map<string, ReturnType<typeof sides>>();
  for (const [moment, list] of groupBy(measured, (item) => item.moment)) {
    const whole = sides(list);
    momentSides.set(moment, whole);
    counts.push({ moment, breakdown: 'moment', item: '', ...whole });
    for (const [signal, bySignal] of groupBy(list, (item) => item.signal)) counts.push({ moment, breakdown: 'signal', item: signal, ...sides(bySignal) });
    const sum = { t_measured: 0, t_continued: 0, h_measured: 0, h_continued: 0 };
    const byDay = [...groupBy(list.filter((item) => item.day !== null), (item) => String(item.day))].sort(([a], [b]) => Number(a) - Number(b));
    for (const [day, dayList] of byDay) {
      const daily = sides(dayList);
      for (const side of Object.keys(sum) as (keyof typeof sum)[]) sum[side] += daily[side];
      counts.push({ moment, breakdown: 'day', item: day, ...sum });
    }
  }
  const treatedOutcomes = groupBy(
    measured.filter((item) => item.arm === 'treatment'),
    (item) => `${item.moment}\u0000${item.detection}`,
  );
  for (const list of answers.values()) {
    const { moment, choice = '' } = list[0]!;
    const reached = list.flatMap((answer) => (answer.detection === undefined ? [] : (treatedOutcomes.get(`${moment}\u0000${answer.detection}`) ?? [])));
    const { h_measured = 0, h_continued = 0 } = momentSides.get(moment) ?? {};
    counts.push({ moment, breakdown: 'reply', item: choice, t_measured: reached.length, t_continued: count(reached, (item) => !!item.continued), h_measured, h_continued });
  }

  const rates: Row[] = counts.flatMap(({ moment, breakdown, item, ...sided }) =>
    (['treatment', 'holdout'] as const).map((arm) => {
      const measuredCount = arm === 'treatment' ? sided.t_measured : sided.h_measured;
      const continued = arm === 'treatment' ? sided.t_continued : sided.h_continued;
      const ci = wilson(continued, measuredCount);
      return { moment, breakdown, item, arm, measured: measuredCount, continued, rate: measuredCount ? continued / measuredCount : null, ci_low: ci?.low ?? null, ci_high: ci?.high ?? null };
    }),
  );
  const lifts: Row[] = counts
    .filter((cell) => cell.t_measured > 0 && cell.h_measured > 0)
    .map(({ moment, breakdown, item, t_measured, t_continued, h_measured, h_continued }) => {
      const fixed = newcombe(t_continued, t_measured, h_continued, h_measured)!;
      const always = sequential(t_continued, t_measured, h_continued, h_measured)!;
      return { moment, breakdown, item, difference: fixed.difference, low: fixed.low, high: fixed.high, sequential_low: always.low, sequential_high: always.high, verdict: verdictOf(always) };
    });

  return {
    // A loop, not Math.min(...times): a million arguments overflow the stack.
    totals: [{ events: events.length, duplicates: input.length - events.length, unreadable, from_ms: times.length ? times.reduce((a, b) => (b < a ? b : a)) : null, to_ms: times.length ? times.reduce((a, b) => (b > a ? b : a)) : null }],
    moments,
    suppressed,
    signals,
    replies,
    days,
    rates,
    lifts,
  };
}

/** Everything the report shows, per moment, most detected first. */
export const computeReport = (input: ReportEvent[], unreadable = 0): Report => assemble(modelRows(input, unreadable));

/** `0.4567` → `45.7 %`; null → `—`. */
export const percent = (value: number | null, digits = 1) => (value === null ? '—' : `${(value * 100).toFixed(digits)} %`);

/** A difference in rate points, signed: `0.042` → `+4.2`, `-0.03` → `−3.0`. */
export const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

/** A lift as signed points with its CI: `+12.0 pts (95 % CI +2.1 to +21.4)`. */
export function describeLift(value: Lift | null): string {
  if (!value) return 'no holdout — lift unknown';
  return `${points(value.difference)} pts (95 % CI ${points(value.ci.low)} to ${points(value.ci.high)})`;
}
