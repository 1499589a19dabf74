import { closestInPath } from '../internal/dom.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** A pointer resting on an option this long counts as attention. */
export const REST_MS = 600;
const OPTION = '[data-unstuck-option]';
const REMEMBERED = 8;

/**
 * Dither: attention alternating between the same options (plans marked
 * `data-unstuck-option="plan-id"`): focus, a click, or a pointer resting on one for 600 ms.
 * Uses pointerover/pointerout (element boundaries), never pointermove, and reads no layout.
 */
export class OptionSensor extends Sensor {
  #hovered: Element | null = null;
  #restTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #attended: Element[] = [];

  protected connect(): void {
    const attend = (event: Event) => this.#attend(closestInPath(event, this.host, OPTION));
    this.listen(this.host, 'focusin', attend);
    this.listen(this.host, 'click', attend);
    this.listen(this.host, 'pointerover', (event) => {
      const option = closestInPath(event, this.host, OPTION) ?? null;
      if (option === this.#hovered) return;
      this.#stopResting();
      this.#hovered = option;
      if (option) this.#restTimer = setTimeout(() => this.#attend(option), REST_MS);
    });
    this.listen(this.host, 'pointerleave', () => {
      this.#stopResting();
      this.#hovered = null;
    });
  }

  protected override disconnect(): void {
    this.#stopResting();
    this.#hovered = null;
  }

  /** Ids of the options attended recently, most recent first (ids only, for `unstuck-detect`). */
  compared(): string[] {
    return [...new Set(this.#attended.map(optionId).reverse())];
  }

  /** The option attended last: its `data-unstuck-option-label`, else its id. */
  get inView(): string | null {
    const last = this.#attended.at(-1);
    return last ? (last.getAttribute('data-unstuck-option-label') ?? optionId(last)) : null;
  }

  #attend(option: Element | undefined): void {
    if (!option) return;
    const id = optionId(option);
    if (!id) return;
    if (this.#attended.at(-1) !== option) {
      this.#attended.push(option);
      if (this.#attended.length > REMEMBERED) this.#attended.shift();
    }
    this.occur(dither.name, { key: `option:${id}` });
  }

  #stopResting(): void {
    clearTimeout(this.#restTimer);
    this.#restTimer = undefined;
  }
}

const optionId = (option: Element) => option.getAttribute('data-unstuck-option') ?? '';

/** Attention alternating between the same plans N times in a window (`4/90s`, `off`). */
export const dither = defineSignal({ name: 'dither', kind: 'alternation', preset: '4/90s', family: 'back-and-forth', sensor: OptionSensor });
