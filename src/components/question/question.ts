import { property } from 'lit/decorators.js';
import { HiddenDataElement } from '../hidden-element.js';
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
  /** The question as the visitor reads it; also the accessible name of the question region. */
  @property() prompt = '';

  /** Space-separated signal names this question answers (e.g. `idle field-stall`). Without it, any. */
  @property() signals = '';

  /** Accessible name of the close button. */
  @property({ attribute: 'dismiss-label' }) dismissLabel = 'Dismiss';

  /** The `unstuck-choice` children, in order. */
  get choices(): UnstuckChoice[] {
    return Array.from(this.children).filter((child): child is UnstuckChoice => child instanceof UnstuckChoice);
  }

  /** Does this question answer `signal`? */
  answers(signal: string): boolean {
    const names = (this.signals ?? '').trim().split(/\s+/).filter(Boolean);
    return names.length === 0 || names.includes(signal);
  }
}
