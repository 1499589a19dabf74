/**
 * Analytics adapters: each turns a wire event into one call on the library's global. They throw
 * `MissingGlobal` when the library is not on the page; the hub skips them with one warning.
 */
import { shortType, type WireEvent } from './wire.js';

export class MissingGlobal extends Error {}

type Globals = Record<string, unknown>;
const globals = () => globalThis as unknown as Globals;

function need<T>(name: string, check: (value: unknown) => boolean): T {
  const value = globals()[name];
  if (!check(value)) throw new MissingGlobal(`window.${name} is not on the page`);
  return value as T;
}

const title = (type: string) =>
  shortType(type)
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** GA4 takes flat parameters: nested objects become `a_b`, arrays a comma list. */
export function flatten(value: Record<string, unknown>, prefix = ''): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [key, entry] of Object.entries(value)) {
    const name = `${prefix}${key}`.slice(0, 40);
    if (entry === null || entry === undefined) continue;
    if (Array.isArray(entry)) flat[name] = entry.join(',').slice(0, 100);
    else if (typeof entry === 'object') Object.assign(flat, flatten(entry as Record<string, unknown>, `${name}_`));
    else flat[name] = typeof entry === 'string' ? entry.slice(0, 100) : (entry as number | boolean);
  }
  return flat;
}

export type Adapter = (event: WireEvent) => void;

export const ADAPTERS: Record<string, Adapter> = {
  datalayer: (event) => {
    // Google Tag Manager reads an array it may create later; creating it is the convention.
    const layer = (globals().dataLayer ??= []) as unknown[];
    if (!Array.isArray(layer)) throw new MissingGlobal('window.dataLayer is not an array');
    layer.push({ event: `unstuck_${shortType(event.type).replace(/-/g, '_')}`, unstuck: event });
  },
  segment: (event) => {
    need<{ track: (name: string, properties: unknown) => void }>('analytics', (value) => typeof (value as { track?: unknown })?.track === 'function').track(
      `Unstuck ${title(event.type)}`,
      event,
    );
  },
  ga4: (event) => {
    need<(...args: unknown[]) => void>('gtag', (value) => typeof value === 'function')(
      'event',
      `unstuck_${shortType(event.type).replace(/-/g, '_')}`,
      flatten(event),
    );
  },
  posthog: (event) => {
    need<{ capture: (name: string, properties: unknown) => void }>('posthog', (value) => typeof (value as { capture?: unknown })?.capture === 'function').capture(
      `unstuck ${shortType(event.type)}`,
      event,
    );
  },
};
