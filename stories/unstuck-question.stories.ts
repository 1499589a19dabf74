import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { badgesOf, choicesOf, waitForQuestion, wrapperIn } from './play.js';
import { element, inPreview, type Args } from './render.js';
import { choice, human, loanChoices, loanForm, type ChoiceSpec } from './story-content.js';

const TAG = 'unstuck-question';

const withChoices = (choices: ChoiceSpec[]) => (args: Args, { id }: { id: string }) =>
  inPreview(id, [loanForm, element(TAG, args, choices.map(choice).join('')), human], args);

/**
 * `<unstuck-question>` renders nothing itself: its wrapper shows it. Each story puts it in an
 * `<unstuck-form preview>`; change the controls and the card is rebuilt.
 */
const meta: Meta<Args> = {
  title: 'Authoring/unstuck-question',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { prompt: "What's making you pause here?" },
  render: withChoices(loanChoices),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'It renders nothing itself: its wrapper shows it, inline after the wrapped content or in a corner. These stories show it inside `<unstuck-form preview>`, which shows the question at once with approval badges and sends and stores nothing. Give several questions different `signals` to ask about a stalled field differently from repeated errors; a question without `signals` answers any.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A prompt and four approved replies. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(choicesOf(el)).toHaveLength(4);
  },
};

/** `signals="field-stall idle"`: asked only when a stalled field or hesitation detected the moment (preview shows it anyway). */
export const ForSomeSignals: Story = { args: { signals: 'field-stall idle', prompt: 'Need a hand with this field?' } };

/** `dismiss-label`: the accessible name of the close button, for other languages or tones. */
export const DismissLabel: Story = {
  args: { 'dismiss-label': 'Close this question' },
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const panel = await waitForQuestion(el);
    await expect(panel.querySelector('.dismiss')?.getAttribute('aria-label')).toBe('Close this question');
  },
};

/** More than 5 usable replies: the first 5 are shown; preview marks the rest “Beyond the first 5 — hidden”. */
export const TooManyChoices: Story = {
  render: withChoices([
    ...loanChoices,
    { value: 'rate', label: 'Not sure about the rate', response: '<p>Your rate is fixed for the whole loan.</p>' },
    { value: 'fees', label: 'Worried about fees', response: '<p>There is no fee to apply or to repay early.</p>' },
  ]),
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(badgesOf(el).at(-1)).toBe('Beyond the first 5 — hidden');
  },
};
