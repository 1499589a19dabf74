/**
 * Analytics adapters: each turns a wire event into one call on the library — the instance the app
 * handed over (`Unstuck.configure({ posthog, analytics, gtag })`, the npm way) or else the page's
 * global (the snippet way), looked up at each event so a library that loads after the kit still
 * gets them. They throw `MissingLibrary` when there is neither; delivery skips them with one warning.
 */
import type { GtagLike, Libraries, PostHogLike, SegmentLike } from './names.js';
import { shortType, type WireEvent } from './wire.js';

export class MissingLibrary extends Error {}

function library<T>(libraries: Libraries, name: keyof Libraries, method: string | null): T {
  const given = libraries[name];
  const value = given ?? (globalThis as Record<string, unknown>)[name];
  const usable = method ? typeof (value as Record<string, unknown> | null | undefined)?.[method] === 'function' : typeof value === 'function';
  if (usable) return value as T;
  throw new MissingLibrary(
    given
      ? `the ${name} handed to Unstuck.configure has no ${method ?? 'call'}`
      : `window.${name} is not on the page (an app that installs it from npm hands it over: Unstuck.configure({ ${name} }))`,
  );
}

const title = (type: string) =>
  shortType(type)
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** GA4's limits (support.google.com/analytics/answer/9267744). */
export const GA4 = { maxParameters: 25, maxName: 40, maxValue: 100, reserved: /^(ga_|google_|firebase_)/i } as const;

/** A GA4 parameter or event name: letters, digits and underscores, starting with a letter, not reserved, ≤ 40. */
export function ga4Name(raw: string): string {
  let name = raw.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(name)) name = `u${name}`;
  if (GA4.reserved.test(name)) name = `u_${name}`;
  return name.slice(0, GA4.maxName);
}

/**
 * GA4 takes at most 25 flat parameters: the event's own fields first (nested objects become
 * `a_b`, arrays a comma list, strings cut to 100 characters), the signal counts after, largest
 * first; a name seen twice after cleaning keeps its first value.
 */
export function ga4Parameters(event: Record<string, unknown>): Record<string, string | number | boolean> {
  const fields: [string, unknown][] = [];
  const walk = (value: Record<string, unknown>, prefix: string) => {
    for (const [key, entry] of Object.entries(value)) {
      if (entry === null || entry === undefined) continue;
      if (typeof entry === 'object' && !Array.isArray(entry)) walk(entry as Record<string, unknown>, `${prefix}${key}_`);
      else fields.push([`${prefix}${key}`, Array.isArray(entry) ? entry.join(',') : entry]);
    }
  };
  walk(event, '');
  const count = ([name, value]: [string, unknown]) => (name.startsWith('signals_') ? (typeof value === 'number' ? value : 0) : Infinity);
  const parameters: Record<string, string | number | boolean> = {};
  // A stable sort: the event's own fields keep their order, the signal counts follow, largest first.
  for (const [raw, value] of fields.sort((a, b) => count(b) - count(a) || 0)) {
    const name = ga4Name(raw);
    if (name in parameters) continue;
    if (Object.keys(parameters).length === GA4.maxParameters) break;
    parameters[name] = typeof value === 'string' ? value.slice(0, GA4.maxValue) : (value as number | boolean);
  }
  return parameters;
}

export type Adapter = (event: WireEvent, libraries: Libraries) => void;

export const ADAPTERS: Record<string, Adapter> = {
  datalayer: (event) => {
    // Google Tag Manager reads an array it may create later; creating it is the convention.
    const layer = ((globalThis as Record<string, unknown>).dataLayer ??= []) as unknown[];
    if (!Array.isArray(layer)) throw new MissingLibrary('window.dataLayer is not an array');
    layer.push({ event: ga4Name(`unstuck_${shortType(event.type)}`), unstuck: event });
  },
  segment: (event, libraries) => library<SegmentLike>(libraries, 'analytics', 'track').track(`Unstuck ${title(event.type)}`, event),
  ga4: (event, libraries) => library<GtagLike>(libraries, 'gtag', null)('event', ga4Name(`unstuck_${shortType(event.type)}`), ga4Parameters(event)),
  posthog: (event, libraries) => library<PostHogLike>(libraries, 'posthog', 'capture').capture(`unstuck ${shortType(event.type)}`, event),
};
