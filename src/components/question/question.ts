import { attributeProperties, HiddenDataElement } from '../hidden-element.js';
import { UnstuckChoice } from '../choice/choice.js';

/**
 * The one diagnostic question a wrapper asks when it detects a stuck pattern.
 * It renders nothing itself: its wrapper shows it, inline after the wrapped content or in a corner.
 *
 * @summary The one question: a prompt and 3–5 `unstuck-choice` replies.
 *
 * @tagname unstuck-question
 *
 * @slot - 3 to 5 `<unstuck-choice>` elements (more are cut to the first 5), and optionally an
 *   `<unstuck-human>` that replaces the wrapper's own for this question.
 */
export class UnstuckQuestion extends HiddenDataElement {
  /**
   * The question as the visitor reads it; also the accessible name of the question region.
   * @attr prompt
   * @reflect
   * @default ''
   */
  declare prompt: string;

  /**
   * Space-separated signal names this question answers (e.g. `idle field-stall`). Without it, any.
   * @attr signals
   * @reflect
   * @default ''
   */
  declare signals: string;

  /**
   * Accessible name of the close button.
   * @attr dismiss-label
   * @reflect
   * @default 'Dismiss'
   */
  declare dismissLabel: string;

  /** The `unstuck-choice` children, in order. */
  get choices(): UnstuckChoice[] {
    return Array.from(this.children).filter((child): child is UnstuckChoice => child instanceof UnstuckChoice);
  }

  /** Does this question answer `signal`? */
  answers(signal: string): boolean {
    const names = this.signals.trim().split(/\s+/).filter(Boolean);
    return names.length === 0 || names.includes(signal);
  }
}

attributeProperties(UnstuckQuestion, { prompt: '', signals: '', 'dismiss-label': 'Dismiss' });
