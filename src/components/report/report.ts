import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { UnstuckElement } from '../unstuck-element.js';
import { computeReport, describeLift, parseEvents, percent, type Arm, type MomentFigures, type Report, type ReportEvent } from '../../report/compute.js';
import { arms, bars, points, trend, type BarRow } from './report.charts.js';
import { reportStyles } from './report.styles.js';

let uid = 0;

/**
 * The product team's view of collected events: per moment, its verdict (helps, hurts or not yet
 * known, from an always-valid interval), the question as visitors read it, the funnel (detected,
 * asked, answered, dismissed, escalated), what blocks people (the replies chosen), what detected
 * it (by signal), forward movement for treatment against holdout with 95 % intervals and the
 * lift, and day by day how the verdict formed. Charts are images with text alternatives and
 * readable text (never below 12 px), each with a table beside them. The figures are the same as
 * the `unstuck-report` CLI's and sql/model.sql's on a warehouse.
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
    const funnel: BarRow[] = (
      [
        ['Detected', figures.detected],
        ['Asked', figures.asked],
        ['Answered', figures.answered],
        ['Dismissed', figures.dismissed],
        ['Escalated', figures.escalated],
      ] as const
    ).map(([label, value]) => ({ label, value, text: String(value) }));
    const share = (count: number, total: number) => `${count} (${percent(total ? count / total : null, 0)})`;
    const choices: BarRow[] = figures.choices.map((choice) => ({ label: choice.label, value: choice.answered, text: share(choice.answered, figures.answered) }));
    const signals: BarRow[] = figures.signals.map((signal) => ({ label: signal.signal, value: signal.detected, text: share(signal.detected, figures.detected) }));
    const suppressed = Object.entries(figures.suppressed)
      .map(([reason, count]) => `${count} ${reason}`)
      .join(', ');
    return html`<article part="moment" class="moment" aria-labelledby="${key}-title">
      <h2 id="${key}-title">${figures.moment} <small>${figures.element}</small></h2>
      ${figures.question ? html`<p class="question">Asked: “${figures.question}”</p>` : nothing}
      <p part="verdict" class="verdict" data-verdict=${figures.verdict ?? 'none'}>${describeVerdict(figures)}</p>
      <div class="charts">
        <figure>
          <figcaption>Funnel</figcaption>
          ${bars(funnel, 'Funnel')}
        </figure>
        <figure>
          <figcaption>What blocks people</figcaption>
          ${choices.length ? bars(choices, 'Answers by reply') : html`<p class="status">No answers yet.</p>`}
        </figure>
        <figure>
          <figcaption>Moved forward</figcaption>
          ${arms(figures)}
          <p class="lift">Fixed-horizon lift: ${describeLift(figures.lift)}</p>
        </figure>
        <figure>
          <figcaption>What detected it</figcaption>
          ${bars(signals, 'Detections by signal')}
        </figure>
        <figure class="wide">
          <figcaption>Day by day: the lift so far and its always-valid interval</figcaption>
          ${trend(figures.days)}
        </figure>
      </div>
      <details>
        <summary>Figures as tables</summary>
        <!-- Wide tables scroll sideways in here on a phone, not the page; focusable for the keyboard. -->
        <div class="tables" tabindex="0" role="group" aria-label="Figures as tables: ${figures.moment}">${this.tables(figures, funnel, suppressed)}</div>
      </details>
    </article>`;
  }

  private tables(figures: MomentFigures, funnel: BarRow[], suppressed: string): TemplateResult {
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
          ${funnel.map((row) => html`<tr><th scope="row">${row.label}</th><td class="number">${row.value}</td></tr>`)}
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
        : nothing}
      <table>
        <caption>By signal (moments detected by each; signals come before the question, so treatment against holdout is a fair comparison)</caption>
        <thead>
          <tr><th scope="col">Signal</th><th scope="col">Detected</th><th scope="col">Treatment moved forward</th><th scope="col">Holdout moved forward</th><th scope="col">Lift</th></tr>
        </thead>
        <tbody>
          ${figures.signals.map(
            (signal) => html`<tr>
              <th scope="row">${signal.signal}</th>
              <td class="number">${signal.detected}</td>
              <td class="number">${forward(signal.treatment)}</td>
              <td class="number">${forward(signal.holdout)}</td>
              <td>${describeLift(signal.lift)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>Day by day (UTC; moved forward and lift count everything up to the end of that day)</caption>
        <thead>
          <tr><th scope="col">Day</th><th scope="col">Detected</th><th scope="col">Asked</th><th scope="col">Answered</th><th scope="col">Treatment moved forward</th><th scope="col">Holdout moved forward</th><th scope="col">Lift so far (always-valid 95 % interval)</th></tr>
        </thead>
        <tbody>
          ${figures.days.map(
            (day) => html`<tr>
              <th scope="row">${day.day}</th>
              <td class="number">${day.detected}</td>
              <td class="number">${day.asked}</td>
              <td class="number">${day.answered}</td>
              <td class="number">${forward(day.treatment)}</td>
              <td class="number">${forward(day.holdout)}</td>
              <td>${day.lift && day.sequential ? `${points(day.lift.difference)} pts (${points(day.sequential.low)} to ${points(day.sequential.high)}): ${day.verdict}` : '—'}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

/** `62.0 % (31/50)`, or `—` when nothing was measured. */
const forward = (arm: Arm) => (arm.measured ? `${percent(arm.rate)} (${arm.continued}/${arm.measured})` : '—');

const ORDER = { helps: 0, hurts: 0, 'not yet known': 1 } as const;

/** Moments with a verdict first, then those still undecided, then those without a holdout; most detected first within each. */
const ranked = (moments: MomentFigures[]) => [...moments].sort((a, b) => (a.verdict ? ORDER[a.verdict] : 2) - (b.verdict ? ORDER[b.verdict] : 2));

/** The verdict in words, with the always-valid interval it rests on. */
function describeVerdict(figures: MomentFigures): string {
  const { verdict, sequential: interval, lift } = figures;
  if (!verdict || !interval || !lift) return 'No verdict: this moment has no holdout group to compare with (set holdout="0.1" on the wrapper).';
  const range = `${points(interval.low)} to ${points(interval.high)} pts`;
  if (verdict === 'not yet known') return `Not yet known: ${points(lift.difference)} pts so far, but the always-valid 95 % interval (${range}) still includes zero.`;
  return `${verdict === 'helps' ? 'Helps' : 'Hurts'}: ${points(lift.difference)} pts more visitors moved forward than in the holdout (always-valid 95 % interval ${range}, valid however often this report is read).`;
}
