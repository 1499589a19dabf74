/** Small, exact statistics for proportions: Wilson intervals and Newcombe's difference interval. */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval for `successes` out of `trials` (null when there are no trials). */
export function wilson(successes: number, trials: number, z = Z95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Newcombe's hybrid score interval (method 10, 1998) for the difference of two independent
 * proportions p1 − p2, built from the two Wilson intervals.
 */
export function newcombe(successes1: number, trials1: number, successes2: number, trials2: number, z = Z95): (Interval & { difference: number }) | null {
  const first = wilson(successes1, trials1, z);
  const second = wilson(successes2, trials2, z);
  if (!first || !second) return null;
  const p1 = successes1 / trials1;
  const p2 = successes2 / trials2;
  const difference = p1 - p2;
  return {
    difference,
    // Products, not `** 2`: the same operations as sql/model.sql, so both engines agree.
    low: difference - Math.sqrt((p1 - first.low) * (p1 - first.low) + (second.high - p2) * (second.high - p2)),
    high: difference + Math.sqrt((first.high - p1) * (first.high - p1) + (p2 - second.low) * (p2 - second.low)),
  };
}

/** What a moment's lift says so far: only an interval that excludes zero decides. */
export type Verdict = 'helps' | 'hurts' | 'not yet known';

export const verdictOf = (interval: Interval): Verdict => (interval.low > 0 ? 'helps' : interval.high < 0 ? 'hurts' : 'not yet known');

/**
 * An always-valid (anytime) 95 % confidence sequence for the difference of two proportions
 * p1 − p2: the asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas,
 * "Time-uniform central limit theory and asymptotic confidence sequences" (Annals of Statistics,
 * 2024), with its Gaussian-mixture boundary — the method behind Eppo's and GrowthBook's
 * sequential tests. It holds at every look at once, so a team that opens the report every
 * morning and stops the day it excludes zero keeps its 5 % error rate (a fixed-horizon interval
 * looked at daily does not: stats.test.ts simulates both).
 *
 * Half-width after t = n1 + n2 moments: SE · √( 2(tρ² + 1)/(tρ²) · ln(√(tρ² + 1)/α) ), with SE
 * the two-sample standard error (each rate shrunk toward ½ by one success and one failure,
 * Agresti–Caffo, so that 0/n or n/n early on cannot make it zero) and ρ tuned to be tightest at
 * `plannedTotal` moments: ρ² = (−2 ln α + ln(1 − 2 ln α)) / plannedTotal (their eq. for the
 * optimal ρ).
 */
export function sequential(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  { alpha = 0.05, plannedTotal = 1_000 }: { alpha?: number; plannedTotal?: number } = {},
): (Interval & { difference: number }) | null {
  if (trials1 <= 0 || trials2 <= 0) return null;
  const difference = successes1 / trials1 - successes2 / trials2;
  const shrunk = (successes: number, trials: number) => (successes + 1) / (trials + 2);
  const q1 = shrunk(successes1, trials1);
  const q2 = shrunk(successes2, trials2);
  const se = Math.sqrt((q1 * (1 - q1)) / trials1 + (q2 * (1 - q2)) / trials2);
  const t = trials1 + trials2;
  const rho2 = (-2 * Math.log(alpha) + Math.log(1 - 2 * Math.log(alpha))) / plannedTotal;
  const half = se * Math.sqrt(((2 * (t * rho2 + 1)) / (t * rho2)) * Math.log(Math.sqrt(t * rho2 + 1) / alpha));
  return { difference, low: Math.max(-1, difference - half), high: Math.min(1, difference + half) };
}
