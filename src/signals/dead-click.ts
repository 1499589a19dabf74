import { closestInPath, isEntryField, pathInside } from '../internal/dom.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * How long a click may take to show its effect. posthog-js's dead clicks wait 2.5 s for a DOM
 * change (their `mutation_threshold_ms`); we take the same: long enough for a request and its
 * spinner, short enough to still be the visitor's moment.
 */
export const DEAD_CLICK_MS = 2_500;

/** What looks interactive: the visitor expects something to happen when clicking it. */
const INTERACTIVE = 'button, a[href], [role=button], [role=link], [role=tab], [role=menuitem], [role=checkbox], [role=switch], summary, [onclick]';

/** Clicks whose effect is the browser's own (a label focuses its field) or happens in the field. */
const NOT_CANDIDATE = 'label, [data-unstuck-repeatable], [contenteditable=""], [contenteditable=true]';

interface Pending {
  event: MouseEvent;
  control: Element;
  at: number;
  /** The page's counts when the click happened. */
  changes: number;
  focusMoves: number;
  /** Stop watching the page for this click. */
  release: () => void;
}

/**
 * What happens on the page after clicks: one watcher for every wrapper, listening only while a
 * click is pending somewhere (so an ordinary page pays nothing for dead clicks between clicks).
 */
const page = {
  /** DOM changes, scrolls, submits, navigations and hidden tabs seen. */
  changes: 0,
  /** Focus moves seen, and where focus went last. */
  focusMoves: 0,
  focused: null as EventTarget | null,
  watchers: 0,
  stop: undefined as (() => void) | undefined,
};

function watchPage(): () => void {
  if (page.watchers++ === 0) {
    const changed = () => void page.changes++;
    const focused = (event: Event) => {
      page.focusMoves++;
      page.focused = event.target;
    };
    const observer = new MutationObserver(changed);
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    const listeners = [
      [document, 'scroll', changed],
      [document, 'submit', changed],
      [document, 'visibilitychange', changed],
      [window, 'hashchange', changed],
      [window, 'popstate', changed],
      [document, 'focusin', focused],
    ] as const;
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { capture: true, passive: true });
    page.stop = () => {
      observer.disconnect();
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
    };
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--page.watchers === 0) page.stop?.();
  };
}

/**
 * Dead clicks: a pointer click on something that looks interactive (a button, a link, a role
 * that says so, or the pointer cursor) after which nothing happens within 2.5 s: no change to the
 * page's DOM (a single-page app's route change renders), no navigation, no scroll, no focus
 * moving elsewhere, no submit, the tab not hidden. Guards against the false alarms posthog-js's
 * users reported: a link the browser follows (navigation, a new tab, a download cannot be
 * observed) counts only when a script cancelled it; clicks on the goal, on fields, labels,
 * repeatable controls and on the kit's own card never count; a burst on one control is judged by
 * its first click (rage decides bursts). The page is watched only while a click is pending, one
 * timer per wrapper is re-armed lazily, and nothing runs per pointer move.
 */
export class DeadClickSensor extends Sensor {
  #pending: Pending | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  protected connect(): void {
    // Capture: before the control's own handler, whose DOM changes must be seen (posthog-js#4935).
    this.listen<MouseEvent>(this.host, 'click', (event) => this.#clicked(event), { capture: true });
  }

  protected override disconnect(): void {
    // Leaving the page is the click's effect: a pending click is forgotten.
    this.#settle();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #clicked(event: MouseEvent): void {
    if (event.detail === 0) return; // Enter/Space on a control: keyboard, not a pointer click.
    const path = pathInside(event, this.host);
    const target = path[0];
    // A burst on one control is judged by its first click (rage decides bursts).
    if (!target || this.#pending?.control.contains(target)) return;
    // The kit's own card (in the wrapper's shadow root) answers in its own way.
    if (target.getRootNode() === this.host.shadowRoot) return;
    if (path.some((element) => isEntryField(element) || element.matches(NOT_CANDIDATE))) return;
    if (this.#isGoal(event)) return;
    const control = path.find((element) => element.matches(INTERACTIVE)) ?? (getComputedStyle(target).cursor === 'pointer' ? target : undefined);
    if (!control) return;
    const release = watchPage(); // before the last click lets go: the page's listeners stay put
    this.#settle();
    this.#pending = { event, control, at: Date.now(), changes: page.changes, focusMoves: page.focusMoves, release };
    this.#timer ??= setTimeout(() => this.#due(), DEAD_CLICK_MS);
  }

  #isGoal(event: Event): boolean {
    try {
      return !!closestInPath(event, this.host, this.host.goal);
    } catch {
      return false; // a bad goal is reported by the goal sensor
    }
  }

  /** The timer: decide the pending click, or wait the rest of its time if a later click replaced it. */
  #due(): void {
    this.#timer = undefined;
    try {
      const pending = this.#pending;
      if (!pending) return;
      const left = pending.at + DEAD_CLICK_MS - Date.now();
      if (left > 0) return void (this.#timer = setTimeout(() => this.#due(), left));
      const followed = pending.control.closest('a[href]') !== null && !pending.event.defaultPrevented;
      const dead = !effect(pending) && !followed;
      this.#settle();
      if (dead) this.occur(deadClick.name);
    } catch (error) {
      this.options.fault(error); // a timer's callback: nothing may throw into the page
    }
  }

  #settle(): void {
    this.#pending?.release();
    this.#pending = null;
  }
}

/** Did anything happen since the click? (Focus landing on the clicked control itself does not count.) */
const effect = (pending: Pending): boolean =>
  page.changes !== pending.changes || (page.focusMoves !== pending.focusMoves && !pending.control.contains(page.focused as Node | null));

/** Clicks on something that looks interactive after which nothing happens within 2.5 s, N in a window (`2/60s`, `off`). */
export const deadClick = defineSignal({ name: 'dead-click', kind: 'count', preset: '2/60s', sensor: DeadClickSensor });
