import { Sensor } from './sensor.js';

/** Input that shows the visitor is working with the wrapper's content (not just passing over it). */
export const ENGAGING = ['pointerdown', 'keydown', 'input', 'focusin', 'wheel', 'touchstart'] as const;

/** Typing reaches the machine at most this often; the last keystroke's time always arrives. */
const TYPING_EVERY_MS = 250;

/**
 * Engagement and typing, for every wrapper (it feeds no signal of its own):
 * - `engaged`: the visitor has interacted with the content once (read by idle, exit intent, tab-away);
 * - `typing`: so the question waits for a pause in typing. Keystrokes are forwarded at most every
 *   250 ms, each forward carrying the latest keystroke's time, and the last one always follows:
 *   the machine knows the exact time of the last keystroke within 250 ms, far inside its 1.5 s
 *   pause, while a burst of typing costs a few machine events instead of one per key.
 */
export class Engagement extends Sensor {
  /** The visitor has interacted with the wrapper's content at least once. */
  engaged = false;
  private typedAt = Number.NEGATIVE_INFINITY;
  private sentAt = Number.NEGATIVE_INFINITY;
  private trailing: ReturnType<typeof setTimeout> | undefined;

  protected connect(): void {
    if (!this.engaged) {
      // Engagement happens once: its listeners go as soon as it did.
      const offs = ENGAGING.map((type) => this.listen(this.host, type, () => {
        this.engaged = true;
        for (const off of offs) off();
      }));
    }
    this.listen(this.host, 'input', () => this.typed());
  }

  protected override disconnect(): void {
    clearTimeout(this.trailing);
    this.trailing = undefined;
  }

  private typed(): void {
    const at = Date.now();
    this.typedAt = at;
    if (this.trailing) return;
    const wait = TYPING_EVERY_MS - (at - this.sentAt);
    if (wait <= 0) return this.send();
    this.trailing = setTimeout(() => {
      this.trailing = undefined;
      this.send();
    }, wait);
  }

  private send(): void {
    this.sentAt = Date.now();
    this.options.sense({ type: 'typing', at: this.typedAt, reportedAt: this.sentAt });
  }
}
