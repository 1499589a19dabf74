import { warnNoIntersectionObserver } from './idle.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/**
 * Scroll back: the visitor scrolled past the wrapper (it left the viewport through the top)
 * and scrolls back up over it. Read from IntersectionObserver entries, never from scroll
 * handlers, so it costs nothing while the page scrolls.
 */
export class ScrollBackSensor extends Sensor {
  static override readonly observesPage = true;
  #observer?: IntersectionObserver;
  #scrolledPast = false;

  protected connect(): void {
    if (typeof IntersectionObserver !== 'function') return void warnNoIntersectionObserver();
    this.#observer = new IntersectionObserver((entries) => {
      try {
        for (const entry of entries) this.#observe(entry);
      } catch (error) {
        this.options.fault(error);
      }
    });
    this.#observer.observe(this.host);
  }

  protected override disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #observe(entry: IntersectionObserverEntry): void {
    const top = entry.rootBounds?.top ?? 0;
    if (!entry.isIntersecting) {
      if (entry.boundingClientRect.bottom <= top) this.#scrolledPast = true;
      return;
    }
    // Once above the viewport, it can only come back into view by scrolling up.
    if (this.#scrolledPast) {
      this.#scrolledPast = false;
      this.occur(scrollBack.name);
    }
  }
}

/** Scrolling back up over the table after scrolling past it, N times in a window (`2/60s`, `off`). */
export const scrollBack = defineSignal({ name: 'scroll-back', kind: 'count', preset: '2/60s', sensor: ScrollBackSensor });
