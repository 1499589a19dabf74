import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import desktopDark from '../docs/question-desktop-dark.png';
import desktopLight from '../docs/question-desktop-light.png';
import phoneDark from '../docs/question-phone-dark.png';
import phoneLight from '../docs/question-phone-light.png';
import { argTypesFor } from './manifest.js';
import { panelOf, waitForQuestion, wrapperIn } from './play.js';
import { element, type Args } from './render.js';
import { human, loanForm, loanQuestion, storyConfig } from './story-content.js';

const TAG = 'unstuck-form';

/**
 * Where the question shows (`placement`, docs/accessibility.md): `auto` takes room in the page only
 * right after the visitor's own input; otherwise the card floats near where they are stuck, in the
 * visible area (above an on-screen keyboard), never over the focused field, without taking focus
 * and without moving the page. Each live story focuses the SSN field, then asks.
 */
const meta: Meta<Args> = {
  title: 'Design/Placement',
  component: TAG,
  tags: ['!autodocs'],
  argTypes: argTypesFor(TAG),
  args: { moment: 'placement', idle: 'off', 'field-stall': 'off', placement: 'auto', theme: 'light' },
};
export default meta;

type Story = StoryObj<Args>;

const live = (width: string, dark = false): Story => ({
  args: { moment: `placement-${width}-${dark ? 'dark' : 'light'}`, theme: dark ? 'dark' : 'light' },
  // Dark: the page's own dark theme (its links too), as a site with a dark mode sets it.
  render: (args) => html`${storyConfig}<div class="sb-unstuck-theme" data-theme=${dark ? 'dark' : 'light'} style="max-inline-size:${width}">
    <p>Page content above the form.</p>${element(TAG, args, loanForm + loanQuestion + human)}<p style="block-size:40rem">Page content below the form.</p>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const field = el.querySelector<HTMLInputElement>('[name=ssn]')!;
    field.focus();
    el.ask();
    const panel = await waitForQuestion(el);
    await expect(document.activeElement).toBe(field);
    const [card, control] = [panel.getBoundingClientRect(), field.getBoundingClientRect()];
    await expect(card.bottom <= control.top || card.top >= control.bottom || card.right <= control.left || card.left >= control.right).toBe(true);
    await expect(panelOf(el)).toBeTruthy();
  },
});

/** A desktop page, light. */
export const Desktop: Story = live('1280px');
/** A desktop page, dark. */
export const DesktopDark: Story = live('1280px', true);
/** A phone-width column (390 px), light: the card takes the screen's width, off the field. */
export const Phone: Story = live('390px');
/** A phone-width column, dark. */
export const PhoneDark: Story = live('390px', true);

/** Screenshots from the demo (`node scripts/screenshots.mjs`): 1280×900 and a 390×844 touch phone, light and dark. */
export const Screenshots: Story = {
  render: () => html`<div style="display:grid; gap:1rem; grid-template-columns:repeat(auto-fit, minmax(18rem, 1fr)); align-items:start">
    ${[
      [desktopLight, 'The question at 1280×900, light: next to the Social Security number field, not over it'],
      [desktopDark, 'The same, dark'],
      [phoneLight, 'On a 390×844 phone, light: the full width, above the field'],
      [phoneDark, 'On a phone, dark'],
    ].map(([src, alt]) => html`<figure style="margin:0"><img src=${src} alt=${alt} style="inline-size:100%; border:1px solid #c9d1d9" /><figcaption>${alt}</figcaption></figure>`)}
  </div>`,
};
