import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { expectAskedFor, recordEvents, wrapperIn } from './play.js';
import { note, wrapper, type Args } from './render.js';
import { human, planQuestion, plans, storyConfig } from './story-content.js';

const TAG = 'unstuck-pricing';

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-pricing',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { moment: 'pricing-playground', debug: true },
  render: wrapper(TAG, plans + planQuestion + human, storyConfig),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'Mark each plan with `data-unstuck-option="id"` (and `data-unstuck-option-label` for its name) and each plan’s buy link with `data-unstuck-goal`. In a response, `<strong data-unstuck-fill="option">` receives the plan the visitor looked at last.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Rest the pointer on Basic, then Plus, then Basic… (600 ms each): the overlay counts the dithering. */
export const Playground: Story = {
  decorators: [note('Rest the pointer on one plan, then another, back and forth: after 6 alternations the question appears.')],
};

/** The question at once, with each reply's approval badge. */
export const Preview: Story = { args: { moment: 'pricing-preview', preview: true, debug: false } };

/**
 * **dither** (`4/90s`): attention going back and forth between the same two plans — a focus, a
 * click, or the pointer resting 600 ms on a plan — Basic, Plus, Basic, Plus, Basic, Plus. The
 * `unstuck-detect` event carries the plans compared; the “difference” response names the plan
 * in view. (`rage="off"` only because simulated clicks all land on the same coordinates.)
 */
export const SignalDither: Story = {
  name: 'Signal: dither',
  args: { moment: 'pricing-dither', rage: 'off', debug: false },
  decorators: [note('<code>dither="4/90s"</code>: the play clicks Basic, Plus, Basic, Plus, Basic, Plus.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const canvas = within(canvasElement);
    const basic = canvas.getByRole('heading', { name: 'Basic' });
    const plus = canvas.getByRole('heading', { name: 'Plus' });
    await step('Alternate between two plans', async () => {
      for (const plan of [basic, plus, basic, plus, basic, plus]) await userEvent.click(plan);
    });
    await expectAskedFor(el, seen, 'dither');
    const detect = seen.find((event) => event.type === 'unstuck-detect');
    await expect(detect?.detail.options).toEqual(['plus', 'basic']);
  },
};

/**
 * **scroll-back** (`2/60s`): the visitor scrolled past the table and scrolls back up over it,
 * twice in a minute. It needs a long page around the table: the play asks with
 * `el.ask('scroll-back')`. See it for real in `npm start` (demo/pricing.html).
 */
export const SignalScrollBack: Story = {
  name: 'Signal: scroll-back',
  args: { moment: 'pricing-scroll-back', debug: false },
  decorators: [note('Scrolling back over the table needs a long page: the play calls <code>el.ask(\'scroll-back\')</code>.')],
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    el.ask('scroll-back');
    await expectAskedFor(el, seen, 'scroll-back');
  },
};
