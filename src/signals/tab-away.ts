import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * Tab away: after engaging, the visitor leaves the tab and comes back (comparing elsewhere,
 * looking something up). One occurrence per return.
 */
export class TabAwaySensor extends Sensor {
  #away = false;

  protected connect(): void {
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        this.#away = this.options.engaged();
      } else if (this.#away) {
        this.#away = false;
        this.occur(tabAway.name);
      }
    });
  }
}

/** The visitor leaves the tab and comes back N times in a window (`3/5m`); `off` by default. */
export const tabAway = defineSignal({ name: 'tab-away', kind: 'count', preset: 'off', sensor: TabAwaySensor });
