import { UnstuckEvent, type UnstuckMomentDetail } from './detail.js';

export type UnstuckEscalateDetail = UnstuckMomentDetail;

/** `unstuck-escalate`: the way to a person was used. */
export class UnstuckEscalateEvent extends UnstuckEvent<UnstuckEscalateDetail> {
  constructor(detail: UnstuckEscalateDetail) {
    super('unstuck-escalate', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-escalate': UnstuckEscalateEvent;
  }
}
