import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent, within } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { expectAskedFor, pause, recordEvents, wrapperIn } from './play.js';
import { note, wrapper, type Args } from './render.js';
import { human, loanForm, loanQuestion, requiredLoanForm, storyConfig } from './story-content.js';

const TAG = 'unstuck-form';

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-form',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { moment: 'form-playground', 'field-stall': '5s', debug: true },
  render: wrapper(TAG, loanForm + loanQuestion + human, storyConfig),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'Put your own `<form>` inside, untouched. The kit never reads what people type: for `field-churn` it only looks at whether a field is empty.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Click into a field and wait 5 seconds: the field stalls and the question appears. The overlay counts. */
export const Playground: Story = {
  decorators: [note('Click into <strong>Social Security number</strong> and wait 5 seconds without typing.')],
};

/** The question at once, with each reply's approval badge. Nothing is sent or stored. */
export const Preview: Story = { args: { moment: 'form-preview', preview: true, debug: false } };

/** For high-stress moments the way to a person comes first. */
export const HumanFirst: Story = { args: { moment: 'form-human-first', preview: true, debug: false, 'human-first': 'on' } };

/**
 * **field-stall** (`20s`, shortened to `3s` here): a field has focus and gets no input for that
 * long. `idle` is off here so that only the stalled field can ask.
 */
export const SignalFieldStall: Story = {
  name: 'Signal: field-stall',
  args: { moment: 'form-field-stall', 'field-stall': '3s', idle: 'off', debug: false },
  decorators: [note('<code>field-stall="3s"</code>: the play clicks into the Social Security number field and waits.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    await step('Focus the field, then type nothing', async () => {
      await userEvent.click(within(canvasElement).getByLabelText('Social Security number'));
    });
    await expectAskedFor(el, seen, 'field-stall', 8_000);
  },
};

/**
 * **field-churn** (`3/5m`): the same field emptied and refilled three times. Only emptiness is
 * observed, never the value. The question waits for a 1.5 s pause in typing.
 */
export const SignalFieldChurn: Story = {
  name: 'Signal: field-churn',
  args: { moment: 'form-field-churn', 'field-stall': 'off', debug: false },
  decorators: [note('<code>field-churn="3/5m"</code>: the play types a name, clears it and types it again, three times.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const name = within(canvasElement).getByLabelText('Full name');
    await step('Fill, empty and refill the same field', async () => {
      await userEvent.type(name, 'Ana');
      for (let round = 0; round < 3; round++) {
        await userEvent.clear(name);
        await userEvent.type(name, 'Ana');
      }
    });
    await expectAskedFor(el, seen, 'field-churn', 8_000);
  },
};

/**
 * **errors** (`2/60s`): validation failures — `invalid` events, `aria-invalid="true"` or an
 * element marked `data-unstuck-error` appearing — twice within a minute. The play submits the
 * form with its required fields empty, twice.
 */
export const SignalErrors: Story = {
  name: 'Signal: errors',
  args: { moment: 'form-errors', 'field-stall': 'off', debug: false },
  render: wrapper(TAG, requiredLoanForm + loanQuestion + human, storyConfig),
  decorators: [note('<code>errors="2/60s"</code>: the play presses <strong>Continue</strong> twice with required fields empty.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const submit = within(canvasElement).getByRole('button', { name: 'Continue' });
    await step('Submit the empty form twice', async () => {
      await userEvent.click(submit);
      await pause(400); // two attempts, not one
      await userEvent.click(submit);
    });
    await expectAskedFor(el, seen, 'errors');
  },
};
