import './help-page.js';
import './unstuck-question.js';
import { UnstuckZone } from '../components/zone/zone.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-zone', UnstuckZone);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-zone': UnstuckZone;
  }
}
