/**
 * Guarded registration: defining a tag twice (two copies of the bundle, two versions) warns
 * once and keeps the first definition instead of throwing into the page.
 */
import { warnOnce } from './warn.js';

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    // One warning per extra copy, not one per element.
    if (existing !== constructor) {
      warnOnce('second-copy', `<${tag}> is already defined by another copy of Unstuck; this copy stays inactive. Load the kit once per page.`);
    }
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    warnOnce(`define:${tag}`, `<${tag}> could not be defined:`, undefined, error);
  }
}
