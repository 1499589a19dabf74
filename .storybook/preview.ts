import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { docsManifest } from '../stories/manifest.js';
import '../src/unstuck.ts';
import '../src/define/unstuck-report.ts';

// Autodocs from the manifest: public instance members only, and names made unique across
// categories (see docsManifest). Story controls come from the same manifest (argTypesFor).
setCustomElementsManifest(docsManifest());

/**
 * Every story starts from a first visit: a moment is asked once per visit
 * (`unstuck:seen:<moment>`), a dismissed moment stays quiet for its cooldown
 * (`unstuck:cooldown:<moment>`), and the page caps questions per visit (`unstuck:asked`).
 */
function forgetUnstuckStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('unstuck:')) storage.removeItem(key);
  }
}

/** Light or dark page around the story: the toolbar's "Theme", or `globals: { theme: 'dark' }`. */
const withTheme: Decorator = (story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  // The page behind a story; a docs page keeps its own background.
  document.body.dataset.unstuckTheme = context.viewMode === 'story' ? theme : 'light';
  return html`<div class="sb-unstuck-theme" data-theme=${theme}>${story()}</div>`;
};

const UNSTUCK_EVENTS = ['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-dismiss', 'unstuck-escalate', 'unstuck-outcome', 'unstuck-error'];

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme, withActions],
  beforeEach: () => {
    forgetUnstuckStorage();
  },
  globalTypes: {
    theme: {
      description: 'Page theme around the story (sets the --unstuck-color-* properties for dark)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    actions: { handles: UNSTUCK_EVENTS },
    a11y: { test: 'error' },
    docs: { source: { excludeDecorators: true } },
    options: {
      storySort: {
        order: ['Introduction', 'Guides', ['Use in a CMS', 'Signals'], 'Design', ['Theming', 'Card states'], 'Wrappers', 'Authoring', 'Report'],
      },
    },
  },
};

export default preview;
