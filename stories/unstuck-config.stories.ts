import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { panelOf, pause, recordEvents, waitForNoQuestion, waitForQuestion, type Seen, type Wrapper } from './play.js';
import { element, type Args } from './render.js';
import { human, loanForm, loanQuestion, paymentQuestion, paymentStep } from './story-content.js';

const TAG = 'unstuck-config';

const meta: Meta<Args> = {
  title: 'Authoring/unstuck-config',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { 'max-per-session': '2', gap: '60s' },
  render: (args, { id }) => html`${element(TAG, args)}${element('unstuck-form', { moment: id, preview: true }, loanForm + loanQuestion + human)}`,
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'It renders nothing: put one per page, anywhere (a second one is ignored with a warning). Its attributes take effect at once; the same settings exist in JavaScript as `Unstuck.configure({...})`, with `Unstuck.consent(true)` for your consent banner and `Unstuck.addSink(fn)` for your own analytics. The wrapper below is in `preview` to show what the page settings govern.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The defaults written out: at most 2 questions per visit, 60 s apart. */
export const Default: Story = {};

/** Events to the data layer and GA4, durably to your collector, only after consent. */
export const Delivery: Story = {
  args: { sinks: 'datalayer ga4', endpoint: '/collect', consent: 'required' },
};

const twoWrappers = html`${element(TAG, { 'max-per-session': '1', gap: '0s' })}
  ${element('unstuck-form', { moment: 'config-cap-first' }, loanForm + loanQuestion + human)}
  ${element('unstuck-checkout-step', { moment: 'config-cap-second' }, paymentStep + paymentQuestion + human)}`;

/**
 * `max-per-session="1"` with two wrappers: the first question is shown and dismissed; when the
 * second wrapper detects, it is not asked — its `unstuck-detect` says `suppressed: "cap"`.
 */
export const OneQuestionPerVisit: Story = {
  tags: ['!autodocs'],
  render: () => twoWrappers,
  play: async ({ canvasElement, step }) => {
    const [first, second] = Array.from(canvasElement.querySelectorAll<Wrapper>('unstuck-form, unstuck-checkout-step'));
    const seen: Seen[] = recordEvents(second!);
    await step('The first wrapper asks; the visitor dismisses it', async () => {
      first!.ask();
      const panel = await waitForQuestion(first!);
      await userEvent.click(panel.querySelector<HTMLButtonElement>('.dismiss')!);
      await waitForNoQuestion(first!);
    });
    await step('The second wrapper detects, but the visit’s one question is spent', async () => {
      second!.ask();
      await pause(500);
      await expect(panelOf(second!)).toBeNull();
      await expect(seen.find((event) => event.type === 'unstuck-detect')?.detail.suppressed).toBe('cap');
    });
  },
};
