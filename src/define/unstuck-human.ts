import { UnstuckHuman } from '../components/human/human.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-human', UnstuckHuman);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-human': UnstuckHuman;
  }
}
