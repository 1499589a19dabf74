import { UnstuckEvent, type UnstuckMomentDetail } from './detail.js';

export type UnstuckDismissDetail = UnstuckMomentDetail;

/** `unstuck-dismiss`: the question was closed without a choice. */
export class UnstuckDismissEvent extends UnstuckEvent<UnstuckDismissDetail> {
  constructor(detail: UnstuckDismissDetail) {
    super('unstuck-dismiss', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-dismiss': UnstuckDismissEvent;
  }
}
