import { property } from 'lit/decorators.js';
import type { UnstuckDetectDetail } from '../../events/unstuck-detect.js';
import { OptionSensor } from '../../sensors/options.js';
import { ScrollBackSensor } from '../../sensors/scroll-back.js';
import { withPresets, type SignalSpec } from '../wrapper/signal-specs.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

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
  /** @internal */
  static override signals: readonly SignalSpec[] = [
    ...withPresets(UnstuckWrapper.signals, { idle: '45s' }),
    { name: 'dither', kind: 'alternation', preset: '4/90s' },
    { name: 'scroll-back', kind: 'count', preset: '2/60s' },
  ];

  /** Attention alternating between the same plans N times in a window (`4/90s`, `off`). */
  @property() dither: string | null = null;

  /** Scrolling back up over the table after scrolling past it, N times in a window (`2/60s`, `off`). */
  @property({ attribute: 'scroll-back' }) scrollBack: string | null = null;

  private readonly options = new OptionSensor(this);

  constructor() {
    super();
    this.addSensor(this.options);
    this.addSensor(new ScrollBackSensor(this));
  }

  protected override detectDetail(): Partial<UnstuckDetectDetail> {
    return { options: this.options.compared() };
  }

  protected override fillResponse(response: HTMLElement): void {
    const plan = this.options.inView;
    if (!plan) return;
    for (const slot of Array.from(response.querySelectorAll('[data-unstuck-fill="option"]'))) slot.textContent = plan;
  }
}
