import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesFor, describeComponent } from './manifest.js';
import { afterIdle, expectAskedFor, pause, recordEvents, wrapperIn } from './play.js';
import { note, wrapper, type Args } from './render.js';
import { human, paymentQuestion, paymentStep, storyConfig } from './story-content.js';

const TAG = 'unstuck-checkout-step';

const meta: Meta<Args> = {
  title: 'Wrappers/unstuck-checkout-step',
  component: TAG,
  argTypes: argTypesFor(TAG),
  args: { moment: 'checkout-playground', journey: 'shop', step: 'payment', debug: true },
  render: wrapper(TAG, paymentStep + paymentQuestion + human, storyConfig),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'Give every step of the checkout the same `journey` and its own `step`. Mark links back to earlier steps with `data-unstuck-back` and the errors your page shows with `data-unstuck-error` (errors shown on a reloaded page count too).',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The payment step with the debug overlay. */
export const Playground: Story = {};

/** The question at once, with each reply's approval badge. */
export const Preview: Story = { args: { moment: 'checkout-preview', preview: true, debug: false } };

/**
 * **errors** (`2/60s`): the page shows an error marked `data-unstuck-error` twice within a minute
 * (a declined card, a rejected promo code). The play inserts
 * `<p data-unstuck-error role="alert">Your card was declined.</p>` twice, as a payment page would.
 */
export const SignalErrors: Story = {
  name: 'Signal: errors',
  args: { moment: 'checkout-errors', debug: false },
  decorators: [note('<code>errors="2/60s"</code>: the play shows “Your card was declined.” twice, marked <code>data-unstuck-error</code>.')],
  play: async ({ canvasElement, step }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    const errors = canvasElement.querySelector('.demo-errors')!;
    const decline = () => {
      errors.innerHTML = '<p data-unstuck-error role="alert">Your card was declined.</p>';
    };
    await step('The card is declined twice', async () => {
      // The page's observers listen from its first idle time, or from the visitor's first contact
      // (a real decline follows a click on Pay): an error shown and gone before either is not seen.
      await afterIdle();
      decline();
      await pause(400);
      errors.innerHTML = '';
      decline();
    });
    await expectAskedFor(el, seen, 'errors');
  },
};

/**
 * **round-trips** (`2/5m`): the visitor goes back to an earlier step of the same `journey` (a link
 * marked `data-unstuck-back`, the browser's back button, or a page with an earlier `step`) and
 * returns, twice in five minutes — the cart ⇄ checkout loop. It spans pages, so a single story
 * cannot show it: the play asks with `el.ask('round-trips')`. See it for real in `npm start`
 * (demo/cart.html ⇄ demo/payment.html).
 */
export const SignalRoundTrips: Story = {
  name: 'Signal: round-trips',
  args: { moment: 'checkout-round-trips', debug: false },
  decorators: [note('Round trips span pages (cart ⇄ payment): the play calls <code>el.ask(\'round-trips\')</code>.')],
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const seen = recordEvents(el);
    el.ask('round-trips');
    await expectAskedFor(el, seen, 'round-trips');
  },
};
