import { property } from 'lit/decorators.js';
import { coordinator, DEFAULT_SETTINGS } from '../../coordinator/coordinator.js';
import { formatDuration, parseDuration } from '../../internal/duration.js';
import { HiddenDataElement } from '../../internal/hidden-element.js';
import { warnProblem } from '../../internal/problems.js';
import { UnstuckErrorEvent } from '../../events/unstuck-error.js';
import { newId } from '../../internal/ids.js';

/** The one config element in charge; a second one on the page is ignored with a warning. */
let active: UnstuckConfig | null = null;

/**
 * Page settings, once per page: the page-wide caps on questions (and, with the measurement
 * issue, sinks, endpoint and consent). Changes to its attributes take effect at once.
 *
 * @summary Page settings: how many questions per visit, and how far apart.
 *
 * @tagname unstuck-config
 */
export class UnstuckConfig extends HiddenDataElement {
  /** At most this many questions per visit, page-wide, counted across pages of the visit. */
  @property({ attribute: 'max-per-session' }) maxPerSession: string | null = null;

  /** At least this long between two questions (`60s`, `2m`). */
  @property() gap: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (active && active !== this && active.isConnected) {
      this.problem('duplicate-config', null, 'is the second <unstuck-config> on this page; only the first applies.');
      return;
    }
    active = this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (active === this) {
      active = null;
      Object.assign(coordinator.settings, DEFAULT_SETTINGS);
    }
  }

  protected override willUpdate(): void {
    if (active !== this) return;
    coordinator.settings.maxPerSession = this.readCount();
    coordinator.settings.gapMs = this.readGap();
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

  private problem(reason: string, attribute: string | null, message: string): void {
    if (!warnProblem(this, { reason, attribute, message })) return;
    this.dispatchEvent(
      new UnstuckErrorEvent({
        id: newId(),
        moment: '',
        journey: null,
        step: null,
        element: this.localName,
        signal: null,
        group: 'treatment',
        at: Date.now(),
        visit: '',
        reason,
        attribute,
        message,
      }),
    );
  }
}
