/**
 * The all-in-one entry (`dist/unstuck.js`): defines every element. Load it once with
 * `<script type="module">`; a second copy warns and stays inactive.
 */
import './define/unstuck-config.js';
import './define/unstuck-choice.js';
import './define/unstuck-human.js';
import './define/unstuck-question.js';
import './define/unstuck-zone.js';
import './define/unstuck-form.js';
import './define/unstuck-checkout-step.js';
import './define/unstuck-pricing.js';
import './define/unstuck-search.js';
import './define/unstuck-cancel.js';

import { Unstuck, type UnstuckApi } from './page/api.js';

// For pages without a build step: the JavaScript API on window (the first copy wins).
(globalThis as { Unstuck?: UnstuckApi }).Unstuck ??= Unstuck;

export * from './index.js';
