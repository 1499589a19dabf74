import { property } from 'lit/decorators.js';
import { HiddenDataElement } from '../hidden-element.js';
import type { Approval } from '../../events/unstuck-answer.js';
import type { Problem } from '../../internal/problems.js';

const DAY_MS = 86_400_000;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const parseDay = (text: string | null): number | undefined => {
  if (!text || !ISO_DATE.test(text.trim())) return undefined;
  const time = Date.parse(`${text.trim()}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
};

/** Whether a choice may be shown to visitors, and what a preview badge says about it. */
export interface ChoiceStatus {
  usable: boolean;
  /** One line for the preview badge. */
  badge: string;
  problem?: Problem;
}

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

  /** May this choice be shown at time `now` (epoch ms)? */
  status(now: number): ChoiceStatus {
    // A removed attribute leaves null behind: read every field as text.
    const value = text(this.value);
    const label = text(this.label);
    const approvedBy = text(this.approvedBy);
    const approvedOn = text(this.approvedOn);
    const expiresOn = text(this.expiresOn);
    const name = value || label || '(unnamed)';
    const hidden = (reason: string, attribute: string | null, message: string, badge: string): ChoiceStatus => ({
      usable: false,
      badge,
      problem: { reason, attribute, message },
    });
    if (!value.trim()) return hidden('invalid-choice', 'value', `has a choice without a value; it is not shown.`, 'No value — hidden in production');
    if (!label.trim()) return hidden('invalid-choice', 'label', `choice "${name}" has no label; it is not shown.`, 'No label — hidden in production');
    if (!this.template) {
      return hidden('missing-template', null, `choice "${name}" has no <template> with its approved response; it is not shown.`, 'No response — hidden in production');
    }
    const approvedDay = parseDay(approvedOn);
    if (!approvedBy.trim() || approvedDay === undefined) {
      const attribute = approvedBy.trim() ? 'approved-on' : 'approved-by';
      return hidden('unapproved', attribute, `choice "${name}" is not approved (needs approved-by and approved-on="YYYY-MM-DD"); it is not shown.`, 'Not approved — hidden in production');
    }
    if (expiresOn) {
      const expires = parseDay(expiresOn);
      if (expires === undefined) {
        return hidden('invalid-attribute', 'expires-on', `choice "${name}" has expires-on="${expiresOn}", not a date YYYY-MM-DD; it is not shown.`, 'Bad expiry date — hidden in production');
      }
      if (now >= expires + DAY_MS) {
        return hidden('expired', 'expires-on', `choice "${name}" expired on ${expiresOn}; it is not shown.`, `Expired ${expiresOn} — hidden in production`);
      }
    }
    const expiry = expiresOn ? ` · until ${expiresOn}` : '';
    return { usable: true, badge: `Approved by ${approvedBy} on ${approvedOn}${expiry}` };
  }
}
