import { closestInPath } from '../internal/dom.js';
import { nextTask } from '../internal/next-task.js';
import { Sensor, type SensorHost } from './sensor.js';

/** What the goal sensor reads from its wrapper. */
export interface GoalHost extends SensorHost {
  /** CSS selector whose click means "moved forward". */
  goal: string;
  /** Whether a submit of a form inside counts as moving forward. */
  readonly goalOnSubmit: boolean;
  /** Report a bad `goal` selector once. */
  badGoalSelector(error: unknown): void;
}

/**
 * Forward movement: a click on the goal selector, a submit of the wrapped form that the page
 * did not cancel (where the wrapper counts submits; forms marked `data-unstuck-not-goal`, such
 * as a promo-code form, never count), or an `unstuck-goal` event dispatched from inside.
 */
export class GoalSensor extends Sensor {
  constructor(protected override readonly host: GoalHost) {
    super(host);
  }

  protected connect(): void {
    this.listen(this.host, 'click', (event) => {
      let matched: Element | undefined;
      try {
        matched = closestInPath(event, this.host, this.host.goal);
      } catch (error) {
        this.host.badGoalSelector(error);
        return;
      }
      if (matched) this.reached();
    });
    this.listen(this.host, 'submit', (event) => {
      const form = event.target as Element;
      if (!this.host.goalOnSubmit || form.closest?.('[data-unstuck-not-goal]')) return;
      // A submit the page cancels (a declined card, a JS-handled form) is not forward movement
      // by itself; listeners after ours may still cancel it, so decide once dispatch is over.
      this.pendingSubmit = event;
      nextTask(() => this.settleSubmit());
    });
    this.listen(this.host, 'unstuck-goal', () => this.reached());
  }

  private pendingSubmit: Event | null = null;

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
    this.host.sense({ type: 'goal', at: this.host.now() });
  }
}
