import type { UnstuckDetectDetail } from '../../events/unstuck-detect.js';
import { dither } from '../../signals/dither.js';
import { scrollBack } from '../../signals/scroll-back.js';
import type { SignalProperties } from '../../signals/signal.js';
import { detectDetail, fillResponse, sensorOf, UnstuckWrapper } from '../wrapper/wrapper.js';

/** The signals a pricing table watches besides the common ones. */
const OWN_SIGNALS = [dither, scrollBack] as const;

export interface UnstuckPricing extends SignalProperties<typeof OWN_SIGNALS> {}

/**
 * Wraps a pricing or plan-comparison table. Besides the common signals (`idle` 45s) it
 * watches attention going back and forth between the same plans (`dither`: focus, a click, or
 * the pointer resting 600 ms on an element marked `data-unstuck-option="plan-id"`) and scrolling
 * back up over the table after scrolling past it (`scroll-back`). The goal is a click on a
 * plan's goal (`[data-unstuck-goal]`).
 *
 * `unstuck-detect` carries `options`: the ids of the plans compared. A response may name the
 * plan in view: an element with `data-unstuck-fill="option"` in its template receives the plan's
 * `data-unstuck-option-label` (else its id) as text.
 *
 * @summary Wraps a plan table: dithering between plans, scrolling back over the table.
 *
 * @tagname unstuck-pricing
 */
export class UnstuckPricing extends UnstuckWrapper {
  static override signals = [...UnstuckWrapper.signals, ...OWN_SIGNALS];

  protected override [detectDetail](): Partial<UnstuckDetectDetail> {
    return { options: this[sensorOf](dither)?.compared() ?? [] };
  }

  protected override [fillResponse](response: HTMLElement): void {
    const plan = this[sensorOf](dither)?.inView;
    if (!plan) return;
    for (const slot of Array.from(response.querySelectorAll('[data-unstuck-fill="option"]'))) slot.textContent = plan;
  }
}
