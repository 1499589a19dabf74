// The first question of a page, its card's module already there (loaded at idle time): its frame
// prepares no Lit template, because card.ts rendered the card once, detached, as it arrived
// (BENCHMARKS.md, issue 17). Its own file: a page where no card has shown yet.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../unstuck.js';
import { HUMAN_MARKUP, questionMarkup, useKitTest } from '../../../test/helpers.js';
import { nextTask } from '../../internal/next-task.js';
import type { UnstuckZone } from '../zone/zone.js';
import { detectedModule } from './on-detection.js';

describe("the first question's frame", () => {
  useKitTest();

  it('creates no template element: the card was prepared when its module arrived', async () => {
    await detectedModule.load();
    const zone = await fixture<UnstuckZone>(`<unstuck-zone moment="first-frame"><button>Next</button>${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    const created = sinon.spy(Document.prototype, 'createElement');
    try {
      const shown = oneEvent(zone, 'unstuck-show');
      zone.ask();
      await shown;
      expect(zone.shadowRoot!.querySelector('.panel .choice'), 'the question shows').to.exist;
      expect(created.getCalls().filter((call) => String(call.args[0]).toLowerCase() === 'template'), 'templates prepared in the frame').to.have.length(0);
    } finally {
      created.restore();
    }
  });

  it('is laid out by the first frame after the crossing click, even when the browser renders before other tasks', async () => {
    await detectedModule.load();
    const zone = await fixture<UnstuckZone>(`<unstuck-zone moment="first-frame-rage"><button>Next</button>${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    const button = zone.querySelector('button')!;
    const click = () => button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: 10, clientY: 10 }));
    click();
    click();
    const inFirstFrame = await new Promise<boolean>((resolve) =>
      nextTask(() => {
        // The page's own click handler changes the page, and its task runs long: Chromium then
        // renders before any task queued meanwhile (its rendering starvation guard). The
        // coordinator's decision must not wait for such a task (BENCHMARKS.md, issue 17).
        button.textContent = 'Next (2)';
        click();
        const until = performance.now() + 120;
        while (performance.now() < until);
        // Registered after the click: runs in the same frame as anything the click registered.
        requestAnimationFrame(() => resolve(!!zone.shadowRoot!.querySelector('.panel .choice')));
      }),
    );
    expect(inFirstFrame, 'the question is in the first frame after the click').to.equal(true);
  });
});
