/**
 * Weak signals adding up (`pattern`): each signal contributes the fraction of its own threshold it
 * has reached — one failed search of two, 30 s of a 45 s idle — and the moment is stuck when the
 * fractions sum to the rule's score with at least two signals. Pure: every figure is taken at a
 * time `at` the caller gives. docs/detection.md explains the model and its defaults.
 */
import { countAt, threshold, type EvidenceRule, type SignalRules, type Track } from './windows.js';

/** Quiet timers (idle, field stall) counting now: signal → when the countdown started. */
export type Armed = Readonly<Record<string, number>>;

/** Each contributing signal's fraction of its own threshold (0–1). */
export type Contributions = Readonly<Record<string, number>>;

/** Fewest signals that make a pattern: one signal is never a pattern, however close to its threshold. */
export const MIN_SIGNALS = 2;

/** The evidence rule among `rules` (the `pattern` signal), with its name. */
export function evidenceRule(rules: SignalRules): [string, EvidenceRule] | undefined {
  for (const name in rules) {
    const rule = rules[name]!;
    if (rule.kind === 'evidence') return [name, rule];
  }
  return undefined;
}

/** Quiet signals all measure one stillness: idle and a field stall run together while nothing moves. */
const STILLNESS = 'stillness';

/**
 * Each signal's contribution at `at`: its fraction of its own threshold (at most 1). Signals of
 * one family measure the same behaviour, so only the largest of a family counts.
 */
export function weigh(rules: SignalRules, tracks: Readonly<Record<string, Track>>, armed: Armed, at: number): Contributions {
  const largest = new Map<string, [string, number]>();
  for (const name in rules) {
    const rule = rules[name]!;
    const track = tracks[name];
    let fraction = 0;
    if (rule.kind === 'quiet') fraction = track?.length ? 1 : armed[name] === undefined ? 0 : (at - armed[name]!) / rule.ms;
    else if (rule.kind !== 'evidence' && track?.length) fraction = countAt(rule, track, at) / threshold(rule);
    const family = rule.family === undefined ? (rule.kind === 'quiet' ? STILLNESS : name) : rule.family;
    if (fraction <= 0 || family === null) continue;
    if (fraction > (largest.get(family)?.[1] ?? 0)) largest.set(family, [name, Math.min(1, fraction)]);
  }
  return Object.fromEntries(largest.values());
}

/** The combined score: the contributions' sum. */
export const scoreOf = (contributions: Contributions): number => Object.values(contributions).reduce((sum, fraction) => sum + fraction, 0);

/** Do these contributions make the pattern? (A hair of tolerance: a scheduled check lands on the exact millisecond.) */
export const makesPattern = (rule: EvidenceRule, contributions: Contributions): boolean =>
  Object.keys(contributions).length >= MIN_SIGNALS && scoreOf(contributions) >= rule.score - 1e-9;

/**
 * When the armed quiet timers alone would bring the score to the rule's, given what the other
 * signals hold at `at`; undefined when no other signal contributes (stillness alone is never a
 * pattern: its own timer decides) or when a quiet timer would detect by itself first. So a
 * check is scheduled only while there is evidence to add up: nothing fires while nothing happens.
 */
export function nextCheck(rule: EvidenceRule, rules: SignalRules, tracks: Readonly<Record<string, Track>>, armed: Armed, at: number): number | undefined {
  const others = weigh(rules, tracks, {}, at);
  for (const name in others) if (rules[name]?.kind === 'quiet') delete (others as Record<string, number>)[name];
  if (Object.keys(others).length < MIN_SIGNALS - 1) return undefined;
  const needed = rule.score - scoreOf(others);
  if (needed >= 1) return undefined; // stillness would have to detect by itself first
  let next: number | undefined;
  for (const name in armed) {
    const quiet = rules[name];
    if (quiet?.kind !== 'quiet') continue;
    const when = Math.ceil(armed[name]! + Math.max(0, needed) * quiet.ms);
    if (next === undefined || when < next) next = when;
  }
  return next === undefined ? undefined : Math.max(next, at + 1);
}

/** Contributions as reported (`unstuck-detect`'s `evidence`): two decimals. */
export const rounded = (contributions: Contributions): Record<string, number> =>
  Object.fromEntries(Object.entries(contributions).map(([name, fraction]) => [name, Math.round(fraction * 100) / 100]));
