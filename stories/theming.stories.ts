import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import { argTypesFor } from './manifest.js';
import { waitForQuestion, wrapperIn } from './play.js';
import { element, wrapper, type Args } from './render.js';
import { human, loanForm, loanQuestion } from './story-content.js';

const TAG = 'unstuck-form';

/** A brand theme: tokens on the wrapper, finer changes through `::part`. Copy and adapt. */
const brandCss = `
.brand-theme unstuck-form {
  --unstuck-font: 1rem/1.5 Georgia, 'Times New Roman', serif;
  --unstuck-color-surface: #fff8f0;
  --unstuck-color-text: #3b2314;
  --unstuck-color-muted: #6b4a36;
  --unstuck-color-accent: #b3412a;
  --unstuck-color-accent-text: #ffffff;
  --unstuck-color-border: #e8c9b0;
  --unstuck-color-warning: #8a3b00;
  --unstuck-radius: 1rem;
  --unstuck-space: 1rem;
  --unstuck-shadow: 0 0.5rem 1.5rem rgb(59 35 20 / 0.15);
  --unstuck-max-width: 30rem;
}
.brand-theme unstuck-form::part(panel) {
  border-width: 2px;
  box-shadow: var(--unstuck-shadow);
}
.brand-theme unstuck-form::part(prompt) {
  font-size: 1.25rem;
}
.brand-theme unstuck-form::part(choice) {
  border-radius: 999px;
  font-weight: 600;
}
.brand-theme unstuck-form::part(human) {
  padding: 0.75rem 1rem;
  border: 0;
  border-radius: 0.75rem;
  background: #fdebd8;
}
/* Responses and the way to a person are your own markup, in the page: style them as usual. */
.brand-theme [data-unstuck-clone] a {
  color: #9c3520;
}`;


const meta: Meta<Args> = {
  title: 'Design/Theming',
  component: TAG,
  tags: ['!autodocs'],
  argTypes: argTypesFor(TAG),
  args: { moment: 'theming', idle: 'off', 'field-stall': 'off' },
};
export default meta;

type Story = StoryObj<Args>;

/** The brand theme above, on a question as visitors see it (the play asks with `el.ask()`). */
export const BrandTheme: Story = {
  args: { moment: 'theming-brand' },
  render: (args) => html`${unsafeHTML(`<style>${brandCss}</style>`)}
    <div class="brand-theme">${element(TAG, args, loanForm + loanQuestion + human)}</div>`,
  parameters: { docs: { story: { autoplay: true }, source: { code: `<style>${brandCss}\n</style>\n<div class="brand-theme">\n  <unstuck-form moment="loan-ssn">…</unstuck-form>\n</div>` } } },
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    el.ask();
    const panel = await waitForQuestion(el);
    await expect(getComputedStyle(panel).backgroundColor).toBe('rgb(255, 248, 240)');
  },
};

/**
 * Every custom property as a control (colour pickers for the colours), on a card in `preview`:
 * the story sets them in the wrapper's `style`.
 */
export const Tokens: Story = {
  args: {
    moment: 'theming-tokens',
    preview: true,
    '--unstuck-color-accent': '#6f42c1',
    '--unstuck-radius': '0.25rem',
  },
  render: wrapper(TAG, loanForm + loanQuestion + human),
};
