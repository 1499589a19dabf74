import { UnstuckEvent, type UnstuckEventDetail } from './detail.js';

export interface UnstuckDetectDetail extends UnstuckEventDetail {
  /** Each signal's count at detection, e.g. `{ idle: 1, rage: 0 }`. */
  signals: Record<string, number>;
  /**
   * Why: each signal's contribution to the combined score at detection, its fraction (0–1, two
   * decimals) of its own threshold, e.g. `{ idle: 0.67, 'scroll-back': 0.5, 'help-visit': 0.5 }`
   * for a `pattern` detection. The signal that detected alone has 1 (docs/detection.md).
   */
  evidence: Record<string, number>;
  /**
   * Why no question will follow (`busy`: another question is open; `gap`, `cap`, `cooldown`,
   * `no-question`), or null when the visitor is asked (or is in the holdout group).
   */
  suppressed: string | null;
  /** `unstuck-pricing`: the ids of the plans the visitor compared. */
  options?: string[];
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
