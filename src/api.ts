/**
 * The page-level JavaScript API, also available as `window.Unstuck` when `dist/unstuck.js`
 * is loaded: the same settings as `<unstuck-config>`, consent, custom sinks.
 */
import { coordinator } from './coordinator/coordinator.js';
import type { ConsentSetting } from './sinks/consent.js';
import { forgetStorage } from './internal/storage.js';
import { delivery, type Sink } from './sinks/delivery.js';
import { QUEUE_PREFIX } from './sinks/endpoint.js';

export interface UnstuckOptions {
  /** Built-in sinks: any of `datalayer`, `segment`, `ga4`, `posthog`. */
  sinks?: string[];
  /** The collector URL for batched, durable delivery (null to stop). */
  endpoint?: string | null;
  /** `granted` (default), `required` (wait for `Unstuck.consent(true)`), or `denied`. */
  consent?: ConsentSetting;
  /** `ignore` to disregard the Global Privacy Control signal (default: honour it). */
  gpc?: 'honour' | 'ignore';
  /** At most this many questions per visit. */
  maxPerSession?: number;
  /** At least this many milliseconds between two questions. */
  gapMs?: number;
  /** Default holdout fraction (0–1) for wrappers without a `holdout` attribute. */
  holdout?: number;
}

export const Unstuck = {
  /** Page settings; what is left out keeps its current value. */
  configure(options: UnstuckOptions): void {
    const { sinks, endpoint, consent, gpc, maxPerSession, gapMs, holdout } = options;
    delivery.configure({
      ...(sinks !== undefined && { sinks }),
      ...(endpoint !== undefined && { endpoint }),
      ...(consent !== undefined && { consent }),
      ...(gpc !== undefined && { gpc }),
    });
    if (maxPerSession !== undefined) coordinator.settings.maxPerSession = maxPerSession;
    if (gapMs !== undefined) coordinator.settings.gapMs = gapMs;
    if (holdout !== undefined) coordinator.settings.holdout = holdout;
  },

  /** The visitor's consent answer: true sends what was held back, false drops it and stores nothing. */
  consent(granted: boolean): void {
    delivery.consent(granted);
  },

  /** Receive every event in its wire form; returns a function that removes the sink. */
  addSink(sink: Sink): () => void {
    return delivery.addSink(sink);
  },

  /**
   * Forget this visitor's kit state — moments seen, cooldowns, caps, journey trails — so that
   * questions can appear again (demos, QA, "reset my preferences"). Events still waiting for
   * the endpoint are kept.
   */
  resetVisitor(): void {
    forgetStorage({ keep: (key) => key.startsWith(QUEUE_PREFIX) });
  },

  /** Send what waits for the endpoint now (resolves when the attempt is over). */
  flush(): Promise<void> {
    return delivery.endpoint?.flush() ?? Promise.resolve();
  },
};

export type UnstuckApi = typeof Unstuck;
