/**
 * One polite live region per page, in the light DOM (live regions inside shadow roots are
 * unreliable in Chrome and VoiceOver). It must exist before any text is put in it, so wrappers
 * create it when they connect (this module), and text arrives later (`announce.ts`, with the card).
 */

const ATTRIBUTE = 'data-unstuck-live';

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
    // Visually hidden through the CSSOM, not a style attribute (a strict CSP blocks those).
    Object.assign(region.style, { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
    document.body.append(region);
  }
  return (cached = region);
}
