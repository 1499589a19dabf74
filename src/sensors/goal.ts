import { closestInPath } from '../internal/dom.js';
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
 * Forward movement: a click on the goal selector, a submit of the wrapped form (where the
 * wrapper says so), or an `unstuck-goal` event dispatched from inside.
 */
export class GoalSensor extends Sensor {
  constructor(protected override readonly host: GoalHost) {
    super(host);
  }

  protected connect(): void {
    const reached = () => this.host.sense({ type: 'goal', at: this.host.now() });
    this.listen(this.host, 'click', (event) => {
      let matched: Element | undefined;
      try {
        matched = closestInPath(event, this.host, this.host.goal);
      } catch (error) {
        this.host.badGoalSelector(error);
        return;
      }
      if (matched) reached();
    });
    this.listen(this.host, 'submit', () => {
      if (this.host.goalOnSubmit) reached();
    });
    this.listen(this.host, 'unstuck-goal', reached);
  }
}
