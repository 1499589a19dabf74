import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Leaving within this long of arriving is bouncing, not exit intent. */
const MIN_DWELL_MS = 5_000;
/** Touch: reaching the top from at least this far down … */
const FLING_FROM_PX = 600;
/** … within this long is a fling to the top (toward the browser's address bar and tabs). */
const FLING_WITHIN_MS = 1_000;

/**
 * Exit intent, after engagement and 5 s on the page: the pointer leaves the document through
 * the top edge; on touch devices, a fast scroll (fling) to the very top. The scroll position is
 * sampled at most once per frame, and only once the visitor has touched the screen.
 */
export class ExitIntentSensor extends Sensor {
  #touched = false;
  #frame = 0;
  #samples: { at: number; y: number }[] = [];

  protected connect(): void {
    // The root's mouseleave fires only when the pointer leaves the document; mouseout on the
    // document would run at every element boundary (docs/architecture.md, "Per-event cost").
    this.listen<MouseEvent>(document.documentElement, 'mouseleave', (event) => {
      if (event.relatedTarget === null && event.clientY <= 0) this.#exit();
    });
    this.listen(document, 'touchstart', () => this.#onTouch(), { capture: true });
  }

  /** Only a touch device needs the scroll position: listen to scrolls from the first touch on. */
  #onTouch(): void {
    if (this.#touched) return;
    this.#touched = true;
    this.listen(document, 'scroll', () => {
      if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#sample());
    });
  }

  protected override disconnect(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#samples = [];
    this.#touched = false;
  }

  #sample(): void {
    this.#frame = 0;
    const at = Date.now();
    const y = window.scrollY;
    this.#samples = [...this.#samples.filter((sample) => at - sample.at <= FLING_WITHIN_MS), { at, y }];
    if (y > 0) return;
    const from = Math.max(...this.#samples.map((sample) => sample.y));
    this.#samples = [];
    if (from >= FLING_FROM_PX) this.#exit();
  }

  #exit(): void {
    if (!this.options.engaged() || Date.now() - this.options.connectedAt() < MIN_DWELL_MS) return;
    this.occur(exitIntent.name);
  }
}

/** Pointer leaves through the top of the window after engagement, or on touch a fling to the top (`on`, `off`). */
export const exitIntent = defineSignal({ name: 'exit-intent', kind: 'switch', preset: 'on', sensor: ExitIntentSensor });
