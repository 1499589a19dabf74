import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { expectAskedFor, recordEvents, wrapperIn } from './play.js';
import { note, wrapper, type Args } from './render.js';
import { cancelFlow, cancelQuestion, human, storyConfig } from './story-content.js';

const TAG = 'unstuck-cancel';

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-cancel',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { moment: 'cancel-playground', goal: '.keep-plan', debug: true },
  render: wrapper(TAG, cancelFlow + cancelQuestion + human, storyConfig),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'Mark the final cancel control with `data-unstuck-confirm`: no question appears while the visitor is on it, and the kit never hides or delays it. Which click counts as the goal (keeping the plan, or finishing the cancellation) is your choice: set `goal`.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The cancel flow with the debug overlay: `returns` counts this visit. */
export const Playground: Story = {};

/** The question at once: the way to a person comes first (`human-first` is on for cancel flows). */
export const Preview: Story = { args: { moment: 'cancel-preview', preview: true, debug: false } };

/** `human-first="off"`: the way to a person goes back under the replies. */
export const HumanFirstOff: Story = { args: { moment: 'cancel-human-first-off', preview: true, debug: false, 'human-first': 'off' } };

/**
 * **returns** (`2/30d`): the visitor comes back to the cancel flow on a second visit (one count
 * per session, kept in localStorage), so the question is asked on the return visit. Each story
 * here starts from a first visit, so the play asks with `el.ask('returns')`. See it for real in
 * `npm start` (demo/account.html, in two sessions).
 */
export const SignalReturns: Story = {
  name: 'Signal: returns',
  args: { moment: 'cancel-returns', debug: false },
  decorators: [note('Returns count visits across sessions: the play calls <code>el.ask(\'returns\')</code>. The way to a person comes first.')],
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    el.ask('returns');
    const panel = await expectAskedFor(el, seen, 'returns');
    await expect(panel.classList.contains('human-first'), 'the way to a person comes first').toBe(true);
  },
};
