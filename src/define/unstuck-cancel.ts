import './help-page.js';
import './unstuck-question.js';
import { UnstuckCancel } from '../components/cancel/cancel.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-cancel', UnstuckCancel);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-cancel': UnstuckCancel;
  }
}
