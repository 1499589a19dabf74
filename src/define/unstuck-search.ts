import './help-page.js';
import './unstuck-question.js';
import { UnstuckSearch } from '../components/search/search.js';
import { defineElement } from '../internal/define.js';

defineElement('unstuck-search', UnstuckSearch);

declare global {
  interface HTMLElementTagNameMap {
    'unstuck-search': UnstuckSearch;
  }
}
