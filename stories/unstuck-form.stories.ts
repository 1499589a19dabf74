import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html } from 'lit';
import { human, loanForm, loanQuestion } from './story-content.js';

interface Args {
  moment: string;
  'field-stall': string;
  idle: string;
  preview: boolean;
  debug: boolean;
  placement: 'inline' | 'corner';
  'human-first': boolean;
}

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-form',
  component: 'unstuck-form',
  args: { moment: 'loan-ssn', 'field-stall': '5s', idle: '30s', preview: false, debug: true, placement: 'inline', 'human-first': false },
  render: (args) => html`<unstuck-form
    moment=${args.moment}
    field-stall=${args['field-stall']}
    idle=${args.idle}
    placement=${args.placement}
    ?preview=${args.preview}
    ?debug=${args.debug}
    ?human-first=${args['human-first']}
    >${unsafeHTML(loanForm + loanQuestion + human)}</unstuck-form
  >`,
};
export default meta;

type Story = StoryObj<Args>;

/** Click into a field and wait 5 seconds: the field stalls and the question appears. */
export const FieldStall: Story = {};

/** The question at once, with each choice's approval badge. Nothing is sent or stored. */
export const Preview: Story = { args: { preview: true, debug: false } };

/** For high-stress moments the way to a person comes first. */
export const HumanFirst: Story = { args: { preview: true, debug: false, 'human-first': true } };
