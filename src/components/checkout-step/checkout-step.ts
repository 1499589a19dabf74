import { errors } from '../../signals/errors.js';
import { roundTrips } from '../../signals/round-trips.js';
import type { Presets, SignalProperties } from '../../signals/signal.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

/** The signals a checkout step watches besides the common ones. */
const OWN_SIGNALS = [roundTrips, errors] as const;

export interface UnstuckCheckoutStep extends SignalProperties<typeof OWN_SIGNALS> {}

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
  static override signals = [...UnstuckWrapper.signals, ...OWN_SIGNALS];
  static override presets: Presets = { idle: '60s' };
  static override submitIsGoal = true;
}
