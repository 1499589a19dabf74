import { css } from 'lit';

/** The dark theme's tokens; `color-scheme` makes default links and controls inside readable too. */
export const darkTokens = css`
  --_scheme: dark;
  --_surface: var(--unstuck-color-surface, #1c2128);
  --_text: var(--unstuck-color-text, #e6edf3);
  --_muted: var(--unstuck-color-muted, #a4afbb);
  --_accent: var(--unstuck-color-accent, #6cb6ff);
  --_accent-text: var(--unstuck-color-accent-text, #0d1117);
  --_border: var(--unstuck-color-border, #444c56);
  --_warning: var(--unstuck-color-warning, #f0b72f);
  --_shadow: var(--unstuck-shadow, 0 0.25rem 1rem rgb(0 0 0 / 0.5));
`;

/**
 * The wrapper's own styles: the `--unstuck-*` tokens with light defaults and a dark scheme, and
 * the debug overlay. The card's styles come with the card (card.styles.ts), when it first shows.
 */
export const wrapperStyles = css`
  :host {
    display: block;
    --_scheme: light;
    --_surface: var(--unstuck-color-surface, #ffffff);
    --_text: var(--unstuck-color-text, #1b1f24);
    --_muted: var(--unstuck-color-muted, #57606a);
    --_accent: var(--unstuck-color-accent, #0b5cad);
    --_accent-text: var(--unstuck-color-accent-text, #ffffff);
    --_border: var(--unstuck-color-border, #c9d1d9);
    --_warning: var(--unstuck-color-warning, #8a4b00);
    --_radius: var(--unstuck-radius, 0.5rem);
    --_space: var(--unstuck-space, 0.75rem);
    --_shadow: var(--unstuck-shadow, 0 0.25rem 1rem rgb(0 0 0 / 0.12));
  }

  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none;
  }

  .debug {
    margin: var(--_space) 0 0;
    padding: calc(var(--_space) * 0.5);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: 0.75rem/1.4 ui-monospace, monospace;
    white-space: pre-wrap;
  }
`;
