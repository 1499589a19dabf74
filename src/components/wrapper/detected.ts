/**
 * Everything only a detected moment needs, loaded as one module by `detectedModule`
 * (on-detection.ts): the moment machine with XState, and the card with its template, styles and
 * cloning. A visitor who is never stuck never parses it (docs/architecture.md, "The critical path").
 */
export { startMoment } from '../../controllers/moment-actor.js';
export { DebugController } from '../../controllers/debug.js';
export { adoptCardStyles, CardController } from './card.js';
export { ContentController } from './content.js';
