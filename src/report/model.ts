/**
 * The report model's rows — the views of sql/model.sql — and their assembly into the report.
 * Two engines produce these rows: SQL (DuckDB in the CLI, a warehouse) and the browser's
 * JavaScript twin (compute.ts). Both go through `assemble`, so the report's shape, order and
 * rounding are decided once; a test holds the two engines to identical JSON
 * (docs/architecture.md, "The report").
 */
import type { Interval, Verdict } from './stats.js';

/** A cell read from an engine: numbers may arrive as bigint (DuckDB) or numeric strings. */
type Value = string | number | bigint | null | undefined;
type Row = Record<string, Value>;

/** The rows of each view of sql/model.sql, by view name without the `unstuck_` prefix. */
export interface ModelRows {
  totals: Row[];
  moments: Row[];
  suppressed: Row[];
  signals: Row[];
  replies: Row[];
  days: Row[];
  rates: Row[];
  lifts: Row[];
}

/** The views `assemble` reads, in the order sql/model.sql defines them. */
export const VIEWS: (keyof ModelRows)[] = ['totals', 'moments', 'suppressed', 'signals', 'replies', 'days', 'rates', 'lifts'];

/** Forward movement in one arm: moments measured, how many continued, the rate and its 95 % CI. */
export interface Arm {
  measured: number;
  continued: number;
  rate: number | null;
  ci: Interval | null;
}

/** Treatment minus holdout, in rate points (0.05 = 5 points), with its fixed-horizon 95 % CI. */
export interface Lift {
  difference: number;
  ci: Interval;
}

export interface ChoiceFigures {
  choice: string;
  /** The reply as visitors read it (the label sent with the latest answer); the value when no answer carried one. */
  label: string;
  answered: number;
  /** Share of all answers to this moment's question. */
  share: number;
  forward: Arm;
  /** This reply's forward rate minus the holdout's — descriptive: visitors choose their reply. Null without a holdout. */
  lift: Lift | null;
}

/** Moments detected by one signal, and how they moved forward in each arm. */
export interface SignalFigures {
  signal: string;
  detected: number;
  treatment: Arm;
  holdout: Arm;
  lift: Lift | null;
}

/** One UTC day: that day's funnel, and forward movement measured up to and including it. */
export interface DayFigures {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  detected: number;
  asked: number;
  answered: number;
  /** Everything measured up to and including this day. */
  treatment: Arm;
  holdout: Arm;
  lift: Lift | null;
  /** The always-valid interval as it stood at the end of this day. */
  sequential: Interval | null;
  verdict: Verdict | null;
}

export interface MomentFigures {
  moment: string;
  element: string;
  /** The question as visitors last read it (the latest `unstuck-show`'s prompt), or null. */
  question: string | null;
  detected: number;
  asked: number;
  answered: number;
  dismissed: number;
  escalated: number;
  /** Detected but not offered the question (busy, cap, cooldown, vetoed…), by reason. */
  suppressed: Record<string, number>;
  /** What detected the moment, most detections first. */
  signals: SignalFigures[];
  treatment: Arm;
  holdout: Arm;
  lift: Lift | null;
  /** The lift's always-valid 95 % confidence sequence (stats.ts `sequential`): valid however often the report is read. */
  sequential: Interval | null;
  /** What the always-valid sequence says so far. Null without a holdout. */
  verdict: Verdict | null;
  choices: ChoiceFigures[];
  /** Day by day, oldest first. */
  days: DayFigures[];
}

export interface Report {
  events: number;
  duplicates: number;
  unreadable: number;
  from: number | null;
  to: number | null;
  moments: MomentFigures[];
}

const number = (value: Value): number => Number(value ?? 0);
const text = (value: Value): string => (value === null || value === undefined ? '' : String(value));
/**
 * Figures are rounded to 10 decimals — far below anything shown — so that engines whose
 * logarithms differ in the last bit still give identical JSON.
 */
const round = (value: Value): number | null => (value === null || value === undefined ? null : Math.round(Number(value) * 1e10) / 1e10);
/** Code-unit order, the same in every engine and locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const key = (...parts: Value[]) => parts.map(text).join('\u0000');

const NO_ARM: Arm = { measured: 0, continued: 0, rate: null, ci: null };

function armOf(row: Row | undefined): Arm {
  if (!row || !number(row.measured)) return NO_ARM;
  return { measured: number(row.measured), continued: number(row.continued), rate: round(row.rate), ci: { low: round(row.ci_low)!, high: round(row.ci_high)! } };
}

function liftOf(row: Row | undefined): Lift | null {
  return row ? { difference: round(row.difference)!, ci: { low: round(row.low)!, high: round(row.high)! } } : null;
}

function sequentialOf(row: Row | undefined): { sequential: Interval | null; verdict: Verdict | null } {
  return row ? { sequential: { low: round(row.sequential_low)!, high: round(row.sequential_high)! }, verdict: text(row.verdict) as Verdict } : { sequential: null, verdict: null };
}

/** A row lookup by moment, breakdown and item (and arm for rates). */
function index(rows: Row[], ...columns: string[]): Map<string, Row> {
  return new Map(rows.map((row) => [key(...columns.map((column) => row[column])), row]));
}

function grouped(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(text(row.moment), [...(groups.get(text(row.moment)) ?? []), row]);
  return groups;
}

const isoDay = (dayIndex: number) => new Date(dayIndex * 86_400_000).toISOString().slice(0, 10);

/** The model's rows → the report: per moment, most detected first. */
export function assemble(rows: ModelRows): Report {
  const rates = index(rows.rates, 'moment', 'breakdown', 'item', 'arm');
  const lifts = index(rows.lifts, 'moment', 'breakdown', 'item');
  const arm = (moment: string, breakdown: string, item: string, side: string) => armOf(rates.get(key(moment, breakdown, item, side)));
  const lift = (moment: string, breakdown: string, item: string) => lifts.get(key(moment, breakdown, item));
  const suppressed = grouped(rows.suppressed);
  const signals = grouped(rows.signals);
  const replies = grouped(rows.replies);
  const days = grouped(rows.days);

  const moments = rows.moments.map((row): MomentFigures => {
    const moment = text(row.moment);
    const answered = number(row.answered);
    const choices = (replies.get(moment) ?? [])
      .map((reply): ChoiceFigures => {
        const choice = text(reply.choice);
        return {
          choice,
          label: reply.label === null || reply.label === undefined ? choice : text(reply.label),
          answered: number(reply.answered),
          share: round(number(reply.answered) / answered)!,
          forward: arm(moment, 'reply', choice, 'treatment'),
          lift: liftOf(lift(moment, 'reply', choice)),
        };
      })
      .sort((a, b) => b.answered - a.answered || byText(a.choice, b.choice));
    const bySignal = (signals.get(moment) ?? [])
      .map((signal): SignalFigures => {
        const name = text(signal.signal);
        return { signal: name, detected: number(signal.detected), treatment: arm(moment, 'signal', name, 'treatment'), holdout: arm(moment, 'signal', name, 'holdout'), lift: liftOf(lift(moment, 'signal', name)) };
      })
      .sort((a, b) => b.detected - a.detected || byText(a.signal, b.signal));
    return {
      moment,
      element: text(row.element),
      question: row.question === null || row.question === undefined ? null : text(row.question),
      detected: number(row.detected),
      asked: number(row.asked),
      answered,
      dismissed: number(row.dismissed),
      escalated: number(row.escalated),
      suppressed: Object.fromEntries((suppressed.get(moment) ?? []).map((reason) => [text(reason.reason), number(reason.moments)] as const).sort(([a], [b]) => byText(a, b))),
      signals: bySignal,
      treatment: arm(moment, 'moment', '', 'treatment'),
      holdout: arm(moment, 'moment', '', 'holdout'),
      lift: liftOf(lift(moment, 'moment', '')),
      ...sequentialOf(lift(moment, 'moment', '')),
      choices,
      days: dayFigures(moment, days.get(moment) ?? [], arm, lift),
    };
  });
  moments.sort((a, b) => b.detected - a.detected || byText(a.moment, b.moment));

  const totals = rows.totals[0] ?? {};
  return {
    events: number(totals.events),
    duplicates: number(totals.duplicates),
    unreadable: number(totals.unreadable),
    from: totals.from_ms === null || totals.from_ms === undefined ? null : number(totals.from_ms),
    to: totals.to_ms === null || totals.to_ms === undefined ? null : number(totals.to_ms),
    moments,
  };
}

/** Days oldest first; a day without outcomes carries the standing of the day before. */
function dayFigures(moment: string, rows: Row[], arm: (moment: string, breakdown: string, item: string, side: string) => Arm, lift: (moment: string, breakdown: string, item: string) => Row | undefined): DayFigures[] {
  let standing: Pick<DayFigures, 'treatment' | 'holdout' | 'lift' | 'sequential' | 'verdict'> = { treatment: NO_ARM, holdout: NO_ARM, lift: null, sequential: null, verdict: null };
  return rows
    .filter((row) => row.day_index !== null && row.day_index !== undefined)
    .sort((a, b) => number(a.day_index) - number(b.day_index))
    .map((row) => {
      const item = String(number(row.day_index));
      const treatment = arm(moment, 'day', item, 'treatment');
      const holdout = arm(moment, 'day', item, 'holdout');
      if (treatment.measured || holdout.measured) standing = { treatment, holdout, lift: liftOf(lift(moment, 'day', item)), ...sequentialOf(lift(moment, 'day', item)) };
      return { day: isoDay(number(row.day_index)), detected: number(row.detected), asked: number(row.asked), answered: number(row.answered), ...standing };
    });
}
