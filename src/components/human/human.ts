import { attributeProperties, HiddenDataElement } from '../hidden-element.js';

/**
 * The way to a person: a phone number, a callback form, a chat hand-off. Shown with the
 * question and with every response. Any link or button used inside it counts as an escalation.
 *
 * @summary The way to a person, shown with the question and every response.
 *
 * @tagname unstuck-human
 *
 * @slot - A `<template>` with the contact options. It is cloned into the light DOM so the
 *   site's own CSS styles its links. Scripts inside are removed.
 */
export class UnstuckHuman extends HiddenDataElement {
  /**
   * Heading above the contact options.
   * @attr label
   * @reflect
   * @default 'Talk to a person'
   */
  declare label: string;
}

attributeProperties(UnstuckHuman, { label: 'Talk to a person' });
