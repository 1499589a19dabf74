import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { human, loanQuestion } from './story-content.js';

interface Args {
  moment: string;
  rage: string;
  loops: string;
  preview: boolean;
  debug: boolean;
}

const content = `
  <div data-unstuck-section="plans"><button type="button">Plans</button></div>
  <div data-unstuck-section="faq"><button type="button">FAQ</button></div>
  <button type="button">A button that does nothing</button>`;

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-zone',
  component: 'unstuck-zone',
  args: { moment: 'zone-demo', rage: '3/1s', loops: '3/90s', preview: false, debug: true },
  render: (args) => html`<unstuck-zone moment=${args.moment} rage=${args.rage} loops=${args.loops} ?preview=${args.preview} ?debug=${args.debug}
    >${unsafeHTML(content + loanQuestion + human)}</unstuck-zone
  >`,
};
export default meta;

type Story = StoryObj<Args>;

/** Click the dead button three times quickly (rage), or go Plans → FAQ → Plans → FAQ → Plans (loops). */
export const Watching: Story = {};

/** The question at once, with approval badges. */
export const Preview: Story = { args: { preview: true, debug: false } };
