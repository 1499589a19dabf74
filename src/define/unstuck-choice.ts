import { UnstuckChoice } from '../components/choice/choice.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-choice', UnstuckChoice);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-choice': UnstuckChoice;
  }
}
