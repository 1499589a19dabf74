import { property } from 'lit/decorators.js';
import { ErrorSensor } from '../../sensors/errors.js';
import { RoundTripSensor } from '../../sensors/round-trips.js';
import { withPresets, type SignalSpec } from '../wrapper/signal-specs.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

/**
 * Wraps one checkout step (cart, shipping, payment, review). Besides the common signals
 * (`idle` 60s here) it watches round trips to earlier steps of the same `journey` (the cart ⇄
 * checkout loop, across pages) and repeated errors (payment declined, promo code rejected).
 * The goal is a submit of the step's form or a click on the goal (the "continue" button).
 *
 * Mark links back to earlier steps with `data-unstuck-back` (or `data-unstuck-back="cart"`),
 * and errors the page shows with `data-unstuck-error`.
 *
 * @summary Wraps a checkout step: round trips to earlier steps and repeated errors.
 *
 * @tagname unstuck-checkout-step
 */
export class UnstuckCheckoutStep extends UnstuckWrapper {
  /** @internal */
  static override signals: readonly SignalSpec[] = [
    ...withPresets(UnstuckWrapper.signals, { idle: '60s' }),
    { name: 'round-trips', kind: 'count', preset: '2/5m' },
    { name: 'errors', kind: 'count', preset: '2/60s' },
  ];

  /** Back to an earlier step of the journey and return, N times in a window (`2/5m`, `off`). */
  @property({ attribute: 'round-trips' }) roundTrips: string | null = null;

  /** Validation failures and `[data-unstuck-error]` appearing, N times in a window (`2/60s`, `off`). */
  @property() errors: string | null = null;

  constructor() {
    super();
    this.addSensor(new RoundTripSensor(this));
    this.addSensor(new ErrorSensor(this));
  }

  /** @internal A submit of the step's form is the goal, as is a click on `goal`. */
  override get goalOnSubmit(): boolean {
    return true;
  }
}
