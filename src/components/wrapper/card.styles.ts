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
 * The card's look and the debug overlay's, driven by the `--unstuck-*` tokens (light defaults, a
 * dark scheme); every visible piece is a `::part`. Motion only where the visitor has not asked
 * for less. It loads with the card's module and is adopted into the wrapper's shadow root when the
 * card or the debug overlay is first created (docs/architecture.md, "The critical path").
 */
export const cardStyles = css`
  :host {
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

  .panel {
    /* Only the card follows the theme: default links and controls in approved content stay readable. */
    color-scheme: var(--_scheme);
    box-sizing: border-box;
    margin-block-start: var(--_space);
    max-inline-size: var(--unstuck-max-width, 32rem);
    padding: var(--_space) calc(var(--_space) * 1.333);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--unstuck-font, inherit);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }

  /* Floating (placement.ts): in the top layer when the browser has popovers, else fixed above the
     page. Moved with transform from the top-left corner: a transform never counts as a layout shift. */
  .panel[data-mode='float'] {
    position: fixed;
    inset: 0 auto auto 0;
    z-index: var(--unstuck-z-index, 2147483000);
    inline-size: min(var(--unstuck-max-width, 24rem), calc(100vw - 16px));
    overflow: auto;
    overscroll-behavior: contain;
    margin: 0;
    box-shadow: var(--_shadow);
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: unstuck-enter 160ms ease-out;
    }
  }
  @keyframes unstuck-enter {
    from {
      opacity: 0;
    }
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }

  .prompt {
    flex: 1;
    margin: 0;
    font-weight: 600;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* WCAG 2.4.13: a 3 px ring, offset so it never blends into the control's own border. */
  button:focus-visible,
  .response:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .dismiss {
    display: inline-grid;
    place-items: center;
    flex: none;
    min-inline-size: 2rem;
    min-block-size: 2rem;
    margin: -0.25rem -0.5rem 0 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
  }
  .dismiss svg {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .choices {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }

  .choice {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    text-align: start;
  }
  .choice[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .choice[aria-pressed='true']::before {
    content: '✓ ';
  }
  .choice:hover {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .badge {
    display: block;
    margin-block-start: 0.125rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .badge[data-usable='false'],
  .warning {
    color: var(--_warning);
  }
  .warning {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
  }

  .response {
    margin-block-start: var(--_space);
  }

  .human {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .human-first .human {
    margin-block: var(--_space) 0;
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .human-label {
    margin: 0 0 calc(var(--_space) * 0.25);
    font-weight: 600;
  }

  /* Targets: 24 px everywhere (WCAG 2.5.8), 44 px on touch screens. */
  @media (pointer: coarse) {
    .choice,
    .dismiss {
      min-block-size: 44px;
    }
    .dismiss {
      min-inline-size: 44px;
      margin: -0.5rem -0.75rem 0 0;
    }
  }
`;
