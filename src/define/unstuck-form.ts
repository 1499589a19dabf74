import './help-page.js';
import './unstuck-question.js';
import { UnstuckForm } from '../components/form/form.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-form', UnstuckForm);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-form': UnstuckForm;
  }
}
