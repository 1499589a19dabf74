/**
 * Where every Unstuck event goes after its DOM dispatch: functions added with `Unstuck.addSink()`
 * (at once), and the built-in sinks — the analytics adapters named on `<unstuck-config sinks>` or
 * handed over, and the endpoint queue — behind the consent gate, which the page's consent sets
 * (page/consent.ts). The built-in sinks are a module of their own (built-in.ts), loaded at idle
 * time or with the first event: what is published before it has loaded waits in an outbox that
 * is written to storage as it fills, so a visitor who leaves at once loses nothing — the next
 * page delivers it (docs/architecture.md, "The critical path").
 */
import { newId } from '../internal/ids.js';
import { lazy } from '../internal/lazy.js';
import { hasMethods, pageSingleton } from '../internal/shared.js';
import { readJson, removeItem, storedKeys, writeJson } from '../internal/storage.js';
import { warnOnce } from '../internal/warn.js';
import type { BuiltInSinks } from './built-in.js';
import { OUTBOX_PREFIX, SINK_NAMES, SINK_OF_LIBRARY, type Libraries } from './names.js';
import type { WireEvent } from './wire.js';

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

/** The built-in sinks' module; tests load it up front. */
export const builtInModule = lazy(() => import('./built-in.js'));

export class Delivery {
  private settings: DeliverySettings = { sinks: [], endpoint: null };
  private readonly custom = new Set<Sink>();
  private deferred: WireEvent[] = [];
  private state: ConsentState = 'granted';
  private builtIn: BuiltInSinks | null = null;
  /** Published, not yet handed to the built-in sinks (they are loading). */
  private outbox: WireEvent[] = [];
  private readonly outboxKey = OUTBOX_PREFIX + newId();

  configure(settings: Partial<DeliverySettings>): void {
    this.settings = { ...this.settings, ...settings };
    for (const name of this.settings.sinks) {
      if (!(SINK_NAMES as readonly string[]).includes(name)) {
        warnOnce(`unknown:${name}`, `sinks="${this.settings.sinks.join(' ')}": "${name}" is not a sink (${SINK_NAMES.join(', ')}).`, this);
      }
    }
    this.builtIn?.configure(this.settings.endpoint);
    if (!this.wanted()) return;
    if (builtInModule.module) this.drain();
    // What an earlier page left in its outbox goes out as soon as this page knows where to send it.
    else if (this.leftOver().length) void builtInModule.load().then(() => this.drain(), () => {});
    else builtInModule.preload();
  }

  /** Back to the defaults (no sinks, no endpoint); for tests and page teardown. */
  reset(): void {
    this.builtIn?.configure(null);
    this.custom.clear();
    this.deferred = [];
    this.outbox = [];
    removeItem('local', this.outboxKey);
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

  /** The endpoint queue, if an endpoint is set (after the built-in sinks loaded). */
  get endpoint(): BuiltInSinks['endpoint'] {
    return this.builtIn?.endpoint ?? null;
  }

  /** Hand everything waiting to the built-in sinks, loading them first; then send the endpoint's queue. */
  async flush(): Promise<void> {
    if (this.wanted() || this.outbox.length) await builtInModule.load().then(() => this.drain());
    await this.endpoint?.flush();
  }

  publish(event: WireEvent): void {
    if (this.state === 'denied') return;
    if (this.state === 'pending') {
      this.deferred = [...this.deferred, event].slice(-DEFERRED_LIMIT);
      return;
    }
    this.send(event);
  }

  private send(event: WireEvent): void {
    for (const sink of this.custom) {
      try {
        sink(event);
      } catch (error) {
        warnOnce('sink:custom', `the custom sink is skipped: it threw: ${String(error)}. Other sinks still get the event.`, this);
      }
    }
    const active = this.active();
    if (!this.wanted(active)) return;
    if (this.ready() && !this.outbox.length) return this.builtIn!.send(event, active, this.settings);
    this.outbox.push(event);
    writeJson('local', this.outboxKey, this.outbox);
    void builtInModule.load().then(() => this.drain(), () => {});
  }

  /** Are any built-in sinks on? */
  private wanted(active = this.active()): boolean {
    return !!this.settings.endpoint || active.size > 0;
  }

  /** The sinks named, and those whose library was handed over (handing one over turns it on). */
  private active(): Set<string> {
    const active = new Set(this.settings.sinks);
    for (const [library, sink] of Object.entries(SINK_OF_LIBRARY)) if (this.settings[library as keyof Libraries]) active.add(sink);
    return active;
  }

  /** The built-in sinks, created once their module has loaded. */
  private ready(): BuiltInSinks | null {
    const module = builtInModule.module;
    if (!this.builtIn && module) {
      this.builtIn = new module.BuiltInSinks();
      this.builtIn.configure(this.settings.endpoint);
    }
    return this.builtIn;
  }

  /** Outboxes that earlier pages (or other tabs) left behind. */
  private leftOver(): string[] {
    return storedKeys('local', OUTBOX_PREFIX).filter((key) => key !== this.outboxKey);
  }

  private drain(): void {
    const builtIn = this.ready();
    if (!builtIn) return;
    const waiting = this.outbox;
    this.outbox = [];
    removeItem('local', this.outboxKey);
    // Sinks turned off meanwhile: this page's waiting events go; other pages' outboxes wait for a page that sends.
    const active = this.active();
    if (!this.wanted(active)) return;
    for (const key of this.leftOver()) {
      waiting.push(...readJson<WireEvent[]>('local', key, []));
      removeItem('local', key);
    }
    for (const event of waiting) builtIn.send(event, active, this.settings);
  }
}

/** One delivery per page, shared by every copy of the kit. */
export const delivery: Delivery = pageSingleton('delivery', hasMethods<Delivery>('publish', 'configure', 'gate', 'addSink', 'reset', 'flush'), () => new Delivery());
