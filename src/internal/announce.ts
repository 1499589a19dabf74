import { ensureLiveRegion } from './live-region.js';
import { nextTask } from './next-task.js';

/**
 * Says `text` once, politely, in the page's live region (`live-region.ts`): emptied now, filled in
 * a later task, so that a screen reader reads the same text again.
 */
export function announce(text: string): void {
  const region = ensureLiveRegion();
  if (!region) return;
  region.textContent = '';
  nextTask(() => {
    region.textContent = text;
  });
}
