/**
 * The signals of issue 15 with real input: dead clicks (and what is not one), thrash, quick backs,
 * help visits (a real page load of a help page), and `pattern` as an attribute and in debug.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../unstuck.js';
import { centre, clickOn, HUMAN_MARKUP, loadFrame, questionMarkup, settle, touchTap, useKitTest, pageIdle } from '../../test/helpers.js';
import type { UnstuckZone } from '../components/zone/zone.js';
import { DEAD_CLICK_MS } from './dead-click.js';
import { QUICK_BACK_MS } from './quick-back.js';

const CONTENT = `
  <p class="text">Pick a delivery slot.</p>
  <button type="button" class="dead">Apply</button>
  <button type="button" class="dead2">Use points</button>
  <div class="dead-div" style="cursor: pointer">Continue</div>
  <button type="button" class="works">More slots</button><ul class="slots"></ul>
  <button type="button" class="focuses">Edit address</button><input class="address" aria-label="Address">
  <a href="#elsewhere" class="link">Terms</a>
  <a href="#next" class="next" data-unstuck-goal>Next step</a>
  <input class="field" aria-label="Note">`;

async function zone(attributes = '') {
  const element = await fixture<UnstuckZone>(`<unstuck-zone moment="slots" ${attributes}>${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
  element.querySelector('.works')!.addEventListener('click', () => element.querySelector('.slots')!.append(document.createElement('li')));
  element.querySelector('.focuses')!.addEventListener('click', () => (element.querySelector('.address') as HTMLElement).focus());
  return element;
}

describe('weak signals', () => {
  const kit = useKitTest();
  const detections = () => kit.recorder.of('unstuck-detect').map((event) => event.detail.signal);

  /** Clicks each control, one dead-click delay apart, then waits out the last. */
  async function clickEach(element: Element, selectors: string[]) {
    for (const selector of selectors) {
      await clickOn(element.querySelector(selector)!);
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
    }
    await settle();
  }

  describe('dead-click', () => {
    it('two clicks after which nothing happens are stuck; the detail carries the evidence', async () => {
      const element = await zone();
      await clickEach(element, ['.dead', '.dead-div']);
      const [detect] = kit.recorder.of('unstuck-detect');
      expect(detect?.detail.signal).to.equal('dead-click');
      expect(detect?.detail.evidence['dead-click']).to.equal(1);
    });

    it('clicks that change the page, move focus, follow a link, reach the goal, or come from the keyboard are not dead', async () => {
      const element = await zone();
      element.addEventListener('click', (event) => event.target instanceof HTMLAnchorElement && event.target.classList.contains('next') && event.preventDefault());
      await clickEach(element, ['.works', '.focuses', '.link', '.next', '.works', '.field']);
      (element.querySelector('.dead') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
      await sendKeys({ press: 'Space' });
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
      await settle();
      expect(detections()).to.deep.equal([]);
    });

    it('a link whose click a script cancelled and nothing followed is dead', async () => {
      const element = await zone('rage="off"');
      element.addEventListener('click', (event) => (event.target as Element).closest('.link') && event.preventDefault());
      await clickEach(element, ['.link', '.dead']);
      expect(detections()).to.deep.equal(['dead-click']);
    });

    it('a burst on one control is one dead click (rage decides bursts), and taps count as clicks', async () => {
      const element = await zone('rage="off"');
      for (let i = 0; i < 4; i++) await clickOn(element.querySelector('.dead')!);
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
      await settle();
      expect(detections(), 'one burst').to.deep.equal([]);
      await touchTap(element.querySelector('.dead2')!);
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
      await settle();
      expect(detections()).to.deep.equal(['dead-click']);
    });
  });

  describe('thrash', () => {
    async function shake(element: Element, moves: number, pause = 0) {
      const [x, y] = centre(element.querySelector('.text')!);
      for (let i = 0; i < moves; i++) {
        await sendMouse({ type: 'move', position: [x + (i % 2 ? 40 : -40), y] });
        if (pause) await kit.clock.tickAsync(pause);
      }
    }

    it('two bursts of rapid back-and-forth are stuck', async () => {
      const element = await zone();
      await shake(element, 12);
      await kit.clock.tickAsync(3_000);
      expect(detections(), 'one burst').to.deep.equal([]);
      await shake(element, 12);
      await settle();
      expect(detections()).to.deep.equal(['thrash']);
    });

    it('the same movement at a reading pace, and jitter under 12 px, are not', async () => {
      const element = await zone('idle="off"');
      await shake(element, 30, 400);
      const [x, y] = centre(element.querySelector('.text')!);
      for (let i = 0; i < 40; i++) await sendMouse({ type: 'move', position: [x + (i % 2 ? 5 : -5), y] });
      await settle();
      expect(detections()).to.deep.equal([]);
    });
  });

  describe('quick-back', () => {
    const markup = `<unstuck-checkout-step moment="pay" journey="shop" step="payment">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-checkout-step>`;

    async function away(ms: number) {
      const element = document.querySelector('unstuck-checkout-step')!;
      element.remove();
      await settle();
      await kit.clock.tickAsync(ms);
      await fixture(markup);
      await pageIdle();
      await settle();
    }

    it('back within 10 s twice is stuck; a move in the DOM and a long absence are not quick backs', async () => {
      const element = await fixture(markup);
      const parent = element.parentElement!;
      parent.append(element); // a move: disconnected and connected in one task
      await settle();
      await away(QUICK_BACK_MS + 5_000);
      await away(4_000);
      expect(detections(), 'one quick back').to.deep.equal([]);
      await away(6_000);
      expect(detections()).to.deep.equal(['quick-back']);
    });

    it('a visitor leaving before the page was ever idle is still noted as leaving (quick-back listens from the idle time)', async () => {
      await pageIdle(); // an earlier test's idle callback has run
      const idle = sinon.stub(globalThis, 'requestIdleCallback').returns(0); // this page never idles
      try {
        await fixture(markup);
        await settle();
        expect(sessionStorage.getItem('unstuck:trail:shop'), 'the page observers wait (the journey trail is not written yet)').to.equal(null);
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
        const kept = JSON.parse(sessionStorage.getItem('unstuck:quick-back:pay') ?? 'null');
        expect(kept?.away, 'the leaving noted, after the arrival').to.deep.equal({ at: Date.now(), unload: true });
      } finally {
        idle.restore();
      }
    });

    it('a reload is not a quick back', async () => {
      const entries = sinon.stub(performance, 'getEntriesByType').returns([{ type: 'reload' } as unknown as PerformanceEntry]);
      try {
        await fixture(markup);
        for (let i = 0; i < 3; i++) {
          window.dispatchEvent(new Event('pagehide')); // the page unloads …
          await away(2_000); // … and loads again
        }
        expect(detections()).to.deep.equal([]);
      } finally {
        entries.restore();
      }
    });
  });

  describe('help-visit', () => {
    const pricing = `<unstuck-pricing moment="plans" journey="shop" step="plans"><div data-unstuck-option="a">A</div>${questionMarkup()}${HUMAN_MARKUP}</unstuck-pricing>`;

    it('a help page loaded in the same tab counts for the open journey (twice is stuck); other pages do not', async () => {
      kit.clock.restore(); // the frames load the real bundle on the real clock
      const first = await fixture(pricing);
      await settle();
      first.remove();
      for (const page of ['help-page.html', 'plain-page.html', 'help-page.html']) {
        const frame = await loadFrame(`/__fixture/${page}`);
        const win = frame.contentWindow as Window & { customElements: CustomElementRegistry };
        await win.customElements.whenDefined('unstuck-zone');
        frame.remove();
      }
      const visits = JSON.parse(sessionStorage.getItem('unstuck:help:shop') ?? '[]') as number[];
      expect(visits, 'two help visits').to.have.length(2);
      kit.clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
      await fixture(pricing);
      await pageIdle();
      await settle();
      expect(detections()).to.deep.equal(['help-visit']);
    });
  });

  describe('pattern', () => {
    /** Half of dead-click's 2, half of thrash's 2, then stillness: together stuck after 22.5 s of idle's 45 s. */
    async function weakSigns(element: Element) {
      await clickOn(element.querySelector('.dead')!);
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
      const [x, y] = centre(element.querySelector('.text')!);
      for (let i = 0; i < 12; i++) await sendMouse({ type: 'move', position: [x + (i % 2 ? 40 : -40), y] });
      await kit.clock.tickAsync(22_600);
      await settle();
    }

    it('weak signs add up to pattern, with each contribution on unstuck-detect and in the debug bar', async () => {
      const element = await zone('debug');
      await clickOn(element.querySelector('.dead')!);
      await kit.clock.tickAsync(DEAD_CLICK_MS + 500);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.debug')!.textContent).to.match(/pattern\s+0\.5\d of 1\.5 ████░░░░░░ \(idle 0\.0\d, dead-click 0\.50\)/);
      const [x, y] = centre(element.querySelector('.text')!);
      for (let i = 0; i < 12; i++) await sendMouse({ type: 'move', position: [x + (i % 2 ? 40 : -40), y] });
      await kit.clock.tickAsync(22_600);
      await settle();
      const [detect] = kit.recorder.of('unstuck-detect');
      expect(detect?.detail.signal).to.equal('pattern');
      expect(detect?.detail.evidence).to.deep.equal({ 'dead-click': 0.5, thrash: 0.5, idle: 0.5 });
    });

    it('pattern="off" lets nothing add up; a value it cannot read warns and keeps the default', async () => {
      const off = await zone('pattern="off"');
      await weakSigns(off);
      expect(detections()).to.deep.equal([]);
      off.remove();
      const warn = sinon.stub(console, 'warn');
      try {
        await weakSigns(await zone('pattern="lots" moment="other"'));
        expect(warn.calledWithMatch(sinon.match(/pattern="lots"/))).to.be.true;
      } finally {
        warn.restore();
      }
      expect(detections()).to.deep.equal(['pattern']);
    });
  });
});
