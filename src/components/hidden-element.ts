import { css } from 'lit';
import { UnstuckElement } from './unstuck-element.js';

/**
 * Base of the authoring elements (question, choice, human): they hold attributes and a
 * `<template>` and render nothing themselves; their wrapper renders from them. A change
 * tells the wrapper to re-read them.
 */
export class HiddenDataElement extends UnstuckElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The `<template>` child that holds approved content, if any. */
  get template(): HTMLTemplateElement | null {
    return this.querySelector(':scope > template');
  }

  protected override updated(): void {
    this.dispatchEvent(new Event(CONTENT_CHANGE, { bubbles: true }));
  }
}

/** Internal, not composed: an authoring element changed. */
export const CONTENT_CHANGE = 'unstuck-content-change';
