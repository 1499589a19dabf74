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
  target: Element;
  url: string;
  effect: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Dead clicks: a pointer click on something that looks interactive (a button, a link, a role
 * that says so, or the pointer cursor) after which nothing happens within 2.5 s: no change to the
 * page's DOM, no navigation or URL change, no scroll, no focus moving elsewhere, no submit, the tab
 * not hidden. Guards against the false alarms posthog-js's users reported: a link the browser
 * follows (navigation, a new tab, a download cannot be observed) counts only when a script
 * cancelled it; clicks on the goal, on fields, labels, repeatable controls and on the kit's own
 * card never count; a burst on one control is one dead click (rage decides bursts). The page is
 * observed only while a click is pending, and nothing runs per pointer move.
 */
export class DeadClickSensor extends Sensor {
  private pending: Pending | null = null;
  private observer?: MutationObserver;

  protected connect(): void {
    // Capture: before the control's own handler, whose DOM changes must be seen (posthog-js#4935).
    this.listen<MouseEvent>(this.host, 'click', (event) => this.clicked(event), { capture: true });
    const effect = () => {
      if (this.pending) this.pending.effect = true;
    };
    this.listen(document, 'scroll', effect, { capture: true });
    this.listen(this.host, 'submit', effect);
    this.listen(window, 'hashchange', effect);
    this.listen(window, 'popstate', effect);
    this.listen(document, 'visibilitychange', effect);
    this.listen<FocusEvent>(document, 'focusin', (event) => {
      if (this.pending && !this.pending.target.contains(event.target as Node)) this.pending.effect = true;
    });
  }

  protected override disconnect(): void {
    // Leaving the page is the click's effect: a pending click is forgotten.
    this.settle();
  }

  private clicked(event: MouseEvent): void {
    if (event.detail === 0) return; // Enter/Space on a control: keyboard, not a pointer click.
    const path = pathInside(event, this.host);
    const target = path[0];
    // The kit's own card (in the wrapper's shadow root) answers in its own way.
    if (!target || target.getRootNode() === this.host.shadowRoot) return;
    if (path.some((element) => isEntryField(element) || element.matches(NOT_CANDIDATE))) return;
    if (this.isGoal(event)) return;
    const control = path.find((element) => element.matches(INTERACTIVE)) ?? (getComputedStyle(target).cursor === 'pointer' ? target : undefined);
    if (!control) return;
    if (this.pending) {
      if (this.pending.target === control && !this.pending.effect) return; // the same dead control again: one dead click
      this.settle();
    }
    this.observer ??= new MutationObserver(() => {
      if (this.pending) this.pending.effect = true;
    });
    this.observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    this.pending = { event, target: control, url: location.href, effect: false, timer: setTimeout(() => this.guarded(() => this.decide()), DEAD_CLICK_MS) };
  }

  private isGoal(event: Event): boolean {
    try {
      return !!closestInPath(event, this.host, this.host.goal);
    } catch {
      return false; // a bad goal is reported by the goal sensor
    }
  }

  private decide(): void {
    const pending = this.pending;
    if (!pending) return;
    const followed = pending.target.closest('a[href]') !== null && !pending.event.defaultPrevented;
    const dead = !pending.effect && !followed && location.href === pending.url;
    this.settle();
    if (dead) this.occur(deadClick.name);
  }

  private settle(): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    this.pending = null;
    this.observer?.disconnect();
  }
}

/** Clicks on something that looks interactive after which nothing happens within 2.5 s, N in a window (`2/60s`, `off`). */
export const deadClick = defineSignal({ name: 'dead-click', kind: 'count', preset: '2/60s', sensor: DeadClickSensor });
