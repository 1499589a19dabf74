import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent, within } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { afterIdle, expectAskedFor, recordEvents, wrapperIn } from './play.js';
import { note, wrapper, type Args } from './render.js';
import { human, storyConfig, zoneContent, zoneQuestion } from './story-content.js';

const TAG = 'unstuck-zone';

/**
 * Each signal story gets its own `moment` (a moment is asked once per visit) and runs with
 * `<unstuck-config max-per-session="1000" gap="0s">` so the page-wide caps never get in the way.
 */
const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-zone',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { moment: 'zone-playground', debug: true },
  render: wrapper(TAG, zoneContent + zoneQuestion + human, storyConfig),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'Wrap any part of a page. Mark sections the visitor may go back and forth between with `data-unstuck-section="name"`, and what counts as moving forward with `data-unstuck-goal` (or the `goal` selector).',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Try it: click **Apply discount** three times quickly (rage), or go Plans → Questions → Plans →
 * Questions → Plans (loops). The debug overlay shows each signal's count against its threshold.
 */
export const Playground: Story = {
  decorators: [note('Click <strong>Apply discount</strong> three times quickly, or click between the two cards five times. The overlay counts.')],
};

/** The question at once, with each reply's approval badge. Nothing is sent or stored. */
export const Preview: Story = { args: { moment: 'zone-preview', preview: true, debug: false } };

/** **rage** (`3/1s`): three clicks on the same spot, each within a second of the previous, on a button that does nothing. */
export const SignalRage: Story = {
  name: 'Signal: rage',
  args: { moment: 'zone-rage', debug: false },
  decorators: [note('<code>rage="3/1s"</code>: the play clicks the dead <strong>Apply discount</strong> button three times quickly.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const dead = within(canvasElement).getByRole('button', { name: 'Apply discount' });
    await step('Click the dead button three times quickly', async () => {
      for (let click = 0; click < 3; click++) await userEvent.click(dead);
    });
    await expectAskedFor(el, seen, 'rage');
  },
};

/**
 * **loops** (`3/90s`): the visitor alternates between the same two sections (children marked
 * `data-unstuck-section`) — A, B, A, B, A — or between two pages of a `journey`.
 * (`rage="off"` here only because the simulated clicks all land on the same coordinates.)
 */
export const SignalLoops: Story = {
  name: 'Signal: loops',
  args: { moment: 'zone-loops', rage: 'off', debug: false },
  decorators: [note('<code>loops="3/90s"</code>: the play goes Plans → Questions → Plans → Questions → Plans.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const canvas = within(canvasElement);
    const plans = canvas.getByRole('button', { name: 'Compare plans' });
    const faq = canvas.getByRole('button', { name: 'Read the FAQ' });
    await step('Go back and forth between the two sections', async () => {
      for (const target of [plans, faq, plans, faq, plans]) await userEvent.click(target);
    });
    await expectAskedFor(el, seen, 'loops');
  },
};

/**
 * **idle** (`45s` on a zone, shortened to `3s` here): no activity inside the wrapper for that long,
 * after the visitor engaged once, while the wrapper is on screen and the tab is visible.
 */
export const SignalIdle: Story = {
  name: 'Signal: idle',
  args: { moment: 'zone-idle', idle: '3s', debug: false },
  decorators: [note('<code>idle="3s"</code>: the play clicks once inside, then does nothing. The question appears 3 seconds later.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    await step('Engage once, then wait', async () => {
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Compare plans' }));
    });
    await expectAskedFor(el, seen, 'idle', 8_000);
  },
};

/**
 * **dead-click** (`2/60s`): a click on something that looks interactive after which nothing happens
 * for 2.5 s (no DOM change, navigation, scroll or focus move), twice in a minute.
 */
export const SignalDeadClick: Story = {
  name: 'Signal: dead-click',
  args: { moment: 'zone-dead-click', rage: 'off', debug: true },
  decorators: [note('<code>dead-click="2/60s"</code>: the play clicks the dead <strong>Apply discount</strong> button, waits, and clicks it again.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const dead = within(canvasElement).getByRole('button', { name: 'Apply discount' });
    await step('Click the button that does nothing, twice, three seconds apart', async () => {
      await afterIdle();
      await userEvent.click(dead);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await userEvent.click(dead);
    });
    await expectAskedFor(el, seen, 'dead-click', 8_000);
  },
};

/**
 * **pattern** (`on`: a combined score of 1.5): weak signals adding up. Each signal contributes its
 * fraction of its own threshold; two or more whose fractions reach the score are stuck while each
 * alone is not. Here `pattern="1"` and `idle="6s"`: one dead click (half of `2/60s`) and three
 * seconds of stillness (half of `6s`) add up. The debug overlay shows the combined bar.
 */
export const SignalPattern: Story = {
  name: 'Signal: pattern',
  args: { moment: 'zone-pattern', pattern: '1', idle: '6s', rage: 'off', debug: true },
  decorators: [note('<code>pattern="1"</code>, <code>idle="6s"</code>: the play clicks the dead button once and waits; watch the <code>pattern</code> bar fill.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    await step('One dead click, then stillness', async () => {
      await afterIdle();
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Apply discount' }));
    });
    await expectAskedFor(el, seen, 'pattern', 8_000);
  },
};

/**
 * **exit-intent** (`on`): after engaging and at least 5 s on the page, the pointer leaves the
 * window through the top edge (towards the tabs and address bar); on touch, a fast fling to the
 * very top. In the Storybook UI you can try it for real: click inside, wait 5 s, then move the
 * pointer up out of the canvas. The play asks with `el.ask('exit-intent')`.
 */
export const SignalExitIntent: Story = {
  name: 'Signal: exit-intent',
  args: { moment: 'zone-exit-intent', debug: false },
  decorators: [note('Exit intent needs a real pointer leaving the window: the play calls <code>el.ask(\'exit-intent\')</code>.')],
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    el.ask('exit-intent');
    await expectAskedFor(el, seen, 'exit-intent');
  },
};

/**
 * **tab-away** (off by default, e.g. `3/5m`): the visitor engaged, left the tab and came back N
 * times in the window (comparing prices elsewhere, looking something up). A story cannot switch
 * tabs: the play asks with `el.ask('tab-away')`.
 */
export const SignalTabAway: Story = {
  name: 'Signal: tab-away',
  args: { moment: 'zone-tab-away', 'tab-away': '3/5m', debug: false },
  decorators: [note('<code>tab-away="3/5m"</code> counts returns to this tab; a story cannot switch tabs, so the play calls <code>el.ask(\'tab-away\')</code>.')],
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    el.ask('tab-away');
    await expectAskedFor(el, seen, 'tab-away');
  },
};
