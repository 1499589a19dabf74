/**
 * The page's settings have one owner: `applySettings()`, used by `<unstuck-config>` and
 * `Unstuck.configure` alike. Each part goes to what owns it: sinks and endpoint to delivery,
 * consent to the page's consent, caps and the default holdout to the coordinator.
 */
import type { Libraries } from '../sinks/names.js';
import { delivery } from '../sinks/delivery.js';
import { consent, type ConsentSetting, type GpcSetting } from './consent.js';
import { coordinator, DEFAULT_SETTINGS } from './coordinator.js';

export interface PageSettings extends Libraries {
  /** Built-in sinks: any of `datalayer`, `segment`, `ga4`, `posthog`. */
  sinks?: string[];
  /** The collector URL for batched, durable delivery (null to stop). */
  endpoint?: string | null;
  /** `granted` (default), `required` (wait for `Unstuck.consent(true)`), or `denied`. */
  consent?: ConsentSetting;
  /** `ignore` to disregard the Global Privacy Control signal (default: honour it). */
  gpc?: GpcSetting;
  /** At most this many questions per visit. */
  maxPerSession?: number;
  /** At least this many milliseconds between two questions. */
  gapMs?: number;
  /** Default holdout fraction (0–1) for wrappers without a `holdout` attribute. */
  holdout?: number;
}

/** Only the keys that are set: what is left out keeps its current value. */
const given = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Apply page settings; what is left out keeps its current value. */
export function applySettings(settings: PageSettings): void {
  const { sinks, endpoint, posthog, analytics, gtag, consent: setting, gpc, maxPerSession, gapMs, holdout } = settings;
  delivery.configure(given({ sinks, endpoint, posthog, analytics, gtag }));
  consent.configure({ consent: setting, gpc });
  coordinator.configure(given({ maxPerSession, gapMs, holdout }));
}

/** The caps and default holdout as if no settings were given (consent and delivery stay: never loosen consent). */
export const resetCaps = (): void => coordinator.configure(DEFAULT_SETTINGS);

/** Everything back to the defaults, consent included; for tests and page teardown. */
export function resetSettings(): void {
  delivery.reset();
  consent.reset();
  resetCaps();
}
