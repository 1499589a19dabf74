import { UnstuckEvent, type UnstuckEventDetail } from './detail.js';

export interface UnstuckDetectDetail extends UnstuckEventDetail {
  /** Each signal's count at detection, e.g. `{ idle: 1, rage: 0 }`. */
  signals: Record<string, number>;
}

/** `unstuck-detect`: a pattern crossed its threshold. Cancelable: `preventDefault()` vetoes the question. */
export class UnstuckDetectEvent extends UnstuckEvent<UnstuckDetectDetail> {
  constructor(detail: UnstuckDetectDetail) {
    super('unstuck-detect', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-detect': UnstuckDetectEvent;
  }
}
