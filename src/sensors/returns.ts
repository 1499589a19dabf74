import { readJson, visitId, writeJson } from '../internal/storage.js';
import { Sensor, type SensorHost } from './sensor.js';

/** Visits older than this are forgotten whatever the window (localStorage stays small). */
const KEEP_MS = 180 * 86_400_000;
const KEEP_COUNT = 20;

interface Visit {
  at: number;
  visit: string;
}

/** What the returns sensor reads from its wrapper. */
export interface ReturnsHost extends SensorHost {
  readonly momentId: string;
  readonly preview: boolean;
}

/**
 * Returns: visits to this moment (one per visit/session), counted across sessions in
 * localStorage, so that the question can be asked on a return visit.
 */
export class ReturnsSensor extends Sensor {
  protected override readonly feeds = ['returns'];
  constructor(protected override readonly host: ReturnsHost) {
    super(host);
  }

  protected connect(): void {
    this.afterConnect(() => this.replay());
  }

  private replay(): void {
    if (this.host.preview) return;
    const key = `unstuck:visits:${this.host.momentId}`;
    const at = this.host.now();
    const visit = visitId();
    const stored = readJson<unknown>('local', key, []);
    const visits = (Array.isArray(stored) ? stored : []).filter(
      (entry): entry is Visit => typeof entry?.at === 'number' && typeof entry?.visit === 'string' && at - entry.at < KEEP_MS,
    );
    if (!visits.some((entry) => entry.visit === visit)) visits.push({ at, visit });
    const kept = visits.slice(-KEEP_COUNT);
    writeJson('local', key, kept);
    for (const entry of kept) this.host.sense({ type: 'signal', signal: 'returns', at: entry.at });
  }
}
