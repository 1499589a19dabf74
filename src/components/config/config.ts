import { property } from 'lit/decorators.js';
import { coordinator, DEFAULT_SETTINGS } from '../../coordinator/coordinator.js';
import { pageDetail } from '../../events/detail.js';
import { UnstuckErrorEvent } from '../../events/unstuck-error.js';
import { formatDuration, parseDuration, parseFraction } from '../../internal/duration.js';
import { HiddenDataElement } from '../../internal/hidden-element.js';
import { warnProblem } from '../../internal/problems.js';
import type { ConsentSetting } from '../../sinks/consent.js';
import { delivery } from '../../sinks/delivery.js';

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
 * @fires unstuck-error - A setting could not be read (also one `console.warn`).
 *
 * @tagname unstuck-config
 */
export class UnstuckConfig extends HiddenDataElement {
  /** Analytics sinks, space-separated: `datalayer`, `segment`, `ga4`, `posthog`. */
  @property() sinks = '';

  /** URL of the team's collector: events are POSTed there in batches, durably. */
  @property() endpoint = '';

  /** `granted` (default), `required` (store and send nothing until `Unstuck.consent(true)`), `denied`. */
  @property() consent: string | null = null;

  /** `ignore` to disregard the browser's Global Privacy Control signal; by default it counts as denied. */
  @property() gpc: string | null = null;

  /** At most this many questions per visit, page-wide, counted across pages of the visit. */
  @property({ attribute: 'max-per-session' }) maxPerSession: string | null = null;

  /** At least this long between two questions (`60s`, `2m`). */
  @property() gap: string | null = null;

  /** Default holdout fraction (0–1) for every wrapper without its own `holdout`. */
  @property() holdout: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!connected.includes(this)) connected.push(this);
    if (active() !== this) this.problem('duplicate-config', null, 'is the second <unstuck-config> on this page; only the first applies.');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const wasActive = active() === this;
    connected.splice(connected.indexOf(this), 1);
    if (!wasActive) return;
    const next = active();
    if (next) {
      next.requestUpdate(); // the next config on the page takes over
    } else {
      Object.assign(coordinator.settings, DEFAULT_SETTINGS);
      // Delivery and consent stay as they were: removing the element must never loosen consent.
    }
  }

  protected override willUpdate(): void {
    if (active() !== this) return;
    coordinator.settings.maxPerSession = this.readCount();
    coordinator.settings.gapMs = this.readGap();
    coordinator.settings.holdout = this.readHoldout();
    delivery.configure({
      sinks: this.sinks.trim().split(/\s+/).filter(Boolean),
      endpoint: this.endpoint.trim() || null,
      consent: this.readConsent(),
      gpc: this.gpc?.trim().toLowerCase() === 'ignore' ? 'ignore' : 'honour',
    });
  }

  private readConsent(): ConsentSetting {
    const value = (this.consent ?? 'granted').trim().toLowerCase() as ConsentSetting;
    if (CONSENT.includes(value)) return value;
    // Unreadable consent must never mean "send": the safe reading is "required".
    this.problem('invalid-attribute', 'consent', `consent="${this.consent}" is not granted, required or denied; treating it as required.`);
    return 'required';
  }

  private readCount(): number {
    const fallback = DEFAULT_SETTINGS.maxPerSession;
    if (this.maxPerSession === null) return fallback;
    const value = Number(this.maxPerSession);
    if (Number.isInteger(value) && value >= 0) return value;
    this.problem('invalid-attribute', 'max-per-session', `max-per-session="${this.maxPerSession}" is not a whole number ≥ 0; using ${fallback}.`);
    return fallback;
  }

  private readGap(): number {
    const fallback = DEFAULT_SETTINGS.gapMs;
    if (this.gap === null) return fallback;
    const ms = parseDuration(this.gap);
    if (typeof ms === 'number') return ms;
    this.problem('invalid-attribute', 'gap', `gap="${this.gap}" is not a duration such as 60s or 2m; using ${formatDuration(fallback)}.`);
    return fallback;
  }

  private readHoldout(): number {
    if (this.holdout === null) return DEFAULT_SETTINGS.holdout;
    const fraction = parseFraction(this.holdout);
    if (fraction !== undefined) return fraction;
    this.problem('invalid-attribute', 'holdout', `holdout="${this.holdout}" is not a fraction between 0 and 1; using 0.`);
    return DEFAULT_SETTINGS.holdout;
  }

  private problem(reason: string, attribute: string | null, message: string): void {
    if (!warnProblem(this, { reason, attribute, message })) return;
    this.dispatchEvent(new UnstuckErrorEvent({ ...pageDetail(this.localName, Date.now(), ''), reason, attribute, message }));
  }
}
