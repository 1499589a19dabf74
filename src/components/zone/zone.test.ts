import { expect, fixture } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../unstuck.js';
import { clickOn, frames, HUMAN_MARKUP, multiClick, panelOf, questionMarkup, settle, touchSwipeDown, touchTap, useKitTest, pageIdle } from '../../../test/helpers.js';
import type { UnstuckZone } from './zone.js';

const CONTENT = `
  <div data-unstuck-section="plans"><button type="button" class="plans">Plans</button></div>
  <div data-unstuck-section="faq"><button type="button" class="faq">FAQ</button></div>
  <p class="text">Compare the plans below and pick the one that suits you best.</p>
  <button type="button" class="dead">Pay now</button>
  <div class="dead-div" style="cursor: pointer">Continue</div>
  <button type="button" class="stepper" data-unstuck-repeatable>+</button>
  <a href="#next" data-unstuck-goal class="next">Next step</a>`;

async function zone(attributes = '') {
  return fixture<UnstuckZone>(`<unstuck-zone moment="plans" ${attributes}>${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
}


describe('<unstuck-zone>', () => {
  const kit = useKitTest();

  describe('rage', () => {
    it('fires on three quick clicks on a dead button', async () => {
      const element = await zone();
      const dead = element.querySelector('.dead')!;
      for (let i = 0; i < 3; i++) {
        await clickOn(dead);
        await kit.clock.tickAsync(200);
      }
      await settle();
      expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('rage');
      await element.updateComplete;
      expect(panelOf(element)).to.exist;
    });

    it('fires on a dead element that looks clickable even when the clicks select its text', async () => {
      const element = await zone();
      const dead = element.querySelector('.dead-div')!;
      await multiClick(dead, 3);
      expect(document.getSelection()?.isCollapsed, 'label got selected').to.be.false;
      await settle();
      expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('rage');
    });

    it('ignores a double- or triple-click that selects text', async () => {
      const element = await zone();
      const text = element.querySelector('.text')!;
      await multiClick(text, 2);
      await kit.clock.tickAsync(2_000);
      await multiClick(text, 3);
      expect(document.getSelection()?.isCollapsed, 'text got selected').to.be.false;
      await settle();
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    });

    it('ignores steppers and number fields', async () => {
      const element = await fixture<UnstuckZone>(
        `<unstuck-zone moment="qty">${CONTENT}<input type="number" class="qty" value="1">${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`,
      );
      for (let i = 0; i < 5; i++) await clickOn(element.querySelector('.stepper')!);
      const qty = element.querySelector('.qty')!;
      const box = qty.getBoundingClientRect();
      // The spin button sits at the right edge of the number field.
      for (let i = 0; i < 5; i++) await sendMouse({ type: 'click', position: [Math.round(box.right - 6), Math.round(box.top + 4)] });
      await settle();
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    });

    it('ignores clicks spread apart (pagination)', async () => {
      const element = await zone();
      await clickOn(element.querySelector('.plans')!);
      await clickOn(element.querySelector('.dead')!);
      await clickOn(element.querySelector('.plans')!);
      await settle();
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    });
  });

  describe('loops', () => {
    it('fires when the visitor goes back and forth between two sections', async () => {
      // The section buttons here do nothing visible: dead clicks would speak first.
      const element = await zone('dead-click="off"');
      const plans = element.querySelector('.plans')!;
      const faq = element.querySelector('.faq')!;
      for (const target of [plans, faq, plans, faq]) {
        await clickOn(target);
        await kit.clock.tickAsync(3_000);
      }
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
      await clickOn(plans);
      await settle();
      expect(kit.recorder.of('unstuck-detect')[0]?.detail).to.include({ signal: 'loops' });
    });

    it('fires when the journey trail shows the same two pages alternated', async () => {
      sessionStorage.setItem(
        'unstuck:trail:shop',
        JSON.stringify([
          { step: 'cart', at: Date.now() - 40_000 },
          { step: 'checkout', at: Date.now() - 30_000 },
          { step: 'cart', at: Date.now() - 20_000 },
          { step: 'checkout', at: Date.now() - 10_000 },
        ]),
      );
      await fixture(`<unstuck-zone moment="cart" journey="shop" step="cart">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
      await pageIdle();
      await settle();
      expect(kit.recorder.of('unstuck-detect')[0]?.detail).to.include({ signal: 'loops', journey: 'shop', step: 'cart' });
      const trail = JSON.parse(sessionStorage.getItem('unstuck:trail:shop')!);
      expect(trail.map((entry: { step: string }) => entry.step)).to.deep.equal(['cart', 'checkout', 'cart', 'checkout', 'cart']);
    });
  });

  describe('idle', () => {
    it('counts only after the visitor engaged, and fires after the idle time', async () => {
      const element = await zone('idle="45s"');
      await kit.clock.tickAsync(120_000);
      expect(kit.recorder.of('unstuck-detect'), 'not engaged yet').to.have.length(0);
      await clickOn(element.querySelector('.plans')!);
      await kit.clock.tickAsync(44_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
      await kit.clock.tickAsync(1_000);
      expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('idle');
    });

    it('restarts on activity', async () => {
      const element = await zone('idle="45s"');
      await clickOn(element.querySelector('.plans')!);
      await kit.clock.tickAsync(30_000);
      await sendMouse({ type: 'move', position: [5, 5] });
      await sendMouse({ type: 'move', position: [40, 30] });
      await kit.clock.tickAsync(30_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
      await kit.clock.tickAsync(15_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(1);
    });

    it('restarts on page scrolls, noted once per scroll however many wrappers count', async () => {
      const root = await fixture<HTMLElement>(
        `<div><unstuck-zone moment="first" idle="45s">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>` +
          `<unstuck-zone moment="second" idle="45s">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone><div style="height: 5000px"></div></div>`,
      );
      for (const element of root.querySelectorAll('unstuck-zone')) await clickOn(element.querySelector('.plans')!);
      await kit.clock.tickAsync(30_000);
      // The fake clock's Date cannot take a sinon spy: count its reads by hand.
      const now = Date.now;
      let clockReads = 0;
      Date.now = () => (clockReads++, now.call(Date));
      try {
        document.scrollingElement!.scrollTop = 40;
        await frames();
        expect(clockReads, 'one clock read for the scroll, not one per wrapper').to.equal(1);
      } finally {
        Date.now = now;
      }
      await kit.clock.tickAsync(30_000);
      expect(kit.recorder.of('unstuck-detect'), 'the scroll was activity').to.have.length(0);
      await kit.clock.tickAsync(15_000);
      expect(kit.recorder.of('unstuck-detect').map((event) => event.detail.signal)).to.include('idle');
      document.scrollingElement!.scrollTop = 0;
    });

    it('does not count while the wrapper is off screen', async () => {
      const element = await fixture<UnstuckZone>(
        `<div><unstuck-zone moment="far" idle="45s">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone><div class="spacer" style="height: 5000px"></div></div>`,
      );
      const zoneElement = element.querySelector('unstuck-zone')!;
      await clickOn(zoneElement.querySelector('.plans')!);
      const scroller = document.scrollingElement!;
      scroller.scrollTop = 4_000;
      await frames();
      await frames();
      await kit.clock.tickAsync(120_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
      scroller.scrollTop = 0;
      await frames();
      await frames();
      await kit.clock.tickAsync(45_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(1);
    });

    it('does not count while the tab is hidden', async () => {
      const element = await zone('idle="45s"');
      await clickOn(element.querySelector('.plans')!);
      const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await kit.clock.tickAsync(120_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
      visibility.restore();
      document.dispatchEvent(new Event('visibilitychange'));
      await kit.clock.tickAsync(45_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(1);
    });

    it('can be turned off', async () => {
      const element = await zone('idle="off"');
      await clickOn(element.querySelector('.plans')!);
      await kit.clock.tickAsync(600_000);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    });
  });

  describe('exit intent', () => {
    it('fires when the pointer leaves through the top after engagement and 5 s on the page', async () => {
      const element = await zone();
      await clickOn(element.querySelector('.plans')!);
      await kit.clock.tickAsync(6_000);
      await sendMouse({ type: 'move', position: [200, 10] });
      await sendMouse({ type: 'move', position: [200, -20] });
      await settle();
      expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('exit-intent');
    });

    it('does not fire before engagement', async () => {
      await zone();
      await kit.clock.tickAsync(6_000);
      await sendMouse({ type: 'move', position: [200, 10] });
      await sendMouse({ type: 'move', position: [200, -20] });
      await settle();
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    });
  });

  describe('goal', () => {
    it('a goal click is not a pattern: the visitor who moves on sees nothing', async () => {
      const element = await zone();
      element.addEventListener('click', (event) => event.preventDefault());
      await clickOn(element.querySelector('.next')!);
      await kit.clock.tickAsync(5_000);
      await clickOn(element.querySelector('.plans')!);
      await settle();
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    });
  });
});

describe('<unstuck-zone> on touch and across tabs', () => {
  const kit = useKitTest();

  const tallPage = () =>
    fixture<HTMLElement>(`<div><unstuck-zone moment="touch">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone><div style="height: 4000px"></div></div>`);

  /** Swipe down until the page is at the top, `pause` ms of (fake) time between swipes. */
  async function swipeToTop(pause: number, from?: number, to?: number) {
    for (let i = 0; i < 30 && document.scrollingElement!.scrollTop > 0; i++) {
      await touchSwipeDown(from, to);
      await frames();
      await kit.clock.tickAsync(pause);
    }
    await frames();
    await frames();
    expect(document.scrollingElement!.scrollTop).to.equal(0);
  }

  it('touch: a fast swipe to the very top after engagement is exit intent', async () => {
    const root = await tallPage();
    await touchTap(root.querySelector('.plans')!);
    await kit.clock.tickAsync(6_000);
    document.scrollingElement!.scrollTop = 1_200;
    await frames();
    await swipeToTop(0);
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('exit-intent');
  });

  it('touch: scrolling back to the top slowly is reading, not leaving', async () => {
    const root = await tallPage();
    await touchTap(root.querySelector('.plans')!);
    await kit.clock.tickAsync(6_000);
    document.scrollingElement!.scrollTop = 1_200;
    await frames();
    // Short swipes, as a reader makes: a long one's momentum can carry 600 px to the top in one go (a fling).
    await swipeToTop(1_500, 200, 400);
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
  });

  it('tab-away (off by default) counts leaving the tab and coming back', async () => {
    const element = await zone('tab-away="2/5m"');
    await clickOn(element.querySelector('.plans')!);
    let state: DocumentVisibilityState = 'visible';
    const visibility = sinon.stub(document, 'visibilityState').get(() => state);
    try {
      for (let i = 0; i < 2; i++) {
        state = 'hidden';
        document.dispatchEvent(new Event('visibilitychange'));
        await kit.clock.tickAsync(20_000);
        state = 'visible';
        document.dispatchEvent(new Event('visibilitychange'));
      }
    } finally {
      visibility.restore();
    }
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('tab-away');
    const quiet = await fixture<UnstuckZone>(`<unstuck-zone moment="quiet">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    expect(quiet.tabAway, 'off unless set').to.be.null;
  });
});
