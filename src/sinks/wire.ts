/**
 * The wire format: what sinks, the endpoint and NDJSON files receive. One flat JSON object per
 * event: its `detail`, plus `type` (the DOM event name) and `v` (the schema version).
 */
import type { UnstuckEventDetail } from '../events/detail.js';

export const SCHEMA_VERSION = 1;

export interface WireEvent extends UnstuckEventDetail {
  /** The DOM event name, e.g. `unstuck-answer`. */
  type: string;
  /** Schema version. */
  v: typeof SCHEMA_VERSION;
  [key: string]: unknown;
}

/** Strip the query string and fragment from anything that looks like a URL. */
function scrub(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!/^(https?:)?\/\//i.test(value) && !value.startsWith('/')) return value;
    const cut = value.search(/[?#]/);
    return cut === -1 ? value : value.slice(0, cut);
  }
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, scrub(entry)]));
  }
  return value;
}

/** An Unstuck DOM event → its wire form (a plain, scrubbed copy). */
export function toWire(event: CustomEvent<UnstuckEventDetail>): WireEvent {
  return scrub({ ...structuredClone(event.detail), type: event.type, v: SCHEMA_VERSION }) as WireEvent;
}

/** `unstuck-answer` → `answer`. */
export const shortType = (type: string) => type.replace(/^unstuck-/, '');
