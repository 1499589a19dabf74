import { BACK, type TrailEntry } from '../logic/journey.js';
import { readJson, writeJson } from '../internal/storage.js';

/** Oldest trail entries beyond this are forgotten; loops and round trips need only recent ones. */
const TRAIL_LENGTH = 30;

/** Where the steps of a journey the visitor went through are kept (per tab session). */
export const trailKey = (journey: string) => `unstuck:trail:${journey}`;

export function readTrail(journey: string): TrailEntry[] {
  const stored = readJson<unknown>('session', trailKey(journey), []);
  if (!Array.isArray(stored)) return [];
  return stored.filter((entry): entry is TrailEntry => typeof entry?.step === 'string' && typeof entry?.at === 'number');
}

function append(journey: string, step: string, at: number): TrailEntry[] {
  const trail = readTrail(journey);
  // A reload, or two wrappers of the same step on one page, is not a move.
  if (trail.at(-1)?.step !== step) trail.push({ step, at });
  const kept = trail.slice(-TRAIL_LENGTH);
  writeJson('session', trailKey(journey), kept);
  return kept;
}

/** Records that this page (a wrapper with `journey` and `step`) is being visited; returns the trail. */
export const visitStep = (journey: string, step: string, at: number): TrailEntry[] => append(journey, step, at);

/** Records that the visitor went back (to `step` when known). */
export const recordBack = (journey: string, step: string | null, at: number): void => void append(journey, step || BACK, at);
