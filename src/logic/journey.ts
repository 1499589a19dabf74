/**
 * Pure reading of a journey trail: the steps a visitor went through, in order, per tab session.
 * `BACK` marks a step left through a back link or history back, destination unknown.
 */

export interface TrailEntry {
  step: string;
  at: number;
}

export const BACK = '←';

/**
 * Times at which the visitor came back to `step` after visiting only earlier steps of the
 * journey (earlier = first seen before `step` in the trail, or an unknown `BACK`): the cart ⇄
 * checkout round trip. A reload (the same step twice in a row) is not a round trip.
 */
export function roundTripReturns(trail: readonly TrailEntry[], step: string): number[] {
  const firstSeen = new Map<string, number>();
  trail.forEach((entry, index) => {
    if (entry.step !== BACK && !firstSeen.has(entry.step)) firstSeen.set(entry.step, index);
  });
  const ownIndex = firstSeen.get(step) ?? Number.POSITIVE_INFINITY;
  const isEarlier = (name: string) => name === BACK || (firstSeen.get(name) ?? Number.POSITIVE_INFINITY) < ownIndex;

  const returns: number[] = [];
  let previous = -1;
  trail.forEach((entry, index) => {
    if (entry.step !== step) return;
    const between = trail.slice(previous + 1, index);
    if (previous >= 0 && between.length > 0 && between.every((visited) => isEarlier(visited.step))) returns.push(entry.at);
    previous = index;
  });
  return returns;
}
