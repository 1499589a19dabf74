import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { UnstuckElement } from '../unstuck-element.js';
import { computeReport, describeLift, parseEvents, percent, type Arm, type MomentFigures, type Report, type ReportEvent } from '../../report/compute.js';
import { reportStyles } from './report.styles.js';

const WIDTH = 320;
const ROW = 22;
const LABEL = 96;

let uid = 0;

/**
 * The product team's view of collected events: per moment, the funnel (detected, asked,
 * answered, dismissed, escalated), what blocks people (the distribution of choices), and
 * forward movement for treatment against holdout with 95 % intervals and the lift. Charts are
 * SVG images with text alternatives, each with a table beside them.
 *
 * Not part of `dist/unstuck.js`: load `dist/unstuck-report.js` (or `define/unstuck-report.js`).
 *
 * @summary The report: funnel, what blocks people, and forward movement against the holdout.
 *
 * @tagname unstuck-report
 *
 * @csspart summary - The line above the moments (events, period).
 * @csspart moment - One moment's card.
 * @csspart verdict - The moment's verdict: helps, hurts or not yet known (valid however often the report is read).
 *
 * @cssprop --unstuck-report-treatment - Colour of the treatment bar.
 * @cssprop --unstuck-report-holdout - Colour of the holdout bar.
 * @cssprop --unstuck-report-bar - Colour of funnel and choice bars.
 */
export class UnstuckReport extends UnstuckElement {
  static override styles = reportStyles;

  /** URL of an NDJSON file (one event per line) or a JSON array of events. */
  @property() src = '';

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The events themselves, in their wire form (instead of `src`). */
  @property({ attribute: false }) events: ReportEvent[] | null = null;

  @state() private report: Report | null = null;
  @state() private status = '';

  /** @internal */
  private readonly key = `r${++uid}`;

  /** Fetch `src` again (new events may have arrived). */
  async reload(): Promise<void> {
    if (this.events) {
      this.report = computeReport(this.events);
      return;
    }
    if (!this.src) return;
    this.status = 'Loading events…';
    try {
      const response = await fetch(this.src, { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { events, unreadable } = parseEvents(await response.text());
      this.report = computeReport(events, unreadable);
      this.status = '';
    } catch (error) {
      this.report = null;
      this.status = `Could not load ${this.src}: ${String(error)}`;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events') || changed.has('src')) void this.reload();
  }

  protected override render(): TemplateResult {
    const report = this.report;
    if (!report) return html`<p class="status" role="status">${this.status || 'No events yet.'}</p>`;
    if (!report.moments.length) return html`<p class="status" role="status">No stuck moments detected yet (${report.events} events).</p>`;
    const period =
      report.from !== null && report.to !== null ? ` from ${new Date(report.from).toLocaleString()} to ${new Date(report.to).toLocaleString()}` : '';
    const notes = [report.duplicates ? `${report.duplicates} duplicate deliveries ignored` : '', report.unreadable ? `${report.unreadable} unreadable lines skipped` : '']
      .filter(Boolean)
      .join(', ');
    return html`<p part="summary" class="summary">
        ${report.events} events, ${report.moments.length} moments${period}${notes ? ` (${notes})` : ''}.
      </p>
      ${ranked(report.moments).map((figures, index) => this.renderMoment(figures, `${this.key}-${index}`))}`;
  }

  private renderMoment(figures: MomentFigures, key: string): TemplateResult {
    const funnel: [string, number][] = [
      ['Detected', figures.detected],
      ['Asked', figures.asked],
      ['Answered', figures.answered],
      ['Dismissed', figures.dismissed],
      ['Escalated', figures.escalated],
    ];
    const choices: [string, number][] = figures.choices.map((choice) => [choice.label, choice.answered]);
    const suppressed = Object.entries(figures.suppressed)
      .map(([reason, count]) => `${count} ${reason}`)
      .join(', ');
    return html`<article part="moment" class="moment" aria-labelledby="${key}-title">
      <h2 id="${key}-title">${figures.moment} <small>${figures.element}</small></h2>
      ${figures.question ? html`<p class="question">Asked: “${figures.question}”</p>` : nothing}
      <p part="verdict" class="verdict" data-verdict=${figures.verdict ?? 'none'}>${describeVerdict(figures)}</p>
      <div class="charts">
        <figure>
          <figcaption id="${key}-funnel">Funnel</figcaption>
          ${this.bars(funnel, `${key}-funnel`, 'Funnel')}
        </figure>
        <figure>
          <figcaption id="${key}-choices">What blocks people</figcaption>
          ${choices.length ? this.bars(choices, `${key}-choices`, 'Answers by choice', figures.answered) : html`<p class="status">No answers yet.</p>`}
        </figure>
        <figure>
          <figcaption id="${key}-forward">Moved forward</figcaption>
          ${this.arms(figures, `${key}-forward`)}
          <p class="lift">Lift: ${describeLift(figures.lift)}</p>
        </figure>
      </div>
      <details>
        <summary>Figures as tables</summary>
        ${this.tables(figures, funnel, suppressed)}
      </details>
    </article>`;
  }

  /** Horizontal bars with values; an image whose text alternative lists every value. */
  private bars(rows: [string, number][], labelledBy: string, name: string, total?: number): TemplateResult {
    const max = Math.max(1, ...rows.map(([, value]) => value));
    const height = rows.length * ROW + 4;
    const value = (count: number) => (total ? `${count} (${percent(count / total, 0)})` : String(count));
    const description = `${name}: ${rows.map(([label, count]) => `${label} ${value(count)}`).join('; ')}.`;
    return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${labelledBy} ${labelledBy}-desc">
      <desc id="${labelledBy}-desc">${description}</desc>
      ${rows.map(([label, count], index) => {
        const y = index * ROW;
        const width = ((WIDTH - LABEL - 64) * count) / max;
        return svg`<text x="0" y="${y + 15}">${truncate(label, 15)}</text>
          <rect class="bar" x="${LABEL}" y="${y + 4}" width="${Math.max(width, count ? 2 : 0)}" height="${ROW - 8}" rx="2"></rect>
          <text class="muted" x="${LABEL + width + 6}" y="${y + 15}">${value(count)}</text>`;
      })}
    </svg>`;
  }

  /** Treatment and holdout forward-movement rates with 95 % interval whiskers, 0–100 %. */
  private arms(figures: MomentFigures, labelledBy: string): TemplateResult {
    const rows: [string, string, Arm][] = [
      ['Treatment', 'treatment', figures.treatment],
      ['Holdout', 'holdout', figures.holdout],
    ];
    const scale = (rate: number) => LABEL + (WIDTH - LABEL - 64) * rate;
    const describe = ([label, , arm]: [string, string, Arm]) =>
      arm.measured ? `${label} ${percent(arm.rate)} of ${arm.measured} (95 % CI ${percent(arm.ci!.low)} to ${percent(arm.ci!.high)})` : `${label}: none measured`;
    return html`<svg viewBox="0 0 ${WIDTH} ${2 * ROW + 18}" role="img" aria-labelledby="${labelledBy} ${labelledBy}-desc">
      <desc id="${labelledBy}-desc">Moved forward: ${rows.map(describe).join('; ')}. Lift ${describeLift(figures.lift)}.</desc>
      ${rows.map(([label, className, arm], index) => {
        const y = index * ROW;
        if (!arm.measured || arm.rate === null || !arm.ci) {
          return svg`<text x="0" y="${y + 15}">${label}</text><text class="muted" x="${LABEL}" y="${y + 15}">none measured</text>`;
        }
        return svg`<text x="0" y="${y + 15}">${label}</text>
          <rect class="${className}" x="${LABEL}" y="${y + 4}" width="${scale(arm.rate) - LABEL}" height="${ROW - 8}" rx="2"></rect>
          <line class="whisker" x1="${scale(arm.ci.low)}" x2="${scale(arm.ci.high)}" y1="${y + 11}" y2="${y + 11}"></line>
          <line class="whisker" x1="${scale(arm.ci.low)}" x2="${scale(arm.ci.low)}" y1="${y + 6}" y2="${y + 16}"></line>
          <line class="whisker" x1="${scale(arm.ci.high)}" x2="${scale(arm.ci.high)}" y1="${y + 6}" y2="${y + 16}"></line>
          <text class="muted" x="${scale(arm.ci.high) + 6}" y="${y + 15}">${percent(arm.rate, 0)} · n=${arm.measured}</text>`;
      })}
      <line class="axis" x1="${LABEL}" x2="${scale(1)}" y1="${2 * ROW + 2}" y2="${2 * ROW + 2}"></line>
      <text class="muted" x="${LABEL}" y="${2 * ROW + 15}">0 %</text>
      <text class="muted" x="${scale(1) - 28}" y="${2 * ROW + 15}">100 %</text>
    </svg>`;
  }

  private tables(figures: MomentFigures, funnel: [string, number][], suppressed: string): TemplateResult {
    const armRow = (label: string, arm: Arm) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td class="number">${arm.measured}</td>
        <td class="number">${arm.continued}</td>
        <td class="number">${percent(arm.rate)}</td>
        <td class="number">${arm.ci ? `${percent(arm.ci.low)} – ${percent(arm.ci.high)}` : '—'}</td>
      </tr>`;
    return html`<table>
        <caption>Funnel${suppressed ? ` (not asked: ${suppressed})` : ''}</caption>
        <tbody>
          ${funnel.map(([label, count]) => html`<tr><th scope="row">${label}</th><td class="number">${count}</td></tr>`)}
        </tbody>
      </table>
      <table>
        <caption>Moved forward</caption>
        <thead>
          <tr><th scope="col">Group</th><th scope="col">Measured</th><th scope="col">Continued</th><th scope="col">Rate</th><th scope="col">95 % CI</th></tr>
        </thead>
        <tbody>
          ${armRow('Treatment', figures.treatment)} ${armRow('Holdout', figures.holdout)}
          <tr><th scope="row">Lift</th><td colspan="4">${describeLift(figures.lift)}</td></tr>
        </tbody>
      </table>
      ${figures.choices.length
        ? html`<table>
            <caption>By choice</caption>
            <thead>
              <tr><th scope="col">Choice</th><th scope="col">Answers</th><th scope="col">Share</th><th scope="col">Moved forward</th><th scope="col">Moved forward minus the holdout's rate (descriptive: people choose their reply, so this is not its effect)</th></tr>
            </thead>
            <tbody>
              ${figures.choices.map(
                (choice) => html`<tr>
                  <th scope="row">${choice.label}${choice.label === choice.choice ? nothing : html` <small>${choice.choice}</small>`}</th>
                  <td class="number">${choice.answered}</td>
                  <td class="number">${percent(choice.share)}</td>
                  <td class="number">${percent(choice.forward.rate)} (${choice.forward.continued}/${choice.forward.measured})</td>
                  <td>${describeLift(choice.lift)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}`;
  }
}

const ORDER = { helps: 0, hurts: 0, 'not yet known': 1 } as const;

/** Moments with a verdict first, then those still undecided, then those without a holdout; most detected first within each. */
const ranked = (moments: MomentFigures[]) => [...moments].sort((a, b) => (a.verdict ? ORDER[a.verdict] : 2) - (b.verdict ? ORDER[b.verdict] : 2));

/** The verdict in words, with the always-valid interval it rests on. */
function describeVerdict(figures: MomentFigures): string {
  const { verdict, sequential: interval, lift } = figures;
  if (!verdict || !interval || !lift) return 'No verdict: this moment has no holdout group to compare with (set holdout="0.1" on the wrapper).';
  const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
  const range = `${points(interval.low)} to ${points(interval.high)} pts`;
  if (verdict === 'not yet known') return `Not yet known: ${points(lift.difference)} pts so far, but the always-valid 95 % interval (${range}) still includes zero.`;
  return `${verdict === 'helps' ? 'Helps' : 'Hurts'}: ${points(lift.difference)} pts more visitors moved forward than in the holdout (always-valid 95 % interval ${range}, valid however often this report is read).`;
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
