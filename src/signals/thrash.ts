import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** A turn counts only after this much travel in one direction: tremor and a resting hand's jitter do not. */
const LEG_PX = 12;
/** This many turns … */
const TURNS = 8;
/** … within this long is one thrash (a pointer shaken back and forth at about 3 Hz or faster). */
const WITHIN_MS = 1_200;

/**
 * Thrash: erratic, rapid back-and-forth pointer movement over the wrapper (FullStory's "thrashed
 * cursor"): eight turns of direction, on either axis, each after at least 12 px of travel, within
 * 1.2 s. Smooth sweeps, reading along lines and slow comparison have far fewer turns. This runs on
 * every pointer move: it reads only the event's coordinates (no layout) and keeps numbers in
 * fields (no allocation).
 */
export class ThrashSensor extends Sensor {
  #tracking = false;
  /** Per axis (x, y): position, direction (−1, 0 or 1) and travel since the last turn, preallocated. */
  readonly #axes = [new Float64Array(3), new Float64Array(3)] as const;
  #turns = 0;
  #since = 0;

  protected connect(): void {
    this.listen<PointerEvent>(this.host, 'pointermove', (event) => {
      if (event.pointerType !== 'mouse') return;
      const [x, y] = this.#axes;
      if (!this.#tracking) {
        this.#tracking = true;
        x.set([event.clientX, 0, 0]);
        y.set([event.clientY, 0, 0]);
        return;
      }
      this.#step(x, event.clientX);
      this.#step(y, event.clientY);
    });
    this.listen(this.host, 'pointerleave', () => (this.#tracking = false));
  }

  #step(axis: Float64Array, position: number): void {
    const delta = position - axis[0]!;
    axis[0] = position;
    if (delta === 0) return;
    const direction = delta > 0 ? 1 : -1;
    if (direction !== axis[1]) {
      if (axis[1] !== 0 && axis[2]! >= LEG_PX) this.#turned();
      axis[1] = direction;
      axis[2] = 0;
    }
    axis[2] += delta * direction;
  }

  #turned(): void {
    const at = Date.now();
    if (at - this.#since > WITHIN_MS) {
      this.#since = at;
      this.#turns = 0;
    }
    if (++this.#turns < TURNS) return;
    this.#turns = 0;
    this.#since = at;
    this.occur(thrash.name, { at });
  }
}

/** Erratic, rapid back-and-forth pointer movement over the content, N episodes in a window (`2/30s`, `off`). */
export const thrash = defineSignal({ name: 'thrash', kind: 'count', preset: '2/30s', sensor: ThrashSensor });
