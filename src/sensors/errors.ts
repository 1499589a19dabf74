import { Sensor } from './sensor.js';

/** Several invalid fields from one submit attempt are one error, not several. */
const SAME_ATTEMPT_MS = 250;

/**
 * Errors: `invalid` events (constraint validation), `aria-invalid="true"` appearing, and
 * elements marked `data-unstuck-error` appearing (payment declined, promo code rejected).
 * Observed with one MutationObserver on the wrapper only.
 */
export class ErrorSensor extends Sensor {
  private observer?: MutationObserver;
  private lastAt = Number.NEGATIVE_INFINITY;

  protected connect(): void {
    this.listen(this.host, 'invalid', () => this.error(), { capture: true });
    this.observer = new MutationObserver((records) => {
      try {
        if (records.some(appeared)) this.error();
      } catch (error) {
        this.host.fault(error);
      }
    });
    this.observer.observe(this.host, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['aria-invalid', 'data-unstuck-error'],
    });
  }

  protected override disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private error(): void {
    const at = this.host.now();
    if (at - this.lastAt < SAME_ATTEMPT_MS) return;
    this.lastAt = at;
    this.host.sense({ type: 'signal', signal: 'errors', at });
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
    if (node.matches('[data-unstuck-error], [aria-invalid="true"]') || node.querySelector('[data-unstuck-error], [aria-invalid="true"]')) return true;
  }
  return false;
}
