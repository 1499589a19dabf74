/** Calm visitors, many of them look-alikes of a stuck one: none may be asked (docs/detection.md). */
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { centre, multiClick, wheel } from '../helpers.js';
import { CART, CATALOGUE, LOAN, PAYMENT, PRICING, TALL } from './pages.js';
import type { Persona } from './visitor.js';

export const CALM: Persona[] = [
  {
    name: 'pointer that only passes over the plans on its way to the menu, then reads elsewhere',
    stuck: false,
    async run(v) {
      await v.visit(PRICING);
      await v.hover('[data-unstuck-option="basic"] p');
      await v.pointerAway();
      await v.wait(90_000);
    },
  },
  {
    name: 'confident buyer',
    stuck: false,
    async run(v) {
      await v.visit(PRICING);
      await v.wait(4_000);
      await v.click('.choose-plus');
      await v.leave();
      await v.visit(CART);
      await v.wait(3_000);
      await v.click('.to-payment');
      await v.leave();
      await v.visit(PAYMENT);
      await v.click('.card');
      await v.type('4242 4242 4242 4242');
      await v.click('.pay-now');
      await v.wait(5_000);
      await v.leave();
    },
  },
  {
    name: 'thinker who pauses once',
    stuck: false,
    async run(v) {
      await v.visit(LOAN);
      await v.click('.name');
      await v.type('Grace Hopper');
      await v.wait(18_000);
      await v.click('.ssn');
      await v.type('123-45-6789');
      await v.click('.apply');
      await v.wait(10_000);
    },
  },
  {
    name: 'comparison shopper who checks two plans once',
    stuck: false,
    async run(v) {
      await v.visit(PRICING);
      await v.click('[data-unstuck-option="basic"] h3');
      await v.wait(8_000);
      await v.click('[data-unstuck-option="plus"] h3');
      await v.wait(8_000);
      await v.click('.choose-plus');
      await v.wait(20_000);
    },
  },
  {
    name: 'double/triple-click to select text',
    stuck: false,
    async run(v) {
      await v.visit(CATALOGUE);
      await multiClick(v.root().querySelector('.para')!, 2);
      await v.wait(2_000);
      await multiClick(v.root().querySelector('.para2')!, 3);
      await v.wait(2_000);
      await multiClick(v.root().querySelector('.para')!, 3);
      await v.wait(5_000);
    },
  },
  {
    name: 'number stepper',
    realTime: true,
    stuck: false,
    async run(v) {
      await v.visit(CATALOGUE);
      for (let i = 0; i < 6; i++) await v.click('.plus');
      await v.leave();
      await v.visit(LOAN);
      const amount = v.root().querySelector('.amount')!;
      const box = amount.getBoundingClientRect();
      for (let i = 0; i < 5; i++) await sendMouse({ type: 'click', position: [Math.round(box.right - 6), Math.round(box.top + 4)] });
      await v.wait(5_000);
    },
  },
  {
    name: 'pagination clicks',
    realTime: true,
    stuck: false,
    async run(v) {
      await v.visit(CATALOGUE);
      for (let i = 0; i < 5; i++) {
        await v.click('.next-page');
        await v.wait(300);
      }
      await v.wait(5_000);
    },
  },
  {
    name: 'copying text',
    stuck: false,
    async run(v) {
      await v.visit(CATALOGUE);
      for (const selector of ['.para', '.para2']) {
        const box = v.root().querySelector(selector)!.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + 6)] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [Math.round(box.left + 200), Math.round(box.top + 8)] });
        await sendMouse({ type: 'up' });
        await sendKeys({ down: 'Control' });
        await sendKeys({ press: 'c' });
        await sendKeys({ up: 'Control' });
        await v.wait(3_000);
      }
    },
  },
  {
    name: 'fast typist',
    stuck: false,
    async run(v) {
      await v.visit(LOAN);
      await v.click('.name');
      await v.type('Katherine Johnson');
      await v.press('Tab');
      await v.type('987-65-4321');
      await v.press('Enter');
      await v.wait(10_000);
    },
  },
  {
    name: 'keyboard-only visitor',
    stuck: false,
    async run(v) {
      await v.visit(LOAN);
      (v.root().querySelector('.name') as HTMLElement).focus();
      await v.type('Dorothy Vaughan');
      await v.wait(2_000);
      await v.press('Tab');
      await v.type('111-22-3333');
      await v.press('Tab');
      await v.press('ArrowUp');
      await v.press('Tab');
      await v.press('Enter');
      await v.wait(10_000);
    },
  },
  {
    name: 'screen-magnifier user scrolling a lot',
    stuck: false,
    async run(v) {
      await setViewport({ width: 320, height: 480 }); // 400 % zoom of a 1280 px page
      await v.visit(`${PRICING}<div style="height: 1600px"></div>`);
      const [x, y] = centre(v.root().querySelector('.plans')!);
      for (let i = 0; i < 24; i++) {
        await wheel(i % 6 < 3 ? 120 : -120, [Math.min(x, 300), Math.min(y, 460)]);
        await v.wait(1_500);
      }
      await setViewport({ width: 800, height: 600 });
    },
  },
  {
    name: 'fast carousel clicker whose clicks change the content',
    realTime: true,
    stuck: false,
    async run(v) {
      await v.visit(CATALOGUE);
      for (let i = 0; i < 8; i++) {
        await v.click('.next-page');
        await v.wait(i % 2 ? 3_000 : 700);
      }
      await v.wait(5_000);
    },
  },
  {
    name: 'opens "Delivery details" (a dialog outside the wrapper) three times',
    realTime: true,
    stuck: false,
    async run(v) {
      await v.visit(CATALOGUE);
      for (let i = 0; i < 3; i++) {
        await v.click('.details');
        await v.wait(6_000);
      }
    },
  },
  {
    name: 'smooth pointer sweeps across the plans while comparing',
    stuck: false,
    async run(v) {
      await v.visit(PRICING);
      await v.sweep('.plans', 6);
      await v.wait(5_000);
      await v.sweep('.plans', 4);
      await v.click('.choose-pro');
      await v.wait(5_000);
    },
  },
  {
    name: 'slow reader of a long pricing page (a notch of the wheel every 20 s, one look back up)',
    stuck: false,
    async run(v) {
      await v.visit(`${PRICING}${TALL}`);
      await v.hover('.article .para');
      for (let i = 0; i < 8; i++) {
        await v.scroll(i === 5 ? -240 : 120);
        await v.wait(20_000);
      }
    },
  },
  {
    name: 'checks the FAQ once, comes back, reads and decides',
    stuck: false,
    async run(v) {
      await v.visit(PRICING);
      await v.click('[data-unstuck-option="plus"] p');
      await v.wait(10_000);
      await v.helpPage(20_000);
      await v.visit(PRICING);
      await v.hover('[data-unstuck-option="plus"] p');
      await v.wait(25_000);
      await v.click('.choose-plus');
      await v.wait(10_000);
    },
  },
  {
    name: 'touch-screen visitor: taps the plans and a section, then Choose',
    stuck: false,
    async run(v) {
      await v.visit(`${PRICING}${TALL}`);
      await v.tap('[data-unstuck-option="basic"] h3');
      await v.wait(5_000);
      await v.tap('[data-unstuck-option="plus"] h3');
      await v.wait(8_000);
      await v.tap('.faq');
      await v.wait(6_000);
      await v.tap('.choose-plus');
      await v.wait(5_000);
    },
  },
  {
    name: 'goes back once to check the cart, returns at once and pays',
    stuck: false,
    async run(v) {
      await v.visit(PAYMENT);
      await v.wait(4_000);
      await v.leave();
      await v.wait(5_000);
      await v.visit(PAYMENT);
      await v.click('.card');
      await v.type('4242 4242 4242 4242');
      await v.click('.pay-now');
      await v.wait(5_000);
    },
  },
];
