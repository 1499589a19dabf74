import { UnstuckEvent, type UnstuckEventDetail } from './detail.js';

export interface UnstuckErrorDetail extends UnstuckEventDetail {
  /** A short machine-readable reason, e.g. `invalid-attribute`, `too-few-choices`. */
  reason: string;
  /** The attribute at fault, when there is one. */
  attribute: string | null;
  /** The same sentence as the console warning. */
  message: string;
}

/** `unstuck-error`: a configuration problem (also one `console.warn`). */
export class UnstuckErrorEvent extends UnstuckEvent<UnstuckErrorDetail> {
  constructor(detail: UnstuckErrorDetail) {
    super('unstuck-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-error': UnstuckErrorEvent;
  }
}
