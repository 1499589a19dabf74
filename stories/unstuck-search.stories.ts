import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent, within } from 'storybook/test';
import type { UnstuckSearch } from '../src/index.js';
import { argTypesFor, describeComponent } from './manifest.js';
import { expectAskedFor, recordEvents, wrapperIn } from './play.js';
import { note, wrapper, type Args } from './render.js';
import { human, searchBox, searchQuestion, storyConfig } from './story-content.js';

const TAG = 'unstuck-search';

const ARTICLES = [
  { href: '#refunds', title: 'Refunds and returns' },
  { href: '#delivery', title: 'Delivery times' },
  { href: '#password', title: 'Resetting your password' },
  { href: '#address', title: 'Changing your delivery address' },
];

/**
 * The page's own search (a stand-in): after each search it tells the wrapper how many results
 * came back — `el.reportSearch(results.length)` — never the query.
 */
function search(event: Event): void {
  const form = event.target as HTMLFormElement;
  if (!form.matches?.('.demo-search')) return;
  event.preventDefault();
  const query = String(new FormData(form).get('q') ?? '')
    .trim()
    .toLowerCase();
  const found = ARTICLES.filter((article) => query && article.title.toLowerCase().includes(query));
  const wrapperElement = form.closest<UnstuckSearch>(TAG)!;
  wrapperElement.querySelector('.demo-results')!.innerHTML = found
    .map((article) => `<li><a href="${article.href}" data-unstuck-goal>${article.title}</a></li>`)
    .join('');
  wrapperElement.querySelector('.demo-status')!.textContent = `${found.length} ${found.length === 1 ? 'result' : 'results'}`;
  wrapperElement.reportSearch(found.length);
}

const withSearch: Decorator = (story) => html`<div @submit=${search}>${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-search',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { moment: 'search-playground', debug: true },
  render: wrapper(TAG, searchBox + searchQuestion + human, storyConfig),
  decorators: [withSearch],
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'After each search, tell the wrapper how many results it returned — `el.reportSearch(n)`, an `unstuck-search` event with `detail: { results }` from inside, or `data-unstuck-results="n"` on the results list. Mark results with `data-unstuck-goal`: a click on one is moving forward.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Search for something that is not there (“gift card”), twice: the overlay counts the failed searches. */
export const Playground: Story = {
  decorators: [note('Search for “gift card” twice (no results), or search four times within a minute without opening a result.')],
};

/** The question at once, with each reply's approval badge. The third reply is itself the way to a person (`escalate`). */
export const Preview: Story = { args: { moment: 'search-preview', preview: true, debug: false } };

/**
 * **failed-searches** (`2/2m`): two searches with zero results within two minutes (or one search
 * reformulated three times in a minute without a click on a result). The page's search calls
 * `el.reportSearch(0)` after each empty search.
 */
export const SignalFailedSearches: Story = {
  name: 'Signal: failed-searches',
  args: { moment: 'search-failed', debug: false },
  decorators: [note('<code>failed-searches="2/2m"</code>: the play searches for “gift card” and “voucher”; each search calls <code>el.reportSearch(0)</code>.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const canvas = within(canvasElement);
    const box = canvas.getByRole('searchbox', { name: 'Search help' });
    const button = canvas.getByRole('button', { name: 'Search' });
    for (const query of ['gift card', 'voucher']) {
      await step(`Search for “${query}”: no results`, async () => {
        await userEvent.clear(box);
        await userEvent.type(box, query);
        await userEvent.click(button);
      });
    }
    await expectAskedFor(el, seen, 'failed-searches');
  },
};
