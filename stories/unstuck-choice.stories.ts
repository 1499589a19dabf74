import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { badgesOf, choiceButton, responseOf, waitForQuestion, wrapperIn } from './play.js';
import { element, inPreview, type Args } from './render.js';
import { choice, human, loanChoices, loanForm } from './story-content.js';

const TAG = 'unstuck-choice';

/** The reply under test comes first; two approved replies follow so the question stays askable. */
const render = (args: Args, { id }: { id: string }) =>
  inPreview(
    id,
    [
      loanForm,
      element('unstuck-question', { prompt: "What's making you pause here?" }, [
        element(TAG, args, `<template><p>${String(args.response ?? '')}</p></template>`),
        loanChoices.slice(1, 3).map(choice).join(''),
      ]),
      human,
    ],
    args,
  );

const meta: Meta<Args> = {
  title: 'Authoring/unstuck-choice',
  component: TAG,
  argTypes: {
    ...argTypesFor(TAG),
    response: { control: 'text', description: 'Story only: the text of the approved response in the choice’s `<template>`.', table: { category: 'story' } },
  },
  args: {
    value: 'why',
    label: 'Not sure why this is needed',
    'approved-by': 'Legal · R. Diaz',
    'approved-on': '2026-10-01',
    'expires-on': '2027-04-01',
    response: 'Lenders are required by federal law to verify your identity before offering credit.',
  },
  render,
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'It renders nothing itself. A choice is shown to visitors only with `approved-by` and `approved-on` (YYYY-MM-DD), and not after its `expires-on`; these stories show it in `<unstuck-form preview>`, where every choice is shown with a badge that says whether production would show it.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Approved, with an expiry: the badge names the approver, the date and the expiry. Take it to see the response. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(badgesOf(el)[0]).toBe('Approved by Legal · R. Diaz on 2026-10-01 · until 2027-04-01');
  },
};

/** Without `approved-by`/`approved-on` the choice is hidden in production; preview says so. */
export const NotApproved: Story = {
  args: { 'approved-by': '', 'approved-on': '' },
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(badgesOf(el)[0]).toBe('Not approved — hidden in production');
  },
};

/** Past its `expires-on`, the choice is hidden from the day after; preview says so. */
export const Expired: Story = {
  args: { 'expires-on': '2026-06-30' },
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(badgesOf(el)[0]).toBe('Expired 2026-06-30 — hidden in production');
  },
};

/** `escalate`: this reply is itself the way to a person; taking it counts as an escalation. */
export const Escalate: Story = {
  args: { value: 'person', label: 'I’d rather talk to someone', escalate: true, 'expires-on': '', response: 'Of course: call us or ask for a callback below.' },
};

/** Taking a reply in preview shows its approved response (cloned into the page, styled by the site's CSS). */
export const TakeIt: Story = {
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await userEvent.click(choiceButton(el, 'Not sure why this is needed'));
    await expect(responseOf(el)).toHaveTextContent('required by federal law');
  },
};
