import { isTextField, pathInside } from '../internal/dom.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * Field churn: the same field emptied and refilled again and again. Only whether a field is
 * empty is looked at (`value.length === 0`); its content is never read, kept or sent.
 */
export class FieldChurnSensor extends Sensor {
  /** Per field: has it been emptied since it was last filled? */
  readonly #emptied = new WeakMap<Element, boolean>();
  readonly #keys = new WeakMap<Element, string>();
  #nextKey = 0;

  protected connect(): void {
    this.listen(this.host, 'input', (event) => {
      const field = pathInside(event, this.host).find(isTextField);
      if (!field) return;
      const empty = field.value.length === 0;
      const wasEmptied = this.#emptied.get(field);
      if (empty) {
        if (wasEmptied === false) this.#emptied.set(field, true);
        return;
      }
      this.#emptied.set(field, false);
      if (wasEmptied) this.occur(fieldChurn.name, { key: this.#keyOf(field) });
    });
  }

  #keyOf(field: Element): string {
    let key = this.#keys.get(field);
    if (!key) this.#keys.set(field, (key = `field:${++this.#nextKey}`));
    return key;
  }
}

/** The same field emptied and refilled N times in a window (`3/5m`, `off`). */
export const fieldChurn = defineSignal({ name: 'field-churn', kind: 'count', preset: '3/5m', perKey: true, sensor: FieldChurnSensor });
