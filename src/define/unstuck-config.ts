import { UnstuckConfig } from '../components/config/config.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-config', UnstuckConfig);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-config': UnstuckConfig;
  }
}
