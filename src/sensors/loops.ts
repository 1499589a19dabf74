import { closestInPath } from '../internal/dom.js';
import { BACK } from '../machines/journey.js';
import { visitStep } from './journey-trail.js';
import { Sensor, type SensorHost } from './sensor.js';

/** What the journey sensors read from their wrapper. */
export interface JourneyHost extends SensorHost {
  journey: string | null;
  step: string | null;
}

/**
 * Loops: the visitor alternates between the same two sections of the wrapper (children marked
 * `data-unstuck-section="name"`, entered by focus or click) or the same two pages of a journey.
 */
export class LoopSensor extends Sensor {
  protected override readonly feeds = ['loops'];
  private section: string | null = null;

  constructor(protected override readonly host: JourneyHost) {
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
    // The page trail is replayed into the machine.
    this.afterConnect(() => this.replayJourney());
  }

  private replayJourney(): void {
    const { journey, step } = this.host;
    if (!journey || !step) return;
    for (const entry of visitStep(journey, step, this.host.now())) {
      if (entry.step === BACK) continue;
      this.host.sense({ type: 'signal', signal: 'loops', at: entry.at, key: `page:${entry.step}` });
    }
  }
}
