import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { argTypesFor, describeComponent } from './manifest.js';
import { humanOf, waitForQuestion, warningsOf, wrapperIn } from './play.js';
import { element, inPreview, type Args } from './render.js';
import { human, loanForm, loanQuestion, question, loanChoices } from './story-content.js';

const TAG = 'unstuck-human';

const contact = '<template><p><a href="tel:+18005550100">Call 800 555 0100</a> (8am–8pm ET) or <a href="#callback">request a callback</a>.</p></template>';

const meta: Meta<Args> = {
  title: 'Authoring/unstuck-human',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { label: 'Talk to a person' },
  render: (args, { id }) => inPreview(id, [loanForm, loanQuestion, element(TAG, args, contact)], args),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'It renders nothing itself: its wrapper shows it with the question and with every response. The contact options come from its `<template>` and are cloned into the page, so your links keep your site’s styles. Any link or button used inside counts as an escalation.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Under the replies, with its heading (`label`). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(humanOf(el)).toHaveTextContent('Call 800 555 0100');
  },
};

/** Another heading. */
export const CustomLabel: Story = { args: { label: 'Prefer to talk it through?' } };

/** An `<unstuck-human>` inside a question replaces the wrapper's own for that question (a specialist team, say). */
export const PerQuestion: Story = {
  render: (args, { id }) =>
    inPreview(
      id,
      [
        loanForm,
        question("What's making you pause here?", loanChoices).replace(
          '</unstuck-question>',
          `<unstuck-human label="${String(args.label)}"><template><p><a href="tel:+18005550199">Identity team: 800 555 0199</a></p></template></unstuck-human></unstuck-question>`,
        ),
        human,
      ],
      args,
    ),
  args: { label: 'Talk to our identity team' },
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(humanOf(el)).toHaveTextContent('Identity team');
  },
};

/** Without a way to a person, preview warns: every question needs one. */
export const Missing: Story = {
  render: (_args, { id }) => inPreview(id, [loanForm, loanQuestion]),
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(warningsOf(el)).toContain('No way to a person: add <unstuck-human> with a <template>.');
  },
};
