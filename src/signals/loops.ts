import { closestInPath } from '../internal/dom.js';
import { BACK } from '../logic/journey.js';
import { visitStep } from './journey-trail.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * Loops: the visitor alternates between the same two sections of the wrapper (children marked
 * `data-unstuck-section="name"`, entered by focus or click) or the same two pages of a journey.
 */
export class LoopSensor extends Sensor {
  static override readonly observesPage = true;
  #section: string | null = null;

  protected connect(): void {
    const enter = (event: Event) => {
      const name = closestInPath(event, this.host, '[data-unstuck-section]')?.getAttribute('data-unstuck-section');
      if (!name || name === this.#section) return;
      this.#section = name;
      this.occur(loops.name, { key: `section:${name}` });
    };
    this.listen(this.host, 'focusin', enter);
    this.listen(this.host, 'click', enter);
    // The page trail is replayed into the machine.
    this.#replayJourney();
  }

  #replayJourney(): void {
    const { journey, step } = this.host;
    if (!journey || !step) return;
    for (const entry of visitStep(journey, step, Date.now())) {
      if (entry.step !== BACK) this.occur(loops.name, { at: entry.at, key: `page:${entry.step}` });
    }
  }
}

/** The same two sections or journey pages alternated N times in a window (`3/90s`, `off`). */
export const loops = defineSignal({ name: 'loops', kind: 'alternation', preset: '3/90s', family: 'back-and-forth', sensor: LoopSensor });
