// Seen at the moment, never in the way (issue 14): at 1280×900 and on a 390×844 touch phone with
// its keyboard open (the viewport shrunk), the question's prompt and first reply are in view, off
// the focused control, focus stays where it was, and the kit causes no layout shift the visitor's
// input did not (PerformanceObserver 'layout-shift', the Core Web Vitals rule). Real input.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/unstuck.js';
import type { UnstuckWrapper } from '../src/components/wrapper/wrapper.js';
import { axe, centre, clickOn, HUMAN_MARKUP, multiClick, panelOf, questionMarkup, settle, useKitTest, wheel, whileTicking } from './helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Layout shifts from now on; `shifts()` sums those no recent input explains. */
function watchShifts(): { shifts: () => number; stop: () => void } {
  const entries: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift' });
  return {
    shifts: () => {
      entries.push(...(observer.takeRecords() as LayoutShift[]));
      return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
    },
    stop: () => observer.disconnect(),
  };
}

const frames = (count = 3) => new Promise<void>((resolve) => {
  const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
  next(count);
});

// Real time, though the tests fake setTimeout (captured before they do).
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realWait = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
const FILLER = (px: number) => `<div class="filler" style="block-size:${px}px">Page content</div>`;
const FORM = `<form action="#sent"><label>Name <input name="name"></label> <label>Social Security number <input name="ssn"></label><button type="submit">Apply</button></form>`;

function visible(): DOMRect {
  const viewport = window.visualViewport!;
  return new DOMRect(viewport.offsetLeft, viewport.offsetTop, viewport.width, viewport.height);
}
const inside = (inner: DOMRect, outer: DOMRect) => inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the issue asks of a shown question. */
function expectSeenAndClear(element: UnstuckWrapper, focused: Element) {
  const panel = panelOf(element)!;
  const prompt = panel.querySelector('.prompt')!.getBoundingClientRect();
  const first = panel.querySelector('.choice')!.getBoundingClientRect();
  expect(inside(prompt, visible()), 'the prompt is in view').to.be.true;
  expect(inside(first, visible()), 'the first reply is in view').to.be.true;
  const card = panel.getBoundingClientRect();
  const control = focused.getBoundingClientRect();
  expect(overlaps(card, control), `the card (${card.top}–${card.bottom}) is off the focused control (${control.top}–${control.bottom}), mode ${panel.dataset.mode}, margin ${getComputedStyle(panel).marginTop}, visible ${visible().height}`).to.be.false;
  expect(document.activeElement, 'focus has not moved').to.equal(focused);
}

const SIZES = [
  { name: 'desktop 1280×900', width: 1280, height: 900, touch: false },
  { name: 'phone 390×844, touch, keyboard open', width: 390, height: 844, keyboard: 500, touch: true },
] as const;

for (const size of SIZES) {
  describe(`placement on a ${size.name}`, () => {
    const kit = useKitTest();
    const viewport = (height: number = size.height) => executeServerCommand('viewport', { width: size.width, height, touch: size.touch });
    before(() => viewport());
    after(() => executeServerCommand('viewport', { width: 800, height: 600, touch: false }));

    /** A long page: the form sits low, so the inline spot after it is below the fold. */
    async function stalledForm(placement: string) {
      const element = await fixture<UnstuckWrapper>(
        // The page styles the card's part with a margin, as the demo does: a floating card ignores it.
        `<div><style>unstuck-form::part(panel) { margin-block-start: 60px; }</style>${FILLER(size.height * 0.55)}<unstuck-form moment="seen-${placement}" placement="${placement}">${FORM}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>${FILLER(1200)}</div>`,
      );
      const form = element.querySelector('unstuck-form') as UnstuckWrapper;
      const field = form.querySelector<HTMLInputElement>('[name=ssn]')!;
      field.scrollIntoView({ block: 'center' });
      await clickOn(field);
      await sendKeys({ type: '12' });
      // The on-screen keyboard opens: the visible area shrinks to the top of the screen.
      if ('keyboard' in size) await viewport(size.keyboard);
      field.scrollIntoView({ block: 'nearest' });
      await frames();
      // The browser judges "recent input" in real time: let 500 ms really pass, as the 20 s would.
      await realWait(600);
      return { form, field };
    }

    for (const placement of ['auto', 'inline', 'corner']) {
      it(`placement="${placement}": a stalled field's question is in view, off the field, focus kept, no layout shift`, async () => {
        const { form, field } = await stalledForm(placement);
        const watch = watchShifts();
        try {
          await kit.clock.tickAsync(21_000); // field-stall: 20 s
          await settle();
          await form.updateComplete;
          await frames();
          await Promise.all(panelOf(form)!.getAnimations().map((animation) => animation.finished)); // axe reads settled colours
          expect(kit.recorder.of('unstuck-show'), 'asked').to.have.length(1);
          expectSeenAndClear(form, field);
          expect(watch.shifts(), 'layout shift the visitor did not cause').to.equal(0);
          expect((await whileTicking(kit.clock, axe(form))).join('\n'), 'axe, question').to.equal('');

          // Answering and closing move nothing either.
          await clickOn(form.shadowRoot!.querySelector('.choice')!);
          await form.updateComplete;
          await frames();
          expect(await whileTicking(kit.clock, axe(form)), 'axe, response').to.deep.equal([]);
          await clickOn(form.shadowRoot!.querySelector('.dismiss')!);
          await form.updateComplete;
          await frames();
          expect(panelOf(form)).to.be.null;
          expect(watch.shifts(), 'layout shift after answering and closing').to.equal(0);
        } finally {
          watch.stop();
          if ('keyboard' in size) await viewport();
        }
      });
    }

    it('every reply and the close button are big enough to hit (24 px; 44 px on touch)', async () => {
      const { form } = await stalledForm('auto');
      await kit.clock.tickAsync(21_000);
      await settle();
      await form.updateComplete;
      const least = size.touch ? 44 : 24;
      expect(matchMedia('(pointer: coarse)').matches, 'touch emulated').to.equal(size.touch);
      for (const target of form.shadowRoot!.querySelectorAll('.choice, .dismiss')) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height), target.className).to.be.at.least(least);
      }
    });

    it('rage clicks (the visitor\'s own input) with the spot in view: the question takes its place in the flow', async () => {
      const page = await fixture<HTMLElement>(`<div><unstuck-zone moment="flow"><button type="button" class="dead">Dead</button>${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>${FILLER(2000)}</div>`);
      const element = page.querySelector('unstuck-zone') as UnstuckWrapper;
      const watch = watchShifts();
      try {
        await multiClick(element.querySelector('.dead')!, 3);
        await settle();
        await element.updateComplete;
        await frames();
        const panel = panelOf(element)!;
        expect(panel.dataset.mode).to.equal('flow');
        expect(getComputedStyle(panel).position).to.equal('static');
        expect(inside(panel.querySelector('.choice')!.getBoundingClientRect(), visible())).to.be.true;
        expect(watch.shifts(), 'the shift follows the clicks: not counted').to.equal(0);
        // Scrolling away does not lift it out of the flow.
        await wheel(300, centre(element.querySelector('.dead')!));
        await frames();
        expect(panel.dataset.mode).to.equal('flow');
      } finally {
        watch.stop();
      }
    });
  });
}

describe('placement without the Popover API', () => {
  const kit = useKitTest();
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
  before(() => Object.defineProperty(HTMLElement.prototype, 'showPopover', { value: undefined, configurable: true }));
  after(() => Object.defineProperty(HTMLElement.prototype, 'showPopover', original));

  it('floats as a fixed card that obeys the same rules', async () => {
    await setViewport({ width: 1280, height: 900 });
    const element = await fixture<UnstuckWrapper>(
      `<div>${FILLER(500)}<unstuck-form moment="no-popover">${FORM}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>${FILLER(1200)}</div>`,
    );
    const form = element.querySelector('unstuck-form') as UnstuckWrapper;
    const field = form.querySelector<HTMLInputElement>('[name=ssn]')!;
    await clickOn(field);
    await realWait(600);
    const watch = watchShifts();
    await kit.clock.tickAsync(21_000);
    await settle();
    await form.updateComplete;
    await frames();
    const panel = panelOf(form)!;
    expect(panel.hasAttribute('popover'), 'no popover attribute without the API').to.be.false;
    expect(getComputedStyle(panel).position).to.equal('fixed');
    expectSeenAndClear(form, field);
    expect(watch.shifts()).to.equal(0);
    watch.stop();
    await setViewport({ width: 800, height: 600 });
  });
});
