import { defineSignal } from './signal.js';

/**
 * Weak signals adding up: each signal contributes its fraction of its own threshold, and at least
 * two whose fractions sum to the score (`on` = 1.5) are stuck, while each alone is not. It has no
 * sensor: the moment machine weighs the other signals (logic/evidence.ts, docs/detection.md).
 * `on`, `off`, or a score such as `1.2`.
 */
export const pattern = defineSignal({ name: 'pattern', kind: 'evidence', preset: 'on' });
