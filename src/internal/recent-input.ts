/**
 * When the visitor last pressed a key or a pointer, page-wide. The Layout Instability API does not
 * count a layout shift within 500 ms of such input (the visitor caused it), so the card may take
 * room in the page's flow only then; at any other time it floats (docs/accessibility.md,
 * "Seen at the moment, never in the way"). One passive capture listener per page, added when the
 * first wrapper connects.
 */
let lastInputAt = Number.NEGATIVE_INFINITY;
let watching = false;

const note = () => {
  lastInputAt = Date.now();
};

export function watchInput(): void {
  if (watching || typeof addEventListener === 'undefined') return;
  watching = true;
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, note, { capture: true, passive: true });
}

/** Did the visitor press a key or a pointer within `ms`? (Under 500 ms: room for the frame to paint.) */
export const recentInput = (ms = 400): boolean => Date.now() - lastInputAt < ms;
