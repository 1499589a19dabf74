import { css } from 'lit';
import { darkTokens } from '../wrapper/wrapper.styles.js';

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
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    fill: var(--_text);
    font-size: 11px;
  }
  svg .muted {
    fill: var(--_muted);
  }
  .bar {
    fill: var(--_bar);
  }
  .treatment {
    fill: var(--_treatment);
  }
  .holdout {
    fill: var(--_holdout);
  }
  .whisker {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .axis {
    stroke: var(--_border);
  }
  .lift {
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
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
