import { UnstuckWrapper } from '../wrapper/wrapper.js';

/**
 * A generic wrapper around any content: it watches hesitation (`idle`, 45s), loops between
 * sections, rage clicks and exit intent, and counts a click on the `goal` as moving forward.
 *
 * @summary Generic wrapper around any content.
 *
 * @tagname unstuck-zone
 */
export class UnstuckZone extends UnstuckWrapper {}
