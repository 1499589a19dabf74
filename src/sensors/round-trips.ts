import { closestInPath } from '../internal/dom.js';
import { roundTripReturns } from '../machines/journey.js';
import { recordBack, visitStep } from './journey-trail.js';
import type { JourneyHost } from './loops.js';
import { Sensor } from './sensor.js';

/**
 * Round trips: the visitor goes back to an earlier step of the journey (a link or button marked
 * `data-unstuck-back`, history back, or a page of the journey with an earlier step) and returns.
 * Counted across pages through the journey trail in sessionStorage.
 */
export class RoundTripSensor extends Sensor {
  protected override readonly feeds = ['round-trips'];
  constructor(protected override readonly host: JourneyHost) {
    super(host);
  }

  protected connect(): void {
    this.listen(this.host, 'click', (event) => {
      const back = closestInPath(event, this.host, '[data-unstuck-back]');
      if (back && this.host.journey) recordBack(this.host.journey, back.getAttribute('data-unstuck-back'), this.host.now());
    });
    this.listen(window, 'popstate', () => {
      if (this.host.journey) recordBack(this.host.journey, null, this.host.now());
    });
    this.afterConnect(() => this.replay());
  }

  private replay(): void {
    const { journey, step } = this.host;
    if (!journey || !step) return;
    for (const at of roundTripReturns(visitStep(journey, step, this.host.now()), step)) {
      this.host.sense({ type: 'signal', signal: 'round-trips', at });
    }
  }
}
