/**
 * The built-in sinks — the analytics adapters and the endpoint queue — as one module that delivery
 * loads at idle time or with the first event (docs/architecture.md, "The critical path"). A sink
 * that throws or whose library is missing is skipped with one warning; the others still get the event.
 */
import { pageDetail } from '../events/detail.js';
import { visitId } from '../internal/storage.js';
import { warnOnce } from '../internal/warn.js';
import { ADAPTERS, MissingLibrary } from './adapters.js';
import { EndpointQueue } from './endpoint.js';
import type { Libraries } from './names.js';
import { SCHEMA_VERSION, type WireEvent } from './wire.js';

export class BuiltInSinks {
  private queue: EndpointQueue | null = null;

  /** The endpoint queue, if an endpoint is set. */
  get endpoint(): EndpointQueue | null {
    return this.queue;
  }

  /** Starts, replaces or stops the endpoint queue. */
  configure(endpoint: string | null): void {
    if (this.queue?.url === (endpoint ?? undefined)) return;
    this.queue?.stop();
    this.queue = endpoint ? createQueue(endpoint) : null;
  }

  send(event: WireEvent, sinks: Iterable<string>, libraries: Libraries): void {
    for (const name of sinks) {
      const adapter = ADAPTERS[name];
      if (adapter) guard(name, () => adapter(event, libraries));
    }
    this.queue?.enqueue(event);
  }
}

function guard(name: string, call: () => void): void {
  try {
    call();
  } catch (error) {
    const why = error instanceof MissingLibrary ? error.message : `it threw: ${String(error)}`;
    warnOnce(`sink:${name}:${error instanceof MissingLibrary}`, `the ${name} sink is skipped: ${why}. Other sinks still get the event.`);
  }
}

function createQueue(url: string): EndpointQueue {
  const queue = new EndpointQueue(url);
  queue.onOverflow = (dropped) =>
    queue.enqueue({ ...pageDetail('unstuck-config', Date.now(), visitId()), type: 'unstuck-overflow', v: SCHEMA_VERSION, dropped });
  return queue;
}
