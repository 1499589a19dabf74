/**
 * Where every Unstuck event goes after its DOM dispatch: the analytics sinks named on
 * `<unstuck-config sinks>`, functions added with `Unstuck.addSink()`, and the endpoint queue —
 * behind the consent gate, which the page's consent sets (page/consent.ts). A sink that throws
 * or whose library is missing is skipped with one warning; the others still get the event.
 */
import { pageDetail } from '../events/detail.js';
import { hasMethods, pageSingleton } from '../internal/shared.js';
import { visitId } from '../internal/storage.js';
import { ADAPTERS, MissingLibrary, SINK_OF_LIBRARY, type Libraries } from './adapters.js';
import { EndpointQueue } from './endpoint.js';
import { SCHEMA_VERSION, type WireEvent } from './wire.js';
import { warnOnce } from '../internal/warn.js';

export type Sink = (event: WireEvent) => void;

/** What consent allows: send, hold back until an answer, or drop. */
export type ConsentState = 'granted' | 'pending' | 'denied';

export interface DeliverySettings extends Libraries {
  /** Names of built-in sinks: `datalayer`, `segment`, `ga4`, `posthog`. */
  sinks: string[];
  /** URL of the team's collector, or null. */
  endpoint: string | null;
}

/** While consent is pending, at most this many events wait in memory. */
const DEFERRED_LIMIT = 500;

export class Delivery {
  private settings: DeliverySettings = { sinks: [], endpoint: null };
  private readonly custom = new Set<Sink>();
  private queue: EndpointQueue | null = null;
  private deferred: WireEvent[] = [];
  private state: ConsentState = 'granted';

  configure(settings: Partial<DeliverySettings>): void {
    this.settings = { ...this.settings, ...settings };
    for (const name of this.settings.sinks) {
      if (!(name in ADAPTERS)) warnOnce(`unknown:${name}`, `sinks="${this.settings.sinks.join(' ')}": "${name}" is not a sink (datalayer, segment, ga4, posthog).`, this);
    }
    if (this.queue?.url !== (this.settings.endpoint ?? undefined)) {
      this.queue?.stop();
      this.queue = this.settings.endpoint ? this.createQueue(this.settings.endpoint) : null;
    }
  }

  /** Back to the defaults (no sinks, no endpoint); for tests and page teardown. */
  reset(): void {
    this.queue?.stop();
    this.queue = null;
    this.custom.clear();
    this.deferred = [];
    this.settings = { sinks: [], endpoint: null };
  }

  /** Consent changed: granted sends what was deferred, denied drops it. */
  gate(state: ConsentState): void {
    if (state === this.state) return;
    this.state = state;
    const deferred = this.deferred;
    if (state !== 'pending') this.deferred = [];
    if (state === 'granted') for (const event of deferred) this.send(event);
  }

  addSink(sink: Sink): () => void {
    this.custom.add(sink);
    return () => this.custom.delete(sink);
  }

  /** The endpoint queue, if an endpoint is set. */
  get endpoint(): EndpointQueue | null {
    return this.queue;
  }

  publish(event: WireEvent): void {
    if (this.state === 'denied') return;
    if (this.state === 'pending') {
      this.deferred = [...this.deferred, event].slice(-DEFERRED_LIMIT);
      return;
    }
    this.send(event);
  }

  /** The sinks named, and those whose library was handed over (handing one over turns it on). */
  private active(): Set<string> {
    const active = new Set(this.settings.sinks);
    for (const [library, sink] of Object.entries(SINK_OF_LIBRARY)) if (this.settings[library as keyof Libraries]) active.add(sink);
    return active;
  }

  private send(event: WireEvent): void {
    for (const name of this.active()) {
      const adapter = ADAPTERS[name];
      if (adapter) this.guard(name, () => adapter(event, this.settings));
    }
    for (const sink of this.custom) this.guard('custom', () => sink(event));
    this.queue?.enqueue(event);
  }

  private guard(name: string, call: () => void): void {
    try {
      call();
    } catch (error) {
      const why = error instanceof MissingLibrary ? error.message : `it threw: ${String(error)}`;
      warnOnce(`sink:${name}:${error instanceof MissingLibrary}`, `the ${name} sink is skipped: ${why}. Other sinks still get the event.`, this);
    }
  }


  private createQueue(url: string): EndpointQueue {
    const queue = new EndpointQueue(url);
    queue.onOverflow = (dropped) =>
      queue.enqueue({ ...pageDetail('unstuck-config', Date.now(), visitId()), type: 'unstuck-overflow', v: SCHEMA_VERSION, dropped });
    return queue;
  }
}

/** One delivery per page, shared by every copy of the kit. */
export const delivery: Delivery = pageSingleton('delivery', hasMethods<Delivery>('publish', 'configure', 'gate', 'addSink', 'reset'), () => new Delivery());
