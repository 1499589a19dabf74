import { warnNoIntersectionObserver } from './activity.js';
import { Sensor } from './sensor.js';

/**
 * Scroll back: the visitor scrolled past the wrapper (it left the viewport through the top)
 * and scrolls back up over it. Read from IntersectionObserver entries, never from scroll
 * handlers, so it costs nothing while the page scrolls.
 */
export class ScrollBackSensor extends Sensor {
  protected override readonly feeds = ['scroll-back'];
  private observer?: IntersectionObserver;
  private scrolledPast = false;

  protected connect(): void {
    if (typeof IntersectionObserver !== 'function') return warnNoIntersectionObserver();
    this.observer = new IntersectionObserver((entries) => {
      try {
        for (const entry of entries) this.observe(entry);
      } catch (error) {
        this.host.fault(error);
      }
    });
    this.observer.observe(this.host);
  }

  protected override disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(entry: IntersectionObserverEntry): void {
    const top = entry.rootBounds?.top ?? 0;
    if (!entry.isIntersecting) {
      if (entry.boundingClientRect.bottom <= top) this.scrolledPast = true;
      return;
    }
    // Once above the viewport, it can only come back into view by scrolling up.
    if (this.scrolledPast) {
      this.scrolledPast = false;
      this.host.sense({ type: 'signal', signal: 'scroll-back', at: this.host.now() });
    }
  }
}
