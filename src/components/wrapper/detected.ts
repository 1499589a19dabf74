/**
 * Everything only a detected moment needs, loaded as one module by `detectedModule`
 * (on-detection.ts): the moment machine with XState, and the card with its template, styles and
 * cloning. A visitor who is never stuck never parses it (docs/architecture.md, "The critical path").
 */
export { startMoment } from '../../controllers/moment-actor.js';
export { DebugController } from '../../controllers/debug.js';
export { adoptCardStyles, CardController } from './card.js';
export { ContentController } from './content.js';

// The page's first access to localStorage loads it from the browser process (1–3 ms in
// Chromium). The first detection reads it (the coordinator's cooldowns), so open it now, while
// this module arrives at idle time, not in the question's frame (BENCHMARKS.md, issue 17).
// Inline: a helper in internal/storage.ts would sit on the critical path.
try {
  void globalThis.localStorage?.length;
} catch {
  // Unavailable storage warns at its first real use (internal/storage.ts).
}
