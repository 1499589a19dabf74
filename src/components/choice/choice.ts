import { property } from 'lit/decorators.js';
import type { Approval } from '../../events/unstuck-answer.js';
import { HiddenDataElement } from '../hidden-element.js';

/** An attribute's value as text: a removed attribute leaves null behind. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

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
  /** Machine value of this reply, reported in `unstuck-answer` and in reports. */
  @property({ reflect: true }) value = '';

  /** The reply as the visitor reads it on the button. Rendered as text, never as markup. */
  @property() label = '';

  /** Who approved the response (name and team). Without it the choice is hidden outside `preview`. */
  @property({ attribute: 'approved-by' }) approvedBy = '';

  /** When the response was approved, `YYYY-MM-DD`. Without it the choice is hidden outside `preview`. */
  @property({ attribute: 'approved-on' }) approvedOn = '';

  /** Last day the approval is valid, `YYYY-MM-DD`; from the day after, the choice is hidden. */
  @property({ attribute: 'expires-on' }) expiresOn = '';

  /** This reply is itself the way to a person: taking it counts as an escalation. */
  @property({ type: Boolean, reflect: true }) escalate = false;

  /** The approval record carried by `unstuck-answer`. */
  get approval(): Approval {
    return { by: text(this.approvedBy), on: text(this.approvedOn), expires: text(this.expiresOn) || null };
  }
}
