import { css } from 'lit';

/**
 * The wrapper's own styles, all a page needs before any detection. The `--unstuck-*` tokens, the
 * card's and the debug overlay's styles come with the card's module (card.styles.ts).
 */
export const wrapperStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }
`;
