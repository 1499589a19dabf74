import { closestInPath } from '../internal/dom.js';
import { Sensor } from './sensor.js';

const CONFIRM = '[data-unstuck-confirm]';

/**
 * Holds the question back while the visitor is on a final confirm control (pointer over it, or
 * focus on it), marked `data-unstuck-confirm`: a cancellation is never interrupted at its last
 * step. It feeds no signal; `unstuck-cancel` lists it in its `static sensors`.
 */
export class ConfirmHoldSensor extends Sensor {
  #pointerOn = false;
  #focusOn = false;

  protected connect(): void {
    this.listen(this.host, 'pointerover', (event) => this.#set('pointer', !!closestInPath(event, this.host, CONFIRM)));
    this.listen(this.host, 'pointerleave', () => this.#set('pointer', false));
    this.listen(this.host, 'focusin', (event) => this.#set('focus', !!closestInPath(event, this.host, CONFIRM)));
    this.listen(this.host, 'focusout', () => this.#set('focus', false));
  }

  #set(source: 'pointer' | 'focus', on: boolean): void {
    const before = this.#pointerOn || this.#focusOn;
    if (source === 'pointer') this.#pointerOn = on;
    else this.#focusOn = on;
    const after = this.#pointerOn || this.#focusOn;
    if (after !== before) this.options.sense({ type: 'hold', held: after });
  }
}
