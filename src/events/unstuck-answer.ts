import { UnstuckEvent, type UnstuckMomentDetail } from './detail.js';

/** The approval record of a response. */
export interface Approval {
  by: string;
  on: string;
  expires: string | null;
}

export interface UnstuckAnswerDetail extends UnstuckMomentDetail {
  /** The value of the choice taken. */
  choice: string;
  /** The label of the choice taken: the team's authored text. */
  label: string;
  /** Who approved the response shown, and when. */
  approval: Approval;
}

/** `unstuck-answer`: a choice was taken; its approved response is visible. */
export class UnstuckAnswerEvent extends UnstuckEvent<UnstuckAnswerDetail> {
  constructor(detail: UnstuckAnswerDetail) {
    super('unstuck-answer', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-answer': UnstuckAnswerEvent;
  }
}
