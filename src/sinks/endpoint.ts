/**
 * Durable delivery to the team's endpoint: batched POSTs of a JSON array (≤ 20 events or every
 * 5 s); on `pagehide` or the page going hidden, the rest goes with `sendBeacon` (or `fetch`
 * with `keepalive`) in chunks under 60 KB. Every event waits in localStorage under its own key
 * until the endpoint took it, so events survive reloads and closed tabs, and two tabs never
 * overwrite each other's queue. Network errors, 5xx and 429 are retried with exponential
 * backoff and jitter (honouring `Retry-After`); other 4xx are dropped. Sends run under a Web
 * Lock so two tabs do not send the same event at once. At least once, with stable ids.
 */
import { newId } from '../internal/ids.js';
import { storagePolicy } from '../internal/storage.js';
import { warnOnce } from '../internal/warn.js';
import { QUEUE_PREFIX } from './names.js';
import type { WireEvent } from './wire.js';

const LOCK = 'unstuck-endpoint';

export interface EndpointOptions {
  batchSize: number;
  flushEveryMs: number;
  maxQueued: number;
  chunkBytes: number;
  maxBackoffMs: number;
  /** How long a batch being sent is left alone by other tabs' beacons. */
  inflightMs: number;
}

export const DEFAULT_ENDPOINT_OPTIONS: EndpointOptions = {
  batchSize: 20,
  flushEveryMs: 5_000,
  maxQueued: 500,
  chunkBytes: 60_000,
  maxBackoffMs: 5 * 60_000,
  inflightMs: 30_000,
};

interface Entry {
  event: WireEvent;
  /** The tab that queued it (a tab beacons only its own events). */
  tab: string;
  /** While a tab is sending it, until when. */
  inflight?: number;
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from now. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function localStore(): Storage | undefined {
  if (!storagePolicy.allowed) return undefined;
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export class EndpointQueue {
  private readonly tab = newId();
  /** Entries that could not be stored (storage full, throwing, or not allowed). */
  private readonly memory = new Map<string, Entry>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt = Number.POSITIVE_INFINITY;
  private attempt = 0;
  private sending = false;
  private stopped = false;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') this.beacon();
  };
  private readonly onPageHide = () => this.beacon();

  constructor(
    readonly url: string,
    private readonly options: EndpointOptions = DEFAULT_ENDPOINT_OPTIONS,
  ) {
    addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onHide);
    // Events left by an earlier page or a closed tab.
    if (this.entries().length) this.schedule(0);
  }

  /** Stop sending (the config changed); queued events stay stored for the next queue. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onHide);
  }

  enqueue(event: WireEvent): void {
    const entry: Entry = { event, tab: this.tab };
    if (!this.store(entry)) this.memory.set(event.id, entry);
    this.enforceBound();
    const count = this.entries().length;
    this.schedule(count >= this.options.batchSize ? 0 : this.options.flushEveryMs);
  }

  /** Events waiting to be sent, oldest first. */
  pending(): WireEvent[] {
    return this.entries().map((entry) => entry.event);
  }

  /** Send what is due now (used by `Unstuck.flush()` and tests). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = Number.POSITIVE_INFINITY;
    if (this.sending || this.stopped) return;
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return this.send();
    await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) await this.send();
      else this.schedule(this.options.flushEveryMs); // another tab is sending
    });
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    const at = Date.now() + delay;
    if (this.timer !== undefined && this.dueAt <= at) return;
    clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private async send(): Promise<void> {
    const now = Date.now();
    const batch = this.entries().filter((entry) => !entry.inflight || entry.inflight < now || entry.tab === this.tab).slice(0, this.options.batchSize);
    if (!batch.length) return;
    this.sending = true;
    for (const entry of batch) this.store({ ...entry, inflight: now + this.options.inflightMs });
    let response: Response | undefined;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        // text/plain keeps a cross-origin endpoint free of preflights; the body is a JSON array.
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(batch.map((entry) => entry.event)),
        credentials: 'same-origin',
      });
    } catch {
      response = undefined; // offline, DNS, connection reset
    } finally {
      this.sending = false;
    }
    if (response?.ok) {
      this.remove(batch);
      this.attempt = 0;
      if (this.entries().length) this.schedule(0);
      return;
    }
    if (response && response.status < 500 && response.status !== 429) {
      this.remove(batch);
      warnOnce(`status-${response.status}`, `the endpoint ${this.url} refused ${batch.length} events with HTTP ${response.status}; they are dropped (not retried).`, this);
      if (this.entries().length) this.schedule(0);
      return;
    }
    for (const entry of batch) this.store({ ...entry, inflight: undefined });
    this.attempt++;
    const backoff = Math.min(1_000 * 2 ** this.attempt, this.options.maxBackoffMs) * (0.5 + Math.random());
    this.schedule(retryAfterMs(response?.headers.get('retry-after') ?? null, Date.now()) ?? backoff);
  }

  /** The page is going away or hidden: hand this tab's events to the browser. */
  private beacon(): void {
    if (this.stopped) return;
    const now = Date.now();
    const own = this.entries().filter((entry) => entry.tab === this.tab && !(entry.inflight && entry.inflight > now));
    for (const chunk of chunks(own, this.options.chunkBytes)) {
      const body = JSON.stringify(chunk.map((entry) => entry.event));
      let queued = false;
      try {
        queued = navigator.sendBeacon?.(this.url, new Blob([body], { type: 'text/plain;charset=UTF-8' })) ?? false;
      } catch {
        queued = false;
      }
      if (queued) {
        this.remove(chunk);
        continue;
      }
      // The events stay queued: if this request is lost, the next page sends them again.
      fetch(this.url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(() => {});
    }
  }

  private entries(): Entry[] {
    const byId = new Map<string, Entry>(this.memory);
    const store = localStore();
    try {
      for (let i = 0; store && i < store.length; i++) {
        const key = store.key(i);
        if (!key?.startsWith(QUEUE_PREFIX)) continue;
        const entry = parseEntry(store.getItem(key));
        if (entry) byId.set(entry.event.id, entry);
      }
    } catch {
      // Unreadable storage: what is in memory is all there is.
    }
    return [...byId.values()].sort((a, b) => a.event.at - b.event.at);
  }

  private store(entry: Entry): boolean {
    const store = localStore();
    if (!store) return false;
    try {
      store.setItem(QUEUE_PREFIX + entry.event.id, JSON.stringify(entry));
      this.memory.delete(entry.event.id);
      return true;
    } catch {
      if (this.memory.has(entry.event.id)) this.memory.set(entry.event.id, entry);
      return false;
    }
  }

  private remove(entries: Entry[]): void {
    const store = localStore();
    for (const { event } of entries) {
      this.memory.delete(event.id);
      try {
        store?.removeItem(QUEUE_PREFIX + event.id);
      } catch {
        // Nothing more to do: it was sent.
      }
    }
  }

  /** Keep at most `maxQueued`: drop the oldest, and say how many went. */
  private enforceBound(): void {
    const entries = this.entries();
    const excess = entries.length - this.options.maxQueued;
    if (excess <= 0) return;
    this.remove(entries.slice(0, excess));
    warnOnce('overflow', `the event queue for ${this.url} is full (${this.options.maxQueued}); the oldest events are dropped.`, this);
    this.onOverflow?.(excess);
  }

  /** Called with the number of events dropped because the queue was full. */
  onOverflow?: (dropped: number) => void;
}

function parseEntry(text: string | null): Entry | undefined {
  if (!text) return undefined;
  try {
    const entry = JSON.parse(text) as Entry;
    return typeof entry?.event?.id === 'string' && typeof entry.event.at === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Splits entries into groups whose JSON array stays under `limit` bytes. */
function chunks(entries: Entry[], limit: number): Entry[][] {
  const groups: Entry[][] = [];
  let group: Entry[] = [];
  let size = 2;
  for (const entry of entries) {
    const bytes = new TextEncoder().encode(JSON.stringify(entry.event)).length + 1;
    if (group.length && size + bytes > limit) {
      groups.push(group);
      group = [];
      size = 2;
    }
    group.push(entry);
    size += bytes;
  }
  if (group.length) groups.push(group);
  return groups;
}
