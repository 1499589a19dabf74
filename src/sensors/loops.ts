import { readJson, writeJson } from '../internal/storage.js';
import { closestInPath } from '../internal/dom.js';
import { Sensor, type SensorHost } from './sensor.js';

/** Oldest trail entries beyond this are forgotten; loops need only the recent ones. */
const TRAIL_LENGTH = 20;

export interface TrailEntry {
  step: string;
  at: number;
}

/** Where the pages of a journey the visitor went through are kept (per tab session). */
export const trailKey = (journey: string) => `unstuck:trail:${journey}`;

/**
 * Appends this page's step to the journey trail in sessionStorage (a reload of the same step
 * is not a move) and returns the trail.
 */
export function recordStep(journey: string, step: string, at: number): TrailEntry[] {
  const trail = readJson<TrailEntry[]>('session', trailKey(journey), []).filter(
    (entry) => typeof entry?.step === 'string' && typeof entry?.at === 'number',
  );
  if (trail.at(-1)?.step !== step) trail.push({ step, at });
  const kept = trail.slice(-TRAIL_LENGTH);
  writeJson('session', trailKey(journey), kept);
  return kept;
}

/** What the loop sensor reads from its wrapper. */
export interface LoopHost extends SensorHost {
  journey: string | null;
  step: string | null;
}

/**
 * Loops: the visitor alternates between the same two sections of the wrapper (children marked
 * `data-unstuck-section="name"`, entered by focus or click) or the same two pages of a journey.
 */
export class LoopSensor extends Sensor {
  private section: string | null = null;

  constructor(protected override readonly host: LoopHost) {
    super(host);
  }

  protected connect(): void {
    const enter = (event: Event) => {
      const name = closestInPath(event, this.host, '[data-unstuck-section]')?.getAttribute('data-unstuck-section');
      if (!name || name === this.section) return;
      this.section = name;
      this.host.sense({ type: 'signal', signal: 'loops', at: this.host.now(), key: `section:${name}` });
    };
    this.listen(this.host, 'focusin', enter);
    this.listen(this.host, 'click', enter);
    // After the machine exists: the page trail is replayed into it.
    queueMicrotask(() => this.replayJourney());
  }

  private replayJourney(): void {
    const { journey, step } = this.host;
    if (!journey || !step || !this.host.isConnected) return;
    for (const entry of recordStep(journey, step, this.host.now())) {
      this.host.sense({ type: 'signal', signal: 'loops', at: entry.at, key: `page:${entry.step}` });
    }
  }
}
