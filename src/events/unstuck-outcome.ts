import { UnstuckEvent, type UnstuckMomentDetail } from './detail.js';

export interface UnstuckOutcomeDetail extends UnstuckMomentDetail {
  /** `continued` (moved forward), `escalated` (reached a person, no goal), `abandoned`. */
  outcome: 'continued' | 'escalated' | 'abandoned';
  /** Milliseconds since detection. */
  ms: number;
  /** Whether the question was actually seen (false for holdout and suppressed moments). */
  asked: boolean;
  /** Why the question was not asked (`vetoed`, `cooldown`, `busy`, `cap`, `gap`, `no-question`), else null. */
  suppressed: string | null;
}

/** `unstuck-outcome`: exactly once per detected moment, treatment and holdout alike. */
export class UnstuckOutcomeEvent extends UnstuckEvent<UnstuckOutcomeDetail> {
  constructor(detail: UnstuckOutcomeDetail) {
    super('unstuck-outcome', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-outcome': UnstuckOutcomeEvent;
  }
}
