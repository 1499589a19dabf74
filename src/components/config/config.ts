import { ReactiveElement, type PropertyDeclarations } from 'lit';
import { pageDetail } from '../../events/detail.js';
import { UnstuckErrorEvent } from '../../events/unstuck-error.js';
import { warnProblem, type Problem } from '../../internal/problems.js';
import type { ConsentSetting } from '../../page/consent.js';
import { DEFAULT_SETTINGS } from '../../page/coordinator.js';
import { applySettings, resetCaps } from '../../page/settings.js';
import { readCount, readDuration, readFraction } from '../attributes.js';

/** Configs on the page, in connection order; the first one is in charge, the others wait. */
const connected: UnstuckConfig[] = [];
const active = () => connected[0] ?? null;

const CONSENT: readonly ConsentSetting[] = ['granted', 'required', 'denied'];

/**
 * Page settings, once per page: where events go (sinks, endpoint), consent, and the page-wide
 * caps on questions. Changes to its attributes take effect at once. The same settings are
 * available in JavaScript as `Unstuck.configure({...})`.
 *
 * @summary Page settings: sinks, endpoint, consent, caps, default holdout.
 *
 * @fires {UnstuckErrorEvent} unstuck-error - A setting could not be read (also one `console.warn`).
 *
 * @tagname unstuck-config
 */
export class UnstuckConfig extends ReactiveElement {
  // Declared without decorators: the decorator helpers cost more on the critical path than the
  // declarations themselves (BENCHMARKS.md, issue 17).
  static override properties: PropertyDeclarations = { sinks: {}, endpoint: {}, consent: {}, gpc: {}, maxPerSession: { attribute: 'max-per-session' }, gap: {}, holdout: {} };

  /** Analytics sinks, space-separated: `datalayer`, `segment`, `ga4`, `posthog`. */
  sinks = '';

  /** URL of the team's collector: events are POSTed there in batches, durably. */
  endpoint = '';

  /** `granted` (default), `required` (store and send nothing until `Unstuck.consent(true)`), `denied`. */
  consent: string | null = null;

  /** `ignore` to disregard the browser's Global Privacy Control signal; by default it counts as denied. */
  gpc: string | null = null;

  /** At most this many questions per visit, page-wide, counted across pages of the visit. */
  maxPerSession: string | null = null;

  /** At least this long between two questions (`60s`, `2m`). */
  gap: string | null = null;

  /** Default holdout fraction (0–1) for every wrapper without its own `holdout`. */
  holdout: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!connected.includes(this)) connected.push(this);
    if (active() !== this) this.warn({ reason: 'duplicate-config', attribute: null, message: 'is the second <unstuck-config> on this page; only the first applies.' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const wasActive = active() === this;
    connected.splice(connected.indexOf(this), 1);
    if (!wasActive) return;
    const next = active();
    // The next config on the page takes over; with none, the caps return to their defaults.
    // Delivery and consent stay as they were: removing the element must never loosen consent.
    if (next) next.requestUpdate();
    else resetCaps();
  }

  protected override willUpdate(): void {
    if (active() !== this) return;
    applySettings({
      sinks: this.sinks.trim().split(/\s+/).filter(Boolean),
      endpoint: this.endpoint.trim() || null,
      consent: this.readConsent(),
      gpc: this.gpc?.trim().toLowerCase() === 'ignore' ? 'ignore' : 'honour',
      maxPerSession: readCount('max-per-session', this.maxPerSession, DEFAULT_SETTINGS.maxPerSession, this.warn),
      gapMs: readDuration('gap', this.gap, DEFAULT_SETTINGS.gapMs, this.warn),
      holdout: readFraction('holdout', this.holdout, DEFAULT_SETTINGS.holdout, this.warn),
    });
  }

  private readConsent(): ConsentSetting {
    const value = (this.consent ?? 'granted').trim().toLowerCase() as ConsentSetting;
    if (CONSENT.includes(value)) return value;
    // Unreadable consent must never mean "send": the safe reading is "required".
    this.warn({ reason: 'invalid-attribute', attribute: 'consent', message: `consent="${this.consent}" is not granted, required or denied; treating it as required.` });
    return 'required';
  }

  /** One warning and one `unstuck-error` per problem. */
  private readonly warn = (problem: Problem) => {
    if (warnProblem(this, problem)) this.dispatchEvent(new UnstuckErrorEvent({ ...pageDetail(this.localName, Date.now(), ''), ...problem }));
  };
}
