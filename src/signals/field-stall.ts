import { isEntryField, pathInside } from '../internal/dom.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * Field stall: a field has focus and receives no input for the `field-stall` duration.
 * The timer runs only while the tab is visible.
 */
export class FieldStallSensor extends Sensor {
  #field: Element | null = null;
  #armedField: Element | null = null;
  #inputAt = Number.NEGATIVE_INFINITY;
  readonly #latest = () => this.#inputAt;

  protected connect(): void {
    const { host } = this;
    this.listen(host, 'focusin', (event) => {
      this.#field = pathInside(event, host).find(isEntryField) ?? null;
      this.#update();
    });
    this.listen(host, 'focusout', () => {
      this.#field = null;
      this.#update();
    });
    this.listen(host, 'input', () => this.#update());
    this.listen(document, 'visibilitychange', () => this.#update());
  }

  protected override disconnect(): void {
    this.#field = null;
    this.#armedField = null;
  }

  override resync(): void {
    this.#armedField = null;
    this.#update();
  }

  #update(): void {
    if (this.#field && document.visibilityState === 'visible') {
      const at = Date.now();
      // Typing only notes its time: the watch reads the latest when it needs it.
      this.#inputAt = at;
      if (this.#armedField === this.#field) return;
      this.#armedField = this.#field;
      this.options.sense({ type: 'timer.arm', signal: fieldStall.name, at, latest: this.#latest });
    } else if (this.#armedField) {
      this.#armedField = null;
      this.options.sense({ type: 'timer.disarm', signal: fieldStall.name, at: Date.now() });
    }
  }
}

/** A focused field with no input for this long (`20s`, `off`). */
export const fieldStall = defineSignal({ name: 'field-stall', kind: 'quiet', preset: '20s', sensor: FieldStallSensor });
