import './help-page.js';
import './unstuck-question.js';
import { UnstuckCheckoutStep } from '../components/checkout-step/checkout-step.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-checkout-step', UnstuckCheckoutStep);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-checkout-step': UnstuckCheckoutStep;
  }
}
