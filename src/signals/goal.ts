import { closestInPath } from '../internal/dom.js';
import { Sensor } from './sensor.js';

/** How long after a submit an error the page shows still means the submit was rejected. */
export const SUBMIT_ERROR_MS = 2_000;
/** What a page shows when it rejects a submit, anywhere on the page (toasts live in portals). */
const SHOWN_ERROR = '[data-unstuck-error], [role="alert"]';

/**
 * Forward movement (it feeds no signal; it ends a moment's measurement): a click on the `goal`
 * selector, an `unstuck-goal` event dispatched from inside, or — where the wrapper counts submits —
 * a submit of a form inside, whether or not the page cancels it (single-page apps cancel every
 * submit and send it with `fetch`), unless the page shows an error for it within 2 s: an element
 * marked `data-unstuck-error` appears, a `role="alert"` appears or fills with text, or a field in
 * the wrapper becomes `aria-invalid="true"` (or still is when the 2 s end). A submit that unloads
 * the page counts at once. Forms marked `data-unstuck-not-goal` (a promo code) never count.
 */
export class GoalSensor extends Sensor {
  static override readonly observesPage = true;
  /** The submit waiting for its 2 s without an error: when it happened. */
  #submittedAt: number | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #observer: MutationObserver | undefined;

  protected connect(): void {
    this.listen(this.host, 'click', (event) => {
      let matched: Element | undefined;
      try {
        matched = closestInPath(event, this.host, this.host.goal);
      } catch (error) {
        this.options.warn(badGoal(this.host.goal, error));
        return;
      }
      if (matched) this.#reached(Date.now());
    });
    this.listen(this.host, 'submit', (event) => {
      const form = event.target as Element;
      if (!this.options.submitIsGoal() || form.closest?.('[data-unstuck-not-goal]')) return;
      this.#submitted();
    });
    this.listen(this.host, 'unstuck-goal', () => this.#reached(Date.now()));
  }

  protected override disconnect(): void {
    this.#stopWaiting();
  }

  /** The page unloads or the wrapper goes: a submit still waiting counts now. */
  override flush(): void {
    const at = this.#submittedAt;
    this.#stopWaiting();
    if (at !== null) this.#reached(at);
  }

  #submitted(): void {
    if (this.#submittedAt !== null) return; // a second click on Pay: the first attempt decides
    const at = (this.#submittedAt = Date.now());
    this.#observer = new MutationObserver((records) => {
      try {
        if (records.some((record) => this.#showsError(record))) this.#stopWaiting();
      } catch (error) {
        this.options.fault(error);
      }
    });
    this.#observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['aria-invalid', 'data-unstuck-error', 'role'],
    });
    this.#timer = setTimeout(() => {
      const stillInvalid = !!this.host.querySelector('[aria-invalid="true"]');
      this.#stopWaiting();
      if (!stillInvalid) this.#reached(at);
    }, SUBMIT_ERROR_MS);
  }

  /** Did this change show an error for the submit? */
  #showsError(record: MutationRecord): boolean {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (!target) return false;
    if (record.attributeName === 'aria-invalid') return this.host.contains(target) && target.getAttribute('aria-invalid') === 'true';
    if (record.attributeName === 'data-unstuck-error') return target.hasAttribute('data-unstuck-error');
    if (shown(target.closest(SHOWN_ERROR))) return true;
    for (const node of record.addedNodes) {
      if (node instanceof Element && (shown(node.matches(SHOWN_ERROR) ? node : node.querySelector(SHOWN_ERROR)) || node.querySelector('[data-unstuck-error]'))) return true;
    }
    return false;
  }

  #stopWaiting(): void {
    clearTimeout(this.#timer);
    this.#observer?.disconnect();
    this.#timer = this.#observer = undefined;
    this.#submittedAt = null;
  }

  #reached(at: number): void {
    this.options.sense({ type: 'goal', at });
  }
}

/** An error element shows: it is marked `data-unstuck-error`, or it is an alert with text. */
const shown = (element: Element | null): boolean => !!element && (element.hasAttribute('data-unstuck-error') || !!element.textContent?.trim());

/** The problem a `goal` that is not a CSS selector reports (the click is not counted). */
export const badGoal = (goal: string, error: unknown) => ({
  reason: 'invalid-attribute',
  attribute: 'goal',
  message: `goal="${goal}" is not a valid CSS selector (${String(error)}); goal clicks are not counted.`,
});
