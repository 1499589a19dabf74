import { deadClick } from './dead-click.js';
import { exitIntent } from './exit-intent.js';
import { helpVisit } from './help-visit.js';
import { idle } from './idle.js';
import { loops } from './loops.js';
import { pattern } from './pattern.js';
import { quickBack } from './quick-back.js';
import { rage } from './rage.js';
import { tabAway } from './tab-away.js';
import { thrash } from './thrash.js';

/** The signals every wrapper watches; a wrapper's own list (`static signals`) adds its own to these. */
export const COMMON_SIGNALS = [idle, loops, rage, exitIntent, tabAway, deadClick, thrash, quickBack, helpVisit, pattern] as const;
