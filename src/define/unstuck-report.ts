import { UnstuckReport } from '../components/report/report.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-report', UnstuckReport);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-report': UnstuckReport;
  }
}
