import { lazy } from '../../internal/lazy.js';

/**
 * The module of what a detected moment needs (detected.ts): fetched at idle time after the page's
 * `load`, or at once at the first detection, whichever comes first — one fetch for the machine and
 * the card, so a detection before it arrived waits one round trip, not two.
 */
export const detectedModule = lazy(() => import('./detected.js'));
