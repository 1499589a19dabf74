import { isEntryField, pathInside } from '../internal/dom.js';
import { Sensor } from './sensor.js';

/**
 * Field stall: a field has focus and receives no input for the `field-stall` duration.
 * The timer runs only while the tab is visible.
 */
export class FieldStallSensor extends Sensor {
  private field: Element | null = null;

  protected connect(): void {
    const { host } = this;
    this.listen(host, 'focusin', (event) => {
      this.field = pathInside(event, host).find(isEntryField) ?? null;
      this.update();
    });
    this.listen(host, 'focusout', () => {
      this.field = null;
      this.update();
    });
    this.listen(host, 'input', () => this.update());
    this.listen(document, 'visibilitychange', () => this.update());
  }

  protected override disconnect(): void {
    this.field = null;
  }

  override resync(): void {
    this.update();
  }

  private update(): void {
    if (this.field && document.visibilityState === 'visible') {
      this.host.sense({ type: 'timer.arm', signal: 'field-stall', at: this.host.now() });
    } else {
      this.host.sense({ type: 'timer.disarm', signal: 'field-stall' });
    }
  }
}
