import { isEntryField, pathInside } from '../internal/dom.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Things that look clickable: repeated clicks on them are frustration, not text selection. */
const CLICKABLE = 'a[href], button, [role=button], [role=link], [onclick], summary, label, input';

/** Controls that legitimately take repeated clicks. */
const REPEATABLE = '[data-unstuck-repeatable], select, input[type=range], input[type=number]';

/**
 * Rage: pointer clicks close together in time and space (the machine's chain rule decides).
 * Not counted: keyboard clicks, clicks in fields, steppers and other repeatable controls,
 * the second and third click of a double/triple-click that selected text, and clicks after
 * which the wrapped content changed (the control worked).
 */
export class RageSensor extends Sensor {
  /** The last click, and whether the machine has it. */
  #last: { at: number; x: number; y: number; sent: boolean } | null = null;
  /** Did the page change since the last click? Then that click did something: not rage. */
  #changed = false;
  #observer?: MutationObserver;

  protected connect(): void {
    // Repeated clicks that change the page (pagination, a stepper, "load more") are working
    // controls, not rage: one observer on the wrapper only notes that something changed.
    this.#observer = new MutationObserver(() => (this.#changed = true));
    this.#observer.observe(this.host, { childList: true, characterData: true, subtree: true });
    this.listen<MouseEvent>(this.host, 'click', (event) => {
      if (event.detail === 0) return; // Enter/Space on a button: not a pointer burst.
      const path = pathInside(event, this.host);
      if (path.some((element) => isEntryField(element) || element.matches(REPEATABLE))) return;
      if (event.detail > 1 && selectingText(path)) return;
      this.#click({ at: Date.now(), x: event.clientX, y: event.clientY });
    });
  }

  protected override disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#last = null;
  }

  /**
   * A lone click cannot be rage: only clicks that continue a burst (close to the previous one
   * in time and space, per the `rage` rule) reach the machine, with the click before them. The
   * machine still does the counting; most clicks on a page cost no machine work at all.
   */
  #click(click: { at: number; x: number; y: number }): void {
    const rule = this.options.rule(rage.name);
    const last = this.#last;
    const effect = this.#changed;
    this.#changed = false;
    const near =
      !effect && rule?.kind === 'chain' && last !== null && click.at - last.at <= rule.gapMs && Math.hypot(click.x - last.x, click.y - last.y) < rule.radius;
    if (!near) {
      this.#last = { ...click, sent: false };
      return;
    }
    if (!last.sent) this.occur(rage.name, { at: last.at, x: last.x, y: last.y });
    this.occur(rage.name, click);
    this.#last = { ...click, sent: true };
  }
}

/**
 * A double/triple click that selected text is reading, not rage — unless it landed on
 * something that looks clickable (a dead button whose label got selected). Only runs on the
 * second and third click of a burst, so the style read stays off the hot path.
 */
function selectingText(path: Element[]): boolean {
  if (document.getSelection()?.isCollapsed ?? true) return false;
  const target = path[0];
  if (!target || path.some((element) => element.matches(CLICKABLE))) return false;
  return getComputedStyle(target).cursor !== 'pointer';
}

/** Repeated clicks on one spot (30 px): N clicks each within the duration of the previous (`3/1s`, `off`). */
export const rage = defineSignal({ name: 'rage', kind: 'chain', preset: '3/1s', sensor: RageSensor });
