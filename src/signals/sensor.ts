import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '../internal/problems.js';
import type { MomentEvent } from '../logic/moment.machine.js';
import type { SignalRule } from '../logic/windows.js';

/** What a sensor observes and forwards to the moment machine. */
export type Observation = Extract<MomentEvent, { type: 'signal' | 'timer.arm' | 'timer.disarm' | 'typing' | 'hold' | 'goal' }>;

/** The element a sensor watches: its public attributes are all a sensor may read of it. */
export interface SensorHost extends ReactiveControllerHost, HTMLElement {
  readonly journey: string | null;
  readonly step: string | null;
  readonly goal: string;
  readonly preview: boolean;
}

/**
 * What a sensor may ask of its wrapper: functions handed over by the wrapper's sensors
 * controller, so that nothing internal is a method on the element (docs/architecture.md).
 */
export interface SensorOptions {
  /** Forward an observation to the moment machine (dropped while the wrapper is not watching). */
  sense(observation: Observation): void;
  /** The current rule of a signal, or undefined when it is off. */
  rule(signal: string): SignalRule | undefined;
  /** Has the visitor interacted with the wrapper's content yet? */
  engaged(): boolean;
  /** When the wrapper connected: the visitor's arrival (at the page, or at a single-page app's view). */
  connectedAt(): number;
  /** This moment's id in reports (per-moment storage keys). */
  moment(): string;
  /** Whether a submit of a form inside counts as moving forward. */
  submitIsGoal(): boolean;
  /** An unexpected error inside the kit: reported, never thrown into the page. */
  fault(error: unknown): void;
  /** A configuration problem: one warning and one `unstuck-error`. */
  warn(problem: Problem): void;
}

type Handler = (event: Event) => void;

/**
 * One native listener per event type and target, shared by every sensor that listens there:
 * a wrapper has a dozen sensors and a page may have many wrappers, but the browser calls one
 * listener per type (the cost of a native listener call dwarfs a function call).
 */
class EventHub {
  readonly #handlers = new Map<string, { set: Set<Handler>; native: Handler }>();

  constructor(private readonly target: EventTarget) {}

  add(type: string, handler: Handler, capture: boolean): () => void {
    const key = capture ? `${type} capture` : type;
    let entry = this.#handlers.get(key);
    if (!entry) {
      const set = new Set<Handler>();
      const native: Handler = (event) => {
        for (const each of set) each(event);
      };
      entry = { set, native };
      this.#handlers.set(key, entry);
      this.target.addEventListener(type, native, { passive: true, capture });
    }
    const { set, native } = entry;
    set.add(handler);
    return () => {
      // Idempotent: a second call must not remove an entry made since for the same type.
      if (!set.delete(handler) || set.size) return;
      this.#handlers.delete(key);
      this.target.removeEventListener(type, native, { capture });
    };
  }
}

const hubs = new WeakMap<EventTarget, EventHub>();
/**
 * The hub of `target`. Its handlers for one event are called in the order added, and a handler may
 * attach sensors whose handlers, added meanwhile, still receive that event (the DOM skips a
 * listener added to the target being dispatched to).
 */
export const hubFor = (target: EventTarget): EventHub => {
  let hub = hubs.get(target);
  if (!hub) hubs.set(target, (hub = new EventHub(target)));
  return hub;
};

/**
 * Base of every sensor. Its wrapper's sensors controller attaches it while the signals it feeds
 * are on and the wrapper is connected; it listens passively through the shared hubs, and its
 * handlers are guarded so nothing throws into the page.
 */
export abstract class Sensor {
  /**
   * Whether it watches before the visitor's first contact with the wrapper: it observes the page
   * itself (a journey replayed, errors already shown, a return visit), from the page's first idle
   * time after the wrapper connected. The others observe only the visitor's input inside the
   * wrapper and listen from the first contact (internal/contact.ts). Either way the wrapper has
   * settled when `connect` runs, so a sensor replays what it stored there.
   */
  static readonly observesPage: boolean = false;

  #offs: (() => void)[] = [];
  /** Listening now (the wrapper is connected and a signal this sensor feeds is on). */
  attached = false;

  constructor(
    protected readonly host: SensorHost,
    protected readonly options: SensorOptions,
  ) {}

  /** Start listening (the wrapper connected, or a signal it feeds was turned on); errors go to `fault`. */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    try {
      this.connect();
    } catch (error) {
      this.options.fault(error);
    }
  }

  /** Stop listening and forget what was being observed. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    for (const off of this.#offs.splice(0)) off();
    this.disconnect();
  }

  /** Add listeners and observers here with `listen`. */
  protected abstract connect(): void;

  /** Release anything `listen` cannot (observers, timers). */
  protected disconnect(): void {}

  /** Re-send any armed timer after the machine's rules changed (which disarms them). */
  resync(): void {}

  /** The visitor is leaving: send what is still pending (e.g. a submit being settled). */
  flush(): void {}

  /** One occurrence of `signal`, now unless `at` says otherwise. */
  protected occur(signal: string, occurrence: { at?: number; key?: string; x?: number; y?: number } = {}): void {
    this.options.sense({ type: 'signal', signal, at: Date.now(), ...occurrence });
  }

  /** A passive listener removed on detach (or by calling what it returns); errors go to `fault`. */
  protected listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: { capture?: boolean } = {},
  ): () => void {
    if (!this.attached) return () => {};
    // No closure per event: this runs for every pointer move.
    const guarded = (event: Event) => {
      try {
        handler(event as E);
      } catch (error) {
        this.options.fault(error);
      }
    };
    const off = hubFor(target).add(type, guarded, !!options.capture);
    this.#offs.push(off);
    return off;
  }
}
