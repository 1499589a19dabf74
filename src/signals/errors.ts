import { readJson, writeJson } from '../internal/storage.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Several invalid fields from one submit attempt are one error, not several. */
const SAME_ATTEMPT_MS = 250;
/** Errors kept per moment across pages of a visit (a declined card often reloads the page). */
const KEEP = 10;
/** What the page shows when it rejects something. */
export const ERROR_SELECTOR = '[data-unstuck-error], [aria-invalid="true"]';

/**
 * Errors: `invalid` events (constraint validation), `aria-invalid="true"` appearing, and
 * elements marked `data-unstuck-error` appearing (payment declined, promo code rejected).
 * Observed with one MutationObserver on the wrapper only.
 */
export class ErrorSensor extends Sensor {
  static override readonly observesPage = true;
  #observer?: MutationObserver;
  #lastAt = Number.NEGATIVE_INFINITY;

  get #key(): string {
    return `unstuck:errors:${this.options.moment()}`;
  }

  protected connect(): void {
    // Errors from earlier pages of this visit, then an error the page was rendered with.
    if (!this.host.preview) {
      for (const at of readJson<unknown[]>('session', this.#key, [])) {
        if (typeof at === 'number') this.occur(errors.name, { at });
      }
      if (this.host.querySelector(ERROR_SELECTOR)) this.#error();
    }
    this.listen(this.host, 'invalid', () => this.#error(), { capture: true });
    this.#observer = new MutationObserver((records) => {
      try {
        if (records.some(appeared)) this.#error();
      } catch (error) {
        this.options.fault(error);
      }
    });
    this.#observer.observe(this.host, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['aria-invalid', 'data-unstuck-error'],
    });
  }

  protected override disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #error(): void {
    const at = Date.now();
    if (at - this.#lastAt < SAME_ATTEMPT_MS) return;
    this.#lastAt = at;
    if (!this.host.preview) writeJson('session', this.#key, [...readJson<unknown[]>('session', this.#key, []), at].slice(-KEEP));
    this.occur(errors.name, { at });
  }
}

/** Did this mutation make an error appear? */
function appeared(record: MutationRecord): boolean {
  if (record.type === 'attributes') {
    const element = record.target as Element;
    if (record.attributeName === 'aria-invalid') return element.getAttribute('aria-invalid') === 'true' && record.oldValue !== 'true';
    return element.hasAttribute('data-unstuck-error') && record.oldValue === null;
  }
  for (const node of record.addedNodes) {
    if (!(node instanceof Element)) continue;
    if (node.matches(ERROR_SELECTOR) || node.querySelector(ERROR_SELECTOR)) return true;
  }
  return false;
}

/** Validation failures (`invalid` events, `aria-invalid="true"` or `data-unstuck-error` appearing) N times in a window (`2/60s`, `off`). */
export const errors = defineSignal({ name: 'errors', kind: 'count', preset: '2/60s', sensor: ErrorSensor });
