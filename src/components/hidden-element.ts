import { ReactiveElement } from 'lit';

/**
 * Base of the authoring elements (question, choice, human, config): they hold attributes and a
 * `<template>` and render nothing themselves; their wrapper renders from them. A change tells the
 * wrapper to re-read them. Lit's reactive properties without its templates (`ReactiveElement`):
 * a page has five of these per wrapper, and rendering nothing five times cost 8 % of start-up
 * (BENCHMARKS.md). Their shadow root is empty, without a slot: none of their children renders,
 * with no stylesheet to adopt five times per wrapper (docs/architecture.md, "Start-up"). Lit SSR
 * renders them without a shadow root (they are not `LitElement`s), so there is no server copy to
 * replace, unlike `UnstuckElement`.
 */
export class HiddenDataElement extends ReactiveElement {
  /** The `<template>` child that holds approved content, if any. */
  get template(): HTMLTemplateElement | null {
    return this.querySelector(':scope > template');
  }

  protected override updated(): void {
    if (contentWatched) this.dispatchEvent(new Event(CONTENT_CHANGE, { bubbles: true }));
  }
}

/**
 * Only a card listens for changes, and a card reads the elements when it is made: until the
 * page's first card exists, no element tells (five events per wrapper at start-up, for no
 * listener; docs/architecture.md, "Start-up").
 */
let contentWatched = false;

/** A card listens for `CONTENT_CHANGE` from now on. */
export function watchContent(): void {
  contentWatched = true;
}

/** Internal, not composed: an authoring element changed. */
export const CONTENT_CHANGE = 'unstuck-content-change';
