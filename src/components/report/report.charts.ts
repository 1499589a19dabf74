/**
 * The report's charts: HTML and CSS rather than SVG, so that their text is page text — never
 * scaled below 12 px on a phone — and wraps instead of overflowing. Each chart is one image
 * (`role="img"`) whose name lists every value; the same figures are in tables beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeLift, percent, points, type Arm, type DayFigures, type MomentFigures } from '../../report/compute.js';

/** A bar's row: what it is, its value, and the value's text. */
export interface BarRow {
  label: string;
  value: number;
  text: string;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));
const width = (share: number) => `inline-size: ${clamp(share * 100).toFixed(2)}%`;

/** Horizontal bars, longest first as given; an image named by `name` and every row's text. */
export function bars(rows: BarRow[], name: string): TemplateResult {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return html`<div class="chart bars" role="img" aria-label="${name}: ${rows.map((row) => `${row.label} ${row.text}`).join('; ')}.">
    ${rows.map(
      (row) => html`<span class="label">${row.label}</span>
        <span class="track"><span class="fill" style=${width(row.value / max)}></span></span>
        <span class="value">${row.text}</span>`,
    )}
  </div>`;
}

const describeArm = (label: string, arm: Arm) =>
  arm.measured && arm.ci ? `${label} ${percent(arm.rate)} of ${arm.measured} (95 % CI ${percent(arm.ci.low)} to ${percent(arm.ci.high)})` : `${label}: none measured`;

/** Treatment and holdout forward-movement rates, 0–100 %, with their 95 % intervals as whiskers. */
export function arms(figures: MomentFigures): TemplateResult {
  const rows: [string, string, Arm][] = [
    ['Treatment', 'treatment', figures.treatment],
    ['Holdout', 'holdout', figures.holdout],
  ];
  return html`<div class="chart bars" role="img" aria-label="Moved forward: ${rows.map(([label, , arm]) => describeArm(label, arm)).join('; ')}. Lift ${describeLift(figures.lift)}.">
    ${rows.map(
      ([label, className, arm]) => html`<span class="label">${label}</span>
        <span class="track">
          ${arm.rate !== null && arm.ci
            ? html`<span class="fill ${className}" style=${width(arm.rate)}></span>
                <span class="whisker" style="inset-inline-start: ${(arm.ci.low * 100).toFixed(2)}%; ${width(arm.ci.high - arm.ci.low)}"></span>`
            : nothing}
        </span>
        <span class="value">${arm.measured ? `${percent(arm.rate, 0)} · n=${arm.measured}` : 'none measured'}</span>`,
    )}
  </div>`;
}

/**
 * Day by day: the lift measured so far with its always-valid interval, one column per day —
 * how the verdict formed. The scale is symmetric around zero (the line in the middle).
 */
export function trend(days: DayFigures[]): TemplateResult {
  const decided = days.filter((day) => day.lift && day.sequential);
  if (!decided.length) return html`<p class="status">No holdout to compare with yet.</p>`;
  const reach = Math.min(1, Math.max(0.05, ...decided.flatMap((day) => [Math.abs(day.sequential!.low), Math.abs(day.sequential!.high)])));
  const y = (value: number) => clamp(50 - (value / reach) * 50);
  const last = decided.at(-1)!;
  const name = `Lift measured so far, day by day, with its always-valid 95 % interval: from ${points(decided[0]!.lift!.difference)} pts on ${decided[0]!.day} to ${points(last.lift!.difference)} pts (${points(last.sequential!.low)} to ${points(last.sequential!.high)}) on ${last.day}.`;
  return html`<div class="chart trend" role="img" aria-label=${name}>
    <span class="axis-label top">${points(reach)} pts</span>
    <div class="plot">
      <span class="zero"></span>
      ${days.map((day) =>
        day.lift && day.sequential
          ? html`<span class="day" data-verdict=${day.verdict ?? 'none'}>
              <span class="band" style="inset-block-start: ${y(day.sequential.high).toFixed(2)}%; inset-block-end: ${(100 - y(day.sequential.low)).toFixed(2)}%"></span>
              <span class="dot" style="inset-block-start: ${y(day.lift.difference).toFixed(2)}%"></span>
            </span>`
          : html`<span class="day"></span>`,
      )}
    </div>
    <span class="axis-label bottom">${points(-reach)} pts</span>
    <span class="axis-label start">${days[0]!.day}</span>
    <span class="axis-label end">${days.at(-1)!.day}</span>
  </div>`;
}
