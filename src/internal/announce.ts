/**
 * One polite live region per page, in the light DOM (live regions inside shadow roots are
 * unreliable in Chrome and VoiceOver). It must exist before any text is put in it, so wrappers
 * create it when they connect, and text arrives in a later task.
 */
import { nextTask } from './next-task.js';

const ATTRIBUTE = 'data-unstuck-live';

/** Visually hidden without a style attribute (strict CSP blocks inline styles, not CSSOM). */
function hide(element: HTMLElement): void {
  const style = element.style;
  style.setProperty('position', 'absolute');
  style.setProperty('width', '1px');
  style.setProperty('height', '1px');
  style.setProperty('margin', '-1px');
  style.setProperty('overflow', 'hidden');
  style.setProperty('clip-path', 'inset(50%)');
  style.setProperty('white-space', 'nowrap');
}

let cached: HTMLElement | null = null;

export function ensureLiveRegion(): HTMLElement | null {
  if (cached?.isConnected) return cached;
  if (!document.body) return null;
  let region = document.querySelector<HTMLElement>(`[${ATTRIBUTE}]`);
  if (!region) {
    region = document.createElement('div');
    region.setAttribute(ATTRIBUTE, '');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    hide(region);
    document.body.append(region);
  }
  return (cached = region);
}

/** Says `text` once, politely. */
export function announce(text: string): void {
  const region = ensureLiveRegion();
  if (!region) return;
  region.textContent = '';
  nextTask(() => {
    region.textContent = text;
  });
}
