import { closestInPath } from '../internal/dom.js';
import { roundTripReturns } from '../logic/journey.js';
import { recordBack, visitStep } from './journey-trail.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * Round trips: the visitor goes back to an earlier step of the journey (a link or button marked
 * `data-unstuck-back`, history back, or a page of the journey with an earlier step) and returns.
 * Counted across pages through the journey trail in sessionStorage.
 */
export class RoundTripSensor extends Sensor {
  static override readonly observesPage = true;
  protected connect(): void {
    this.listen(this.host, 'click', (event) => {
      const back = closestInPath(event, this.host, '[data-unstuck-back]');
      if (back && this.host.journey) recordBack(this.host.journey, back.getAttribute('data-unstuck-back'), Date.now());
    });
    this.listen(window, 'popstate', () => {
      if (this.host.journey) recordBack(this.host.journey, null, Date.now());
    });
    this.#replay();
  }

  #replay(): void {
    const { journey, step } = this.host;
    if (!journey || !step) return;
    for (const at of roundTripReturns(visitStep(journey, step, Date.now()), step)) this.occur(roundTrips.name, { at });
  }
}

/** Back to an earlier step of the journey and return, N times in a window (`2/5m`, `off`). */
export const roundTrips = defineSignal({ name: 'round-trips', kind: 'count', preset: '2/5m', family: 'back-and-forth', sensor: RoundTripSensor });
