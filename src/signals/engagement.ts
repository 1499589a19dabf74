import { Sensor } from './sensor.js';

/** Input that shows the visitor is working with the wrapper's content (not just passing over it). */
export const ENGAGING = ['pointerdown', 'keydown', 'input', 'focusin', 'wheel', 'touchstart'] as const;

/** A pointer resting on or moving within the wrapper this long is engagement too: reading and hovering is being there. */
export const HOVER_DWELL_MS = 500;

/** Internal, not composed: the visitor has just engaged with this wrapper (idle starts counting). */
export const ENGAGED = 'unstuck-engaged';

/** Typing reaches the machine at most this often; the last keystroke's time always arrives. */
const TYPING_EVERY_MS = 250;

/**
 * Engagement and typing, for every wrapper (it feeds no signal of its own):
 * - `engaged`: the visitor has interacted with the content once, or rested the pointer on it for
 *   half a second after moving onto it (read by idle, exit intent, tab-away); announced with an
 *   internal `ENGAGED` event;
 * - `typing`: so the question waits for a pause in typing. Keystrokes are forwarded at most every
 *   250 ms, each forward carrying the latest keystroke's time, and the last one always follows:
 *   the machine knows the exact time of the last keystroke within 250 ms, far inside its 1.5 s
 *   pause, while a burst of typing costs a few machine events instead of one per key.
 */
export class Engagement extends Sensor {
  /** The visitor has interacted with the wrapper's content at least once. */
  engaged = false;
  #typedAt = Number.NEGATIVE_INFINITY;
  #sentAt = Number.NEGATIVE_INFINITY;
  #trailing: ReturnType<typeof setTimeout> | undefined;
  #dwell: ReturnType<typeof setTimeout> | undefined;

  protected connect(): void {
    if (!this.engaged) {
      // Engagement happens once: its listeners go as soon as it did.
      const engage = () => {
        clearTimeout(this.#dwell);
        this.engaged = true;
        for (const off of offs) off();
        this.host.dispatchEvent(new Event(ENGAGED));
      };
      const offs = [
        ...ENGAGING.map((type) => this.listen(this.host, type, engage)),
        // The visitor's own pointer moving in (not the page appearing under a resting pointer),
        // and staying: one that only passes over on its way elsewhere is not engagement.
        this.listen(this.host, 'pointermove', () => {
          this.#dwell ??= setTimeout(engage, HOVER_DWELL_MS);
        }),
        this.listen(this.host, 'pointerleave', () => {
          clearTimeout(this.#dwell);
          this.#dwell = undefined;
        }),
      ];
    }
    this.listen(this.host, 'input', () => this.#typed());
  }

  protected override disconnect(): void {
    clearTimeout(this.#trailing);
    clearTimeout(this.#dwell);
    this.#trailing = this.#dwell = undefined;
  }

  #typed(): void {
    const at = Date.now();
    this.#typedAt = at;
    if (this.#trailing) return;
    const wait = TYPING_EVERY_MS - (at - this.#sentAt);
    if (wait <= 0) return this.#send();
    this.#trailing = setTimeout(() => {
      this.#trailing = undefined;
      this.#send();
    }, wait);
  }

  #send(): void {
    this.#sentAt = Date.now();
    this.options.sense({ type: 'typing', at: this.#typedAt, reportedAt: this.#sentAt });
  }
}
