/**
 * Where every Unstuck event goes after its DOM dispatch: the analytics sinks named on
 * `<unstuck-config sinks>`, functions added with `Unstuck.addSink()`, and the endpoint queue —
 * subject to consent. A sink that throws or whose library is missing is skipped with one
 * warning; the others still get the event.
 */
import { pageDetail } from '../events/detail.js';
import { hasMethods, pageSingleton } from '../internal/shared.js';
import { forgetStorage, persistMemoryStorage, storagePolicy, visitId } from '../internal/storage.js';
import { ADAPTERS, MissingGlobal } from './adapters.js';
import { consentState, type ConsentSetting, type ConsentState } from './consent.js';
import { EndpointQueue } from './endpoint.js';
import { SCHEMA_VERSION, type WireEvent } from './wire.js';

export type Sink = (event: WireEvent) => void;

export interface DeliverySettings {
  /** Names of built-in sinks: `datalayer`, `segment`, `ga4`, `posthog`. */
  sinks: string[];
  /** URL of the team's collector, or null. */
  endpoint: string | null;
  consent: ConsentSetting;
  gpc: 'honour' | 'ignore';
}

/** While consent is pending, at most this many events wait in memory. */
const HELD_LIMIT = 500;

export class Delivery {
  private settings: DeliverySettings = { sinks: [], endpoint: null, consent: 'granted', gpc: 'honour' };
  private answer: boolean | null = null;
  private readonly custom = new Set<Sink>();
  private queue: EndpointQueue | null = null;
  private held: WireEvent[] = [];
  private readonly warned = new Set<string>();
  state: ConsentState = consentState('granted', null, 'honour');

  constructor() {
    this.apply();
  }

  configure(settings: Partial<DeliverySettings>): void {
    this.settings = { ...this.settings, ...settings };
    for (const name of this.settings.sinks) {
      if (!(name in ADAPTERS)) this.warnOnce(`unknown:${name}`, `sinks="${this.settings.sinks.join(' ')}": "${name}" is not a sink (datalayer, segment, ga4, posthog).`);
    }
    if (this.queue?.url !== (this.settings.endpoint ?? undefined)) {
      this.queue?.stop();
      this.queue = this.settings.endpoint ? this.createQueue(this.settings.endpoint) : null;
    }
    this.apply();
  }

  /** Back to the defaults (no sinks, no endpoint, consent granted); for tests and page teardown. */
  reset(): void {
    this.queue?.stop();
    this.queue = null;
    this.custom.clear();
    this.held = [];
    this.answer = null;
    this.settings = { sinks: [], endpoint: null, consent: 'granted', gpc: 'honour' };
    this.apply();
  }

  /** The visitor's answer (from a consent banner): true grants, false denies. */
  consent(granted: boolean): void {
    this.answer = granted;
    this.apply();
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
      this.held = [...this.held, event].slice(-HELD_LIMIT);
      return;
    }
    this.send(event);
  }

  private send(event: WireEvent): void {
    for (const name of this.settings.sinks) {
      const adapter = ADAPTERS[name];
      if (adapter) this.guard(name, () => adapter(event));
    }
    for (const sink of this.custom) this.guard('custom', () => sink(event));
    this.queue?.enqueue(event);
  }

  private guard(name: string, call: () => void): void {
    try {
      call();
    } catch (error) {
      const why = error instanceof MissingGlobal ? error.message : `it threw: ${String(error)}`;
      this.warnOnce(`sink:${name}:${error instanceof MissingGlobal}`, `the ${name} sink is skipped: ${why}. Other sinks still get the event.`);
    }
  }

  private apply(): void {
    const before = this.state;
    this.state = consentState(this.settings.consent, this.answer, this.settings.gpc);
    storagePolicy.allowed = this.state === 'granted';
    if (this.state === before) return;
    if (this.state === 'granted') {
      persistMemoryStorage();
      const held = this.held;
      this.held = [];
      for (const event of held) this.send(event);
    } else if (this.state === 'denied') {
      this.held = [];
      forgetStorage();
    }
  }

  private createQueue(url: string): EndpointQueue {
    const queue = new EndpointQueue(url);
    queue.onOverflow = (dropped) =>
      queue.enqueue({ ...pageDetail('unstuck-config', Date.now(), visitId()), type: 'unstuck-overflow', v: SCHEMA_VERSION, dropped });
    return queue;
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[unstuck] ${message}`);
  }
}

/** One delivery per page, shared by every copy of the kit. */
export const delivery: Delivery = pageSingleton('delivery', hasMethods<Delivery>('publish', 'configure', 'consent', 'addSink', 'reset'), () => new Delivery());
