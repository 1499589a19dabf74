import type { Approval } from '../../events/unstuck-answer.js';
import { attributeProperties, HiddenDataElement } from '../hidden-element.js';

/**
 * One reply to the question, and the response the team approved for it.
 *
 * @summary One reply: a label, its approval record, and the approved response in a `<template>`.
 *
 * @tagname unstuck-choice
 *
 * @slot - A `<template>` holding the approved response. It is cloned into the light DOM when the
 *   visitor takes this choice, so the site's own CSS styles it. Scripts inside are removed.
 */
export class UnstuckChoice extends HiddenDataElement {
  /**
   * Machine value of this reply, reported in `unstuck-answer` and in reports.
   * @attr value
   * @reflect
   * @default ''
   */
  declare value: string;

  /**
   * The reply as the visitor reads it on the button. Rendered as text, never as markup.
   * @attr label
   * @reflect
   * @default ''
   */
  declare label: string;

  /**
   * Who approved the response (name and team). Without it the choice is hidden outside `preview`.
   * @attr approved-by
   * @reflect
   * @default ''
   */
  declare approvedBy: string;

  /**
   * When the response was approved, `YYYY-MM-DD`. Without it the choice is hidden outside `preview`.
   * @attr approved-on
   * @reflect
   * @default ''
   */
  declare approvedOn: string;

  /**
   * Last day the approval is valid, `YYYY-MM-DD`; from the day after, the choice is hidden.
   * @attr expires-on
   * @reflect
   * @default ''
   */
  declare expiresOn: string;

  /**
   * This reply is itself the way to a person: taking it counts as an escalation.
   * @attr escalate
   * @reflect
   * @default false
   */
  declare escalate: boolean;

  /** The approval record carried by `unstuck-answer`. */
  get approval(): Approval {
    return { by: this.approvedBy, on: this.approvedOn, expires: this.expiresOn || null };
  }
}

attributeProperties(UnstuckChoice, { value: '', label: '', 'approved-by': '', 'approved-on': '', 'expires-on': '', escalate: false });
