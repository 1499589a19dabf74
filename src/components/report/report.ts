import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { UnstuckElement } from '../unstuck-element.js';
import { computeReport, describeLift, parseEvents, percent, points, type Arm, type MomentFigures, type Report, type ReportEvent } from '../../report/compute.js';
import { arms, bars, trend, type BarRow } from './report.charts.js';
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
    const armRow = (label: string, arm: Arm) => row(label, number(arm.measured), number(arm.continued), number(percent(arm.rate)), number(arm.ci ? `${percent(arm.ci.low)} – ${percent(arm.ci.high)}` : '—'));
    return html`${table(`Funnel${suppressed ? ` (not asked: ${suppressed})` : ''}`, null, funnel.map((bar) => row(bar.label, number(bar.value))))}
      ${table('Moved forward', ['Group', 'Measured', 'Continued', 'Rate', '95 % CI'], [
        armRow('Treatment', figures.treatment),
        armRow('Holdout', figures.holdout),
        html`<tr><th scope="row">Lift</th><td colspan="4">${describeLift(figures.lift)}</td></tr>`,
      ])}
      ${figures.choices.length
        ? table(
            'By choice',
            ['Choice', 'Answers', 'Share', 'Moved forward', "Moved forward minus the holdout's rate (descriptive: people choose their reply, so this is not its effect)"],
            figures.choices.map((choice) =>
              row(
                html`${choice.label}${choice.label === choice.choice ? nothing : html` <small>${choice.choice}</small>`}`,
                number(choice.answered),
                number(percent(choice.share)),
                number(`${percent(choice.forward.rate)} (${choice.forward.continued}/${choice.forward.measured})`),
                describeLift(choice.lift),
              ),
            ),
          )
        : nothing}
      ${table(
        'By signal (moments detected by each; signals come before the question, so treatment against holdout is a fair comparison)',
        ['Signal', 'Detected', 'Treatment moved forward', 'Holdout moved forward', 'Lift'],
        figures.signals.map((signal) => row(signal.signal, number(signal.detected), number(forward(signal.treatment)), number(forward(signal.holdout)), describeLift(signal.lift))),
      )}
      ${table(
        'Day by day (UTC; moved forward and lift count everything up to the end of that day)',
        ['Day', 'Detected', 'Asked', 'Answered', 'Treatment moved forward', 'Holdout moved forward', 'Lift so far (always-valid 95 % interval)'],
        figures.days.map((day) =>
          row(
            day.day,
            number(day.detected),
            number(day.asked),
            number(day.answered),
            number(forward(day.treatment)),
            number(forward(day.holdout)),
            day.lift && day.sequential ? `${points(day.lift.difference)} pts (${points(day.sequential.low)} to ${points(day.sequential.high)}): ${day.verdict}` : '—',
          ),
        ),
      )}`;
  }
}

/** A right-aligned, tabular-figures cell (counts and rates). */
class NumberCell {
  constructor(readonly value: unknown) {}
}
const number = (value: unknown) => new NumberCell(value);

/** A table row: its header cell, then the data cells. */
const row = (header: unknown, ...cells: unknown[]) =>
  html`<tr>
    <th scope="row">${header}</th>
    ${cells.map((cell) => (cell instanceof NumberCell ? html`<td class="number">${cell.value}</td>` : html`<td>${cell}</td>`))}
  </tr>`;

/** A captioned table; column headers when `head` is given. */
const table = (caption: string, head: string[] | null, rows: unknown[]) =>
  html`<table>
    <caption>${caption}</caption>
    ${head ? html`<thead><tr>${head.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>` : nothing}
    <tbody>${rows}</tbody>
  </table>`;

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
