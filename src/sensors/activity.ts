import { Sensor } from './sensor.js';

let warnedNoObserver = false;

/** Old browsers and some embedded views lack IntersectionObserver: degrade, say so once. */
export function warnNoIntersectionObserver(): void {
  if (warnedNoObserver) return;
  warnedNoObserver = true;
  console.warn('[unstuck] IntersectionObserver is not available: idle counts even when a wrapper is off screen, and scroll-back is off.');
}

/** Re-arming the idle deadline more often than this buys nothing and costs work per pointermove. */
const REARM_EVERY_MS = 1_000;
const ENGAGING = ['pointerdown', 'keydown', 'input', 'focusin', 'wheel', 'touchstart'] as const;

/**
 * Activity inside the wrapper. Feeds three things:
 * - `idle`: a quiet timer armed only while the visitor has engaged once, the wrapper is on
 *   screen (IntersectionObserver) and the tab is visible; any activity re-arms it.
 * - `typing`: `input` events, so the question waits for a pause in typing.
 * - `engaged`: read by other sensors (exit intent).
 */
export class ActivitySensor extends Sensor {
  /** The visitor has interacted with the wrapper's content at least once. */
  engaged = false;
  private onScreen = true;
  private observer?: IntersectionObserver;
  private armedAt = Number.NEGATIVE_INFINITY;
  private armed = false;

  protected connect(): void {
    const { host } = this;
    for (const type of ENGAGING) this.listen(host, type, () => this.touch(true));
    this.listen(host, 'pointermove', () => this.touch(false));
    this.listen(host, 'input', () => host.sense({ type: 'typing', at: host.now() }));
    this.listen(document, 'visibilitychange', () => this.update());
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        this.onScreen = entries.at(-1)?.isIntersecting ?? this.onScreen;
        this.update();
      });
      this.observer.observe(host);
    } else {
      warnNoIntersectionObserver();
    }
  }

  protected override disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.armed = false;
    this.scrolling = false;
  }

  private get counting(): boolean {
    return this.engaged && this.onScreen && document.visibilityState === 'visible';
  }

  private scrolling = false;

  private touch(engaging: boolean): void {
    if (engaging && !this.engaged) {
      this.engaged = true;
      // Page scrolls are activity only once the visitor engaged: no scroll listener before that.
      if (!this.scrolling) {
        this.scrolling = true;
        this.listen(document, 'scroll', () => this.touch(false), { capture: true });
      }
    }
    if (!this.counting) return;
    const at = this.host.now();
    if (this.armed && at - this.armedAt < REARM_EVERY_MS) return;
    this.arm(at);
  }

  private arm(at: number): void {
    if (!this.host.rule('idle')) return;
    this.armed = true;
    this.armedAt = at;
    this.host.sense({ type: 'timer.arm', signal: 'idle', at });
  }

  override resync(): void {
    this.armed = false;
    this.update();
  }

  private update(): void {
    if (this.counting) this.arm(this.host.now());
    else if (this.armed) {
      this.armed = false;
      this.host.sense({ type: 'timer.disarm', signal: 'idle' });
    }
  }
}
