import { UnstuckEvent, type UnstuckMomentDetail } from './detail.js';

export interface UnstuckShowDetail extends UnstuckMomentDetail {
  /** The question's prompt. */
  question: string;
  /** The values of the choices shown. */
  choices: string[];
  /** Each shown choice's label, by value: the team's authored text (never what visitors type), so that reports can read as the visitor did. */
  labels: Record<string, string>;
}

/** `unstuck-show`: the question is visible. */
export class UnstuckShowEvent extends UnstuckEvent<UnstuckShowDetail> {
  constructor(detail: UnstuckShowDetail) {
    super('unstuck-show', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-show': UnstuckShowEvent;
  }
}
