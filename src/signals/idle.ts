import { warnOnce } from '../internal/warn.js';
import { ENGAGED, ENGAGING } from './engagement.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Old browsers and some embedded views lack IntersectionObserver: degrade, say so once. */
export const warnNoIntersectionObserver = () =>
  warnOnce('no-intersection-observer', 'IntersectionObserver is not available: idle counts even when a wrapper is off screen, and scroll-back is off.');

/**
 * The page's last scroll, kept once for every engaged idle sensor: one listener and one clock read
 * per scroll, however many wrappers count (BENCHMARKS.md, issue 17). Each sensor's latest activity
 * is the later of its own and this.
 */
let scrolledAt = Number.NEGATIVE_INFINITY;
let scrollWatchers = 0;
const noteScroll = () => {
  scrolledAt = Date.now();
};
const SCROLL_OPTIONS: AddEventListenerOptions = { passive: true, capture: true };

/** Page scrolls are noted while some sensor watches them; it calls what this returns once, when it stops. */
function watchScrolls(): () => void {
  if (scrollWatchers++ === 0) document.addEventListener('scroll', noteScroll, SCROLL_OPTIONS);
  return () => {
    if (--scrollWatchers === 0) document.removeEventListener('scroll', noteScroll, SCROLL_OPTIONS);
  };
}

/**
 * Idle's timer: armed only while the visitor has engaged, the wrapper is on screen
 * (IntersectionObserver) and the tab is visible; any activity inside restarts it, and page
 * scrolls count as activity once the visitor engaged. Activity only notes its time: the watch
 * reads the latest when it needs it (`timer.arm`'s `latest`), so a pointer move sends nothing.
 */
export class IdleSensor extends Sensor {
  #onScreen = true;
  #observer?: IntersectionObserver;
  #lastActivity = Number.NEGATIVE_INFINITY;
  readonly #latest = () => (this.#stopScrolls ? Math.max(this.#lastActivity, scrolledAt) : this.#lastActivity);
  #armed = false;
  /** Set while page scrolls count as activity (from the first touch after engagement). */
  #stopScrolls?: () => void;

  protected connect(): void {
    const { host } = this;
    for (const type of ENGAGING) this.listen(host, type, () => this.#touch());
    this.listen(host, 'pointermove', () => this.#touch());
    // Engaged without a click (the pointer rested on the content): start counting now.
    this.listen(host, ENGAGED, () => this.#touch());
    this.listen(document, 'visibilitychange', () => this.#update());
    if (typeof IntersectionObserver === 'function') {
      this.#observer = new IntersectionObserver((entries) => {
        this.#onScreen = entries.at(-1)?.isIntersecting ?? this.#onScreen;
        this.#update();
      });
      this.#observer.observe(host);
    } else {
      warnNoIntersectionObserver();
    }
  }

  protected override disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#armed = false;
    this.#stopScrolls?.();
    this.#stopScrolls = undefined;
  }

  get #counting(): boolean {
    return this.options.engaged() && this.#onScreen && document.visibilityState === 'visible';
  }

  /** Runs on every pointer move and key inside: the common case (armed) notes the time and returns. */
  #touch(): void {
    const at = Date.now();
    this.#lastActivity = at;
    if (this.#armed || !this.options.engaged()) return;
    // Page scrolls are activity only once the visitor engaged: no scroll listener before that.
    // They only need noting: the sensor is armed whenever it counts (#update), so none arms it.
    this.#stopScrolls ??= watchScrolls();
    if (this.#counting) this.#arm(at);
  }

  #arm(at: number): void {
    this.#armed = true;
    this.options.sense({ type: 'timer.arm', signal: idle.name, at, latest: this.#latest });
  }

  override resync(): void {
    this.#armed = false;
    this.#update();
  }

  #update(): void {
    // Already counting: a visibility or intersection report is not activity, so the count goes on.
    if (this.#counting) {
      if (!this.#armed) this.#arm(Date.now());
    } else if (this.#armed) {
      this.#armed = false;
      this.options.sense({ type: 'timer.disarm', signal: idle.name, at: Date.now() });
    }
  }
}

/** Hesitation: no activity inside while visible and engaged for this long (`45s`, `2m`, `off`). Default per element. */
export const idle = defineSignal({ name: 'idle', kind: 'quiet', preset: '45s', sensor: IdleSensor });
