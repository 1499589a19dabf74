import { closestInPath } from '../internal/dom.js';
import { nextTask } from '../internal/next-task.js';
import { Sensor } from './sensor.js';

/**
 * Forward movement (it feeds no signal; it ends a moment's measurement): a click on the `goal`
 * selector, a submit of the wrapped form that the page did not cancel (where the wrapper counts
 * submits; forms marked `data-unstuck-not-goal`, such as a promo-code form, never count), or an
 * `unstuck-goal` event dispatched from inside.
 */
export class GoalSensor extends Sensor {
  private pendingSubmit: Event | null = null;

  protected connect(): void {
    this.listen(this.host, 'click', (event) => {
      let matched: Element | undefined;
      try {
        matched = closestInPath(event, this.host, this.host.goal);
      } catch (error) {
        this.options.warn(badGoal(this.host.goal, error));
        return;
      }
      if (matched) this.reached();
    });
    this.listen(this.host, 'submit', (event) => {
      const form = event.target as Element;
      if (!this.options.submitIsGoal() || form.closest?.('[data-unstuck-not-goal]')) return;
      // A submit the page cancels (a declined card, a JS-handled form) is not forward movement
      // by itself; listeners after ours may still cancel it, so decide once dispatch is over.
      this.pendingSubmit = event;
      nextTask(() => this.settleSubmit());
    });
    this.listen(this.host, 'unstuck-goal', () => this.reached());
  }

  /** A submit that navigates away counts, even if the page unloads before the next task. */
  override flush(): void {
    this.settleSubmit();
  }

  private settleSubmit(): void {
    const submit = this.pendingSubmit;
    this.pendingSubmit = null;
    if (submit && !submit.defaultPrevented) this.reached();
  }

  private reached(): void {
    this.options.sense({ type: 'goal', at: Date.now() });
  }
}

/** The problem a `goal` that is not a CSS selector reports (the click is not counted). */
export const badGoal = (goal: string, error: unknown) => ({
  reason: 'invalid-attribute',
  attribute: 'goal',
  message: `goal="${goal}" is not a valid CSS selector (${String(error)}); goal clicks are not counted.`,
});
