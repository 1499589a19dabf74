import './unstuck-choice.js';
import './unstuck-human.js';
import { UnstuckQuestion } from '../components/question/question.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-question', UnstuckQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-question': UnstuckQuestion;
  }
}
