import { newId } from '../internal/ids.js';

/** The detail every Unstuck event carries (docs/events.md). On the wire: this plus `type` and `v`. */
export interface UnstuckEventDetail {
  /** Unique id of this event, stable across delivery retries. */
  id: string;
  /** The stuck moment's id, from the wrapper's `moment` attribute. */
  moment: string;
  /** The wrapper's `journey`, or null. */
  journey: string | null;
  /** The wrapper's `step`, or null. */
  step: string | null;
  /** The wrapper's tag name, e.g. `unstuck-form`. */
  element: string;
  /** The signal that detected the moment (`idle`, `rage`, …; `manual` for `ask()`), or null before detection. */
  signal: string | null;
  /** The visitor's stable assignment for this moment. */
  group: 'treatment' | 'holdout';
  /** Epoch milliseconds. */
  at: number;
  /** The visit (session) id. */
  visit: string;
  /** Set in `preview`: nothing of it is sent to sinks. */
  preview?: boolean;
}

/** Every event after `unstuck-detect` names the detection it belongs to. */
export interface UnstuckMomentDetail extends UnstuckEventDetail {
  /** The `id` of the `unstuck-detect` event that began this moment. */
  detection: string;
}

/** The detail of an event about the page itself (a config problem, a full queue), not a moment. */
export function pageDetail(element: string, at: number, visit: string): UnstuckEventDetail {
  return { id: newId(), moment: '', journey: null, step: null, element, signal: null, group: 'treatment', at, visit };
}

/** Options every Unstuck event shares: it bubbles out of shadow roots to the document. */
export const eventInit = { bubbles: true, composed: true } as const;

/** Base of every Unstuck event: a `CustomEvent` that bubbles and is composed. */
export class UnstuckEvent<T extends UnstuckEventDetail> extends CustomEvent<T> {
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { ...eventInit, cancelable, detail });
  }
}
