import { Sensor, type SensorHost } from './sensor.js';

/** Leaving within this long of arriving is bouncing, not exit intent. */
const MIN_DWELL_MS = 5_000;

/** Exit intent: the pointer leaves the document through the top edge, after engagement. */
export class ExitIntentSensor extends Sensor {
  private connectedAt = 0;

  constructor(
    host: SensorHost,
    private readonly engaged: () => boolean,
  ) {
    super(host);
  }

  protected connect(): void {
    this.connectedAt = this.host.now();
    this.listen<MouseEvent>(document, 'mouseout', (event) => {
      if (event.relatedTarget !== null || event.clientY > 0) return;
      const at = this.host.now();
      if (!this.engaged() || at - this.connectedAt < MIN_DWELL_MS) return;
      this.host.sense({ type: 'signal', signal: 'exit-intent', at });
    });
  }
}
