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

/**
 * Base of every sensor: a Lit controller that adds passive listeners on connect and removes
 * them all on disconnect (one AbortSignal). Handlers are guarded so nothing throws into the page.
 */
export abstract class Sensor implements ReactiveController {
  private abort?: AbortController;
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
    this.abort = new AbortController();
    try {
      this.connect();
    } catch (error) {
      this.host.fault(error);
    }
  }

  hostDisconnected(): void {
    if (!this.attached) return;
    this.attached = false;
    this.abort?.abort();
    this.abort = undefined;
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

  /** A passive listener removed on disconnect; errors in `handler` go to `host.fault`. */
  protected listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    const guarded = (event: Event) => {
      try {
        handler(event as E);
      } catch (error) {
        this.host.fault(error);
      }
    };
    target.addEventListener(type, guarded, { passive: true, ...options, signal: this.abort?.signal });
  }
}
