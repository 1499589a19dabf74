/**
 * `unstuck-goal`: dispatched by the page from inside a wrapper to say the visitor moved forward.
 * It must bubble to reach the wrapper: `el.dispatchEvent(new UnstuckGoalEvent())`.
 */
export class UnstuckGoalEvent extends Event {
  static readonly type = 'unstuck-goal';
  constructor() {
    super('unstuck-goal', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-goal': UnstuckGoalEvent;
  }
}
