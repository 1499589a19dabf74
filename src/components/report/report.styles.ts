import { css } from 'lit';
import { darkTokens } from '../wrapper/card.styles.js';

const reportDark = css`
  ${darkTokens}
  --_treatment: var(--unstuck-report-treatment, #6cb6ff);
  --_holdout: var(--unstuck-report-holdout, #a4afbb);
  --_bar: var(--unstuck-report-bar, #539bf5);
`;

export const reportStyles = css`
  :host {
    display: block;
    --_scheme: light;
    color-scheme: var(--_scheme);
    --_text: var(--unstuck-color-text, #1b1f24);
    --_muted: var(--unstuck-color-muted, #57606a);
    --_border: var(--unstuck-color-border, #d0d7de);
    --_surface: var(--unstuck-color-surface, #ffffff);
    --_treatment: var(--unstuck-report-treatment, #0b5cad);
    --_holdout: var(--unstuck-report-holdout, #6e7781);
    --_bar: var(--unstuck-report-bar, #3b82c4);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--unstuck-font, inherit);
  }
  :host([theme='dark']) {
    ${reportDark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${reportDark}
    }
  }
  .summary {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  .moment {
    margin: 0 0 1.5rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--unstuck-radius, 0.5rem);
    background: var(--_surface);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  h2 small {
    margin-inline-start: 0.5rem;
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.8125rem;
  }
  .charts {
    display: grid;
    gap: 1.25rem;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin-bottom: 0.375rem;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .wide {
    grid-column: 1 / -1;
  }
  /* Chart text is page text: 0.8125rem (13 px at the default size), never scaled down. */
  .chart {
    font-size: 0.8125rem;
    line-height: 1.25;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(5rem, max-content) minmax(4rem, 1fr) max-content;
    gap: 0.375rem 0.5rem;
    align-items: center;
  }
  .bars .label {
    overflow-wrap: anywhere;
  }
  .track {
    position: relative;
    display: block;
    block-size: 0.875rem;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: 2px;
    background: var(--_bar);
    /* Forced colours: bars stay visible as outlines. */
    outline: 1px solid transparent;
  }
  .fill.treatment {
    background: var(--_treatment);
  }
  .fill.holdout {
    background: var(--_holdout);
  }
  .whisker {
    position: absolute;
    inset-block: 0.3125rem;
    border-block-start: 2px solid var(--_text);
    border-inline: 2px solid var(--_text);
    block-size: 0.25rem;
    box-sizing: border-box;
  }
  .value {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .trend {
    display: grid;
    grid-template-columns: max-content 1fr;
    grid-template-areas: 'top plot' 'bottom plot' 'start end';
    grid-template-rows: auto 1fr auto;
    gap: 0.25rem 0.5rem;
  }
  .trend .top {
    grid-area: top;
  }
  .trend .bottom {
    grid-area: bottom;
    align-self: end;
  }
  .trend .start {
    grid-area: start;
    grid-column: 2;
    justify-self: start;
  }
  .trend .end {
    grid-area: end;
    justify-self: end;
  }
  .axis-label {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .plot {
    grid-area: plot;
    position: relative;
    display: flex;
    gap: 2px;
    block-size: 7.5rem;
    border-inline-start: 1px solid var(--_border);
  }
  .zero {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 50%;
    border-block-start: 1px dashed var(--_muted);
  }
  .day {
    position: relative;
    flex: 1 1 0;
    min-inline-size: 2px;
  }
  .band {
    position: absolute;
    inset-inline: 15%;
    border-radius: 2px;
    background: var(--_holdout);
    opacity: 0.45;
  }
  .day[data-verdict='helps'] .band,
  .day[data-verdict='hurts'] .band {
    background: var(--_treatment);
    opacity: 0.7;
  }
  .dot {
    position: absolute;
    inset-inline: 0;
    block-size: 3px;
    margin-block-start: -1px;
    background: var(--_text);
  }
  .lift {
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
  }
  .question {
    margin: 0 0 0.25rem;
  }
  .verdict {
    margin: 0.25rem 0 0.75rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid currentColor;
    font-weight: 600;
  }
  .verdict[data-verdict='not yet known'],
  .verdict[data-verdict='none'] {
    font-weight: 400;
  }
  details {
    margin-top: 0.75rem;
  }
  summary {
    cursor: pointer;
    font-size: 0.875rem;
  }
  .tables {
    overflow-x: auto;
  }
  .tables:focus-visible {
    outline: 2px solid var(--_treatment);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    margin: 0.5rem 0;
    border-collapse: collapse;
    font-size: 0.8125rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .status {
    color: var(--_muted);
  }
`;
