/** Stuck visitors: each must be asked, on the expected signal (docs/detection.md). */
import { sendMouse } from '@web/test-runner-commands';
import { resetMemoryStorage } from '../../src/internal/storage.js';
import { CANCEL, CART, CATALOGUE, LOAN, PAYMENT, PRICING, SEARCH, TALL } from './pages.js';
import type { Persona } from './visitor.js';

export const STUCK: Persona[] = [

  {
    name: 'plan ditherer',
    stuck: true,
    signal: 'dither',
    async run(v) {
      await v.visit(PRICING);
      for (const plan of ['basic', 'plus', 'basic', 'plus', 'basic', 'plus']) {
        await v.click(`[data-unstuck-option="${plan}"] h3`);
        await v.wait(6_000);
      }
    },
  },
  {
    name: 'section looper (FAQ ⇄ compare)',
    realTime: true,
    stuck: true,
    signal: 'loops',
    async run(v) {
      await v.visit(PRICING);
      for (const section of ['.faq', '.compare', '.faq', '.compare', '.faq']) {
        await v.click(section);
        await v.wait(4_000);
      }
    },
  },
  {
    name: 'cart ⇄ checkout looper',
    stuck: true,
    signal: 'round-trips',
    async run(v) {
      await v.visit(CART);
      await v.wait(20_000);
      await v.leave();
      for (let trip = 0; trip < 2; trip++) {
        await v.visit(PAYMENT);
        await v.wait(40_000);
        await v.click('.edit-cart');
        await v.leave();
        await v.visit(CART);
        await v.wait(40_000);
        await v.leave();
      }
      await v.visit(PAYMENT);
    },
  },
  {
    name: 'rage clicker on a dead button',
    realTime: true,
    stuck: true,
    signal: 'rage',
    async run(v) {
      await v.visit(CATALOGUE);
      for (let i = 0; i < 4; i++) {
        await v.click('.dead-apply');
        await v.wait(250);
      }
    },
  },
  {
    name: 'card declined twice',
    stuck: true,
    signal: 'errors',
    async run(v) {
      await v.visit(PAYMENT);
      await v.click('.card');
      await v.type('4000 0000 0000 0002');
      await v.click('.pay-now');
      await v.wait(8_000);
      await v.click('.pay-now');
    },
  },
  {
    name: 'form filler stalled on the sensitive field',
    stuck: true,
    signal: 'field-stall',
    async run(v) {
      await v.visit(LOAN);
      await v.click('.name');
      await v.type('Ada Lovelace');
      await v.wait(1_500);
      await v.click('.ssn');
      await v.wait(25_000);
    },
  },
  {
    name: 'searcher with zero results twice',
    stuck: true,
    signal: 'failed-searches',
    async run(v) {
      await v.visit(SEARCH);
      for (const query of ['warranty', 'guarantee']) {
        await v.click('.q');
        await v.type(query);
        await v.press('Enter');
        await v.wait(10_000);
        (v.root().querySelector('.q') as HTMLInputElement).select();
        await v.press('Backspace');
      }
    },
  },
  {
    name: 'exit-intent leaver',
    stuck: true,
    signal: 'exit-intent',
    async run(v) {
      await v.visit(CATALOGUE);
      await v.click('.plus');
      await v.wait(8_000);
      await sendMouse({ type: 'move', position: [300, 10] });
      await sendMouse({ type: 'move', position: [300, -20] });
    },
  },
  {
    name: 'returning canceller',
    stuck: true,
    signal: 'returns',
    async run(v) {
      await v.visit(CANCEL);
      await v.wait(15_000);
      await v.leave();
      await v.wait(2 * 86_400_000);
      sessionStorage.clear(); // a new visit, days later
      resetMemoryStorage();
      await v.visit(CANCEL);
    },
  },
  {
    name: 'hesitant shopper (a minute without a move)',
    stuck: true,
    signal: 'idle',
    async run(v) {
      await v.visit(PRICING);
      await v.click('[data-unstuck-option="pro"] p');
      await v.wait(60_000);
    },
  },
  {
    name: 'hover-only hesitation: back from Help, reads the plans with the pointer resting, never clicks',
    stuck: true,
    signal: 'idle',
    async run(v) {
      await v.visit(PRICING);
      await v.hover('[data-unstuck-option="plus"] p');
      await v.wait(2_000);
      await v.hover('[data-unstuck-option="pro"] p');
      await v.wait(60_000);
    },
  },
  {
    name: "the seed's example, scaled to the defaults: hesitates, checks the FAQ, scrolls back up over the plans, rests (no signal alone would ask)",
    stuck: true,
    signal: 'pattern',
    async run(v) {
      await v.visit(`${PRICING}${TALL}`);
      await v.click('[data-unstuck-option="plus"] p');
      await v.wait(30_000); // two thirds of idle, then off to the FAQ
      await v.helpPage(20_000); // one help visit: half of help-visit's 2
      await v.visit(`${PRICING}${TALL}`);
      await v.hover('[data-unstuck-option="pro"] p');
      await v.scroll(2_000); // down past the plans …
      await v.wait(4_000);
      await v.scroll(-2_000); // … and back up over them: half of scroll-back's 2
      await v.hover('[data-unstuck-option="pro"] p');
      await v.wait(40_000); // stillness adds the rest: asked after 22.5 s, long before idle's 45 s
    },
  },
  {
    name: 'dead clicks: "Apply discount" does nothing, tried again five seconds later',
    stuck: true,
    signal: 'dead-click',
    async run(v) {
      await v.visit(CATALOGUE);
      await v.click('.dead-apply');
      await v.wait(5_000);
      await v.click('.dead-apply');
      await v.wait(5_000);
    },
  },
  {
    name: 'touch-screen visitor tapping a button that does nothing, twice',
    realTime: true,
    stuck: true,
    signal: 'dead-click',
    async run(v) {
      await v.visit(CATALOGUE);
      await v.tap('.dead-apply');
      await v.wait(6_000);
      await v.tap('.dead-apply');
      await v.wait(5_000);
    },
  },
  {
    name: 'thrashing the pointer over the plans, twice',
    stuck: true,
    signal: 'thrash',
    async run(v) {
      await v.visit(PRICING);
      await v.hover('[data-unstuck-option="plus"] p');
      await v.shake('[data-unstuck-option="plus"]', 12);
      await v.wait(4_000);
      await v.shake('[data-unstuck-option="plus"]', 12);
      await v.wait(1_000);
    },
  },
  {
    name: 'quick backs: leaves the payment step and is back within seconds, twice',
    stuck: true,
    signal: 'quick-back',
    async run(v) {
      await v.visit(PAYMENT);
      await v.wait(3_000);
      await v.leave();
      await v.wait(4_000);
      await v.visit(PAYMENT);
      await v.wait(3_000);
      await v.leave();
      await v.wait(6_000);
      await v.visit(PAYMENT);
    },
  },
  {
    name: 'help visits: goes to the help pages twice while choosing a plan',
    stuck: true,
    signal: 'help-visit',
    async run(v) {
      await v.visit(PRICING);
      await v.click('[data-unstuck-option="plus"] p');
      await v.wait(5_000);
      await v.helpPage(15_000);
      await v.visit(PRICING);
      await v.wait(10_000);
      await v.helpPage(15_000);
      await v.visit(PRICING);
    },
  },
];
