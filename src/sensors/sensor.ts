import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MomentEvent } from '../machines/moment.machine.js';
import type { SignalRule } from '../machines/signals.js';

/** What a sensor needs from the element it watches. Sensors never import elements. */
export interface SensorHost extends ReactiveControllerHost, HTMLElement {
  /** Forward an observation to the moment machine (dropped unless the element is watching). */
  sense(event: MomentEvent): void;
  /** The current time in epoch ms (fake-timer friendly). */
  now(): number;
  /** Report an unexpected error inside the kit without letting it reach the page. */
  fault(error: unknown): void;
  /** The current rule for a signal, or undefined when it is off. */
  rule(signal: string): SignalRule | undefined;
}

type Handler = (event: Event) => void;

/**
 * One native listener per event type and target, shared by every sensor that listens there:
 * a wrapper has a dozen sensors and a page may have many wrappers, but the browser calls one
 * listener per type (the cost of a native listener call dwarfs a function call).
 */
class EventHub {
  private readonly handlers = new Map<string, { set: Set<Handler>; native: Handler }>();

  constructor(private readonly target: EventTarget) {}

  add(type: string, handler: Handler, capture: boolean): () => void {
    const key = capture ? `${type} capture` : type;
    let entry = this.handlers.get(key);
    if (!entry) {
      const set = new Set<Handler>();
      const native: Handler = (event) => {
        for (const each of set) each(event);
      };
      entry = { set, native };
      this.handlers.set(key, entry);
      this.target.addEventListener(type, native, { passive: true, capture });
    }
    const { set, native } = entry;
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size) return;
      this.handlers.delete(key);
      this.target.removeEventListener(type, native, { capture });
    };
  }
}

const hubs = new WeakMap<EventTarget, EventHub>();
const hubFor = (target: EventTarget): EventHub => {
  let hub = hubs.get(target);
  if (!hub) hubs.set(target, (hub = new EventHub(target)));
  return hub;
};

/**
 * Base of every sensor: a Lit controller that listens (passively, through the shared hubs) on
 * connect and stops on disconnect. Handlers are guarded so nothing throws into the page.
 */
export abstract class Sensor implements ReactiveController {
  private offs: (() => void)[] = [];
  private attached = false;

  /**
   * The signals this sensor feeds. While all of them are off the sensor stays detached (no
   * listeners at all); an empty list means it always listens.
   */
  protected readonly feeds: readonly string[] = [];

  constructor(protected readonly host: SensorHost) {
    host.addController(this);
  }

  private get wanted(): boolean {
    return this.feeds.length === 0 || this.feeds.some((signal) => this.host.rule(signal) !== undefined);
  }

  hostConnected(): void {
    if (!this.wanted) return;
    this.attached = true;
    try {
      this.connect();
    } catch (error) {
      this.host.fault(error);
    }
  }

  hostDisconnected(): void {
    if (!this.attached) return;
    this.attached = false;
    for (const off of this.offs.splice(0)) off();
    this.disconnect();
  }

  /** The rules changed: attach or detach as the signals this sensor feeds turned on or off. */
  reconsider(): void {
    if (!this.host.isConnected || this.wanted === this.attached) return;
    if (this.attached) this.hostDisconnected();
    else this.hostConnected();
  }

  /** Add listeners and observers here with `listen`. */
  protected abstract connect(): void;

  /** Release anything `listen` cannot (observers, timers). */
  protected disconnect(): void {}

  /** Re-send any armed timer after the machine's rules changed (which disarms them). */
  resync(): void {}

  /** The visitor is leaving: send what is still pending (e.g. a submit being settled). */
  flush(): void {}

  /**
   * Runs `work` once the connection settled (after the current microtask), if still attached:
   * replays of stored observations (journey trail, return visits, earlier errors) go here.
   */
  protected afterConnect(work: () => void): void {
    queueMicrotask(() => {
      if (!this.attached || !this.host.isConnected) return;
      try {
        work();
      } catch (error) {
        this.host.fault(error);
      }
    });
  }

  /** A passive listener removed on disconnect; errors in `handler` go to `host.fault`. */
  protected listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: { capture?: boolean } = {},
  ): void {
    if (!this.attached) return;
    const guarded = (event: Event) => {
      try {
        handler(event as E);
      } catch (error) {
        this.host.fault(error);
      }
    };
    this.offs.push(hubFor(target).add(type, guarded, !!options.capture));
  }
}
