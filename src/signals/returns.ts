import { readJson, visitId, writeJson } from '../internal/storage.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Visits older than this are forgotten whatever the window (localStorage stays small). */
const KEEP_MS = 180 * 86_400_000;
const KEEP_COUNT = 20;

interface Visit {
  at: number;
  visit: string;
}

/**
 * Returns: visits to this moment (one per visit/session), counted across sessions in
 * localStorage, so that the question can be asked on a return visit.
 */
export class ReturnsSensor extends Sensor {
  static override readonly observesPage = true;
  protected connect(): void {
    this.#replay();
  }

  #replay(): void {
    if (this.host.preview) return;
    const key = `unstuck:visits:${this.options.moment()}`;
    const at = Date.now();
    const visit = visitId();
    const stored = readJson<unknown>('local', key, []);
    const visits = (Array.isArray(stored) ? stored : []).filter(
      (entry): entry is Visit => typeof entry?.at === 'number' && typeof entry?.visit === 'string' && at - entry.at < KEEP_MS,
    );
    if (!visits.some((entry) => entry.visit === visit)) visits.push({ at, visit });
    const kept = visits.slice(-KEEP_COUNT);
    writeJson('local', key, kept);
    for (const entry of kept) this.occur(returns.name, { at: entry.at });
  }
}

/** Visits to this cancel flow (one per session) N times in a window (`2/30d`, `off`). */
export const returns = defineSignal({ name: 'returns', kind: 'count', preset: '2/30d', family: null, sensor: ReturnsSensor });
