import { ReactiveElement } from 'lit';
import { propertyOf } from '../signals/signal.js';

/**
 * The browser's `HTMLElement`; on a server (Lit SSR in Astro, Next.js), the DOM shim Lit's own
 * elements extend there, so that these classes can be defined for the server's render.
 */
const ElementBase = Object.getPrototypeOf(ReactiveElement) as typeof HTMLElement;

/**
 * Base of the authoring elements (question, choice, human): they hold attributes and a
 * `<template>` and render nothing themselves; their wrapper reads them when it needs them. They
 * are plain custom elements, without Lit's update cycle: a page has five per wrapper, and as Lit
 * elements they were a quarter of start-up, now a twelfth (BENCHMARKS.md, issue 17). Each
 * property reads its attribute when asked and writes it when set (`attributeProperties`). Their
 * shadow root is empty, without a slot, so none of their children renders, and no stylesheet is
 * needed. Lit SSR renders them as plain tags (docs/architecture.md, "Start-up").
 */
export class HiddenDataElement extends ElementBase {
  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
  }

  /** The `<template>` child that holds approved content, if any. */
  get template(): HTMLTemplateElement | null {
    return this.querySelector(':scope > template');
  }

  connectedCallback(): void {
    // A value set before the element was defined (a framework, a script ahead of the kit) is an
    // own property hiding the class's accessor: pass it through the accessor.
    const self = this as unknown as Record<string, unknown>;
    const accessors = Object.getPrototypeOf(this) as object;
    for (const property of Object.keys(this)) {
      if (!(property in accessors)) continue;
      const value = self[property];
      delete self[property];
      self[property] = value;
    }
    this.#changed();
  }

  attributeChangedCallback(): void {
    this.#changed();
  }

  /** Connected, or an attribute changed: tells the wrapper, once a card can read the change. */
  #changed(): void {
    if (contentWatched) this.dispatchEvent(new Event(CONTENT_CHANGE, { bubbles: true }));
  }
}

/**
 * Gives `element` a property per attribute (camel-cased: `approved-by` → `approvedBy`) that reads
 * the attribute when asked and writes it when set: text, with `fallback` while the attribute is
 * absent (setting null or undefined removes it), or, for a `false` fallback, the attribute's
 * presence. The attributes are observed.
 */
export function attributeProperties(element: typeof HiddenDataElement, attributes: Record<string, string | false>): void {
  for (const [attribute, fallback] of Object.entries(attributes)) {
    const flag = fallback === false;
    Object.defineProperty(element.prototype, propertyOf(attribute), {
      get(this: Element) {
        return flag ? this.hasAttribute(attribute) : (this.getAttribute(attribute) ?? fallback);
      },
      set(this: Element, value: unknown) {
        if (flag) this.toggleAttribute(attribute, !!value);
        else if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
      configurable: true,
    });
  }
  (element as { observedAttributes?: string[] }).observedAttributes = Object.keys(attributes);
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
