/**
 * The built-in sinks by name, and the analytics libraries an app may hand over. Kept apart from
 * the sinks themselves (adapters.ts, endpoint.ts), which load only when events are sent.
 */

/** Events waiting for the endpoint, one storage key each (endpoint.ts). */
export const QUEUE_PREFIX = 'unstuck:q:';

/** Events published before the built-in sinks loaded, one key per tab (`unstuck:outbox:<tab>`, delivery.ts). */
export const OUTBOX_PREFIX = 'unstuck:outbox:';

/** The built-in sinks `<unstuck-config sinks>` may name. */
export const SINK_NAMES = ['datalayer', 'segment', 'ga4', 'posthog'] as const;

/** Which sink each handed-over library turns on. */
export const SINK_OF_LIBRARY = { posthog: 'posthog', analytics: 'segment', gtag: 'ga4' } as const;

/** posthog-js (`import posthog from 'posthog-js'`), or anything with its `capture`. */
export interface PostHogLike {
  capture(name: string, properties?: Record<string, unknown>): unknown;
}
/** Segment's analytics.js (`AnalyticsBrowser.load(…)` from `@segment/analytics-next`), or anything with its `track`. */
export interface SegmentLike {
  track(name: string, properties?: Record<string, unknown>): unknown;
}
/** Google's `gtag()` function. */
export type GtagLike = (command: 'event', name: string, parameters: Record<string, string | number | boolean>) => unknown;

/** The library instances an app handed over; null or absent means "use the page's global". */
export interface Libraries {
  /** The posthog-js instance (`import posthog from 'posthog-js'`); turns the `posthog` sink on. */
  posthog?: PostHogLike | null;
  /** Segment's analytics (`AnalyticsBrowser.load({ writeKey })`); turns the `segment` sink on. */
  analytics?: SegmentLike | null;
  /** A `gtag` function; turns the `ga4` sink on. */
  gtag?: GtagLike | null;
}
