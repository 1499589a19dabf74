import { Sensor } from './sensor.js';

/**
 * Tab away: after engaging, the visitor leaves the tab and comes back (comparing elsewhere,
 * looking something up). One occurrence per return.
 */
export class TabAwaySensor extends Sensor {
  protected override readonly feeds = ['tab-away'];
  private away = false;

  constructor(
    host: ConstructorParameters<typeof Sensor>[0],
    private readonly engaged: () => boolean,
  ) {
    super(host);
  }

  protected connect(): void {
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        this.away = this.engaged();
      } else if (this.away) {
        this.away = false;
        this.host.sense({ type: 'signal', signal: 'tab-away', at: this.host.now() });
      }
    });
  }
}
