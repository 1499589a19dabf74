/**
 * A detection: what the watch found (logic/watch.ts), what the page answered, and how
 * `unstuck-detect` reports it. Shared by the watch, the moment machine and the wrapper, and free
 * of XState, so the critical path can report a moment the machine never ran (see
 * controllers/moment.ts, "left before the machine loaded").
 */
import { rounded, type Contributions } from './evidence.js';
import { countAt, type SignalRules, type Track } from './windows.js';

/** What the watch hands the moment when it finds a pattern. */
export interface Found {
  signal: string;
  at: number;
  tracks: Readonly<Record<string, Track>>;
  counts: Readonly<Record<string, number>>;
  /** Each signal's contribution at detection. */
  evidence: Contributions;
}

/** Why a detected moment is not asked. `busy` and `gap` pass; the others hold for the visit or longer. */
export type SuppressReason = 'busy' | 'gap' | 'cap' | 'cooldown' | 'no-question' | 'vetoed';

/** The page's answer to "may this moment ask now?": the `permission` actor's output. */
export interface Permission {
  verdict: 'ask' | 'suppress';
  reason?: SuppressReason;
  /** With `gap`: when asking becomes possible; the machine waits until then and asks again. */
  retryAt?: number;
  /** The visitor is in this moment's holdout group: measured, never asked. */
  holdout?: boolean;
  /** When the answer came (the machine reads no clock). */
  at: number;
}

/** A detection as `unstuck-detect` reports it: the `announce` actor's input. */
export interface Detection {
  signal: string;
  /** Each signal's count at detection. */
  signals: Record<string, number>;
  /** Each signal's contribution to the combined score at detection: its fraction of its own threshold (two decimals). */
  evidence: Record<string, number>;
  at: number;
  suppressed: SuppressReason | null;
}

/** The detection as reported: every signal's count at that time (the one that crossed at least 1). */
export function detectionOf(rules: SignalRules, found: Found, permission: Permission | null): Detection {
  const { signal, at } = found;
  const signals: Record<string, number> = {};
  for (const [name, rule] of Object.entries(rules)) if (rule.kind !== 'evidence') signals[name] = countAt(rule, found.tracks[name] ?? [], at);
  if (signal in signals) signals[signal] = Math.max(signals[signal]!, 1);
  return { signal, signals, evidence: rounded(found.evidence), at, suppressed: permission?.verdict === 'suppress' ? (permission.reason ?? null) : null };
}
