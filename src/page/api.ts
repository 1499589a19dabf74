/**
 * The page-level JavaScript API, also available as `window.Unstuck` when `dist/unstuck.js`
 * is loaded: the same settings as `<unstuck-config>`, consent, custom sinks.
 */
import { forgetStorage } from '../internal/storage.js';
import { noteHelpVisit } from '../signals/help-visit.js';
import { delivery, type Sink } from '../sinks/delivery.js';
import { OUTBOX_PREFIX, QUEUE_PREFIX } from '../sinks/names.js';
import { consent } from './consent.js';
import { applySettings, type PageSettings } from './settings.js';

export type UnstuckOptions = PageSettings;

export const Unstuck = {
  /** Page settings; what is left out keeps its current value. */
  configure(options: UnstuckOptions): void {
    applySettings(options);
  },

  /** The visitor's consent answer: true sends what was deferred, false drops it and stores nothing. */
  consent(granted: boolean): void {
    consent.answered(granted);
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
    forgetStorage({ keep: (key) => key.startsWith(QUEUE_PREFIX) || key.startsWith(OUTBOX_PREFIX) });
  },

  /**
   * The visitor is on a help page (FAQ, help article, contact): counts as a `help-visit` for the
   * journeys open in this tab. For single-page apps' help routes; a page load does it by itself
   * when the page has `<meta name="unstuck-help">`.
   */
  helpVisit(): void {
    noteHelpVisit();
  },

  /** Send what waits for the endpoint now (resolves when the attempt is over). */
  flush(): Promise<void> {
    return delivery.flush();
  },
};

export type UnstuckApi = typeof Unstuck;
