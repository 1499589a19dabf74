import './help-page.js';
import './unstuck-question.js';
import { UnstuckPricing } from '../components/pricing/pricing.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-pricing', UnstuckPricing);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-pricing': UnstuckPricing;
  }
}
