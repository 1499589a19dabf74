// The first question of a page, its card's module already there (loaded at idle time): its frame
// prepares no Lit template, because card.ts rendered the card once, detached, as it arrived
// (BENCHMARKS.md, issue 17). Its own file: a page where no card has shown yet.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../unstuck.js';
import { HUMAN_MARKUP, questionMarkup, useKitTest } from '../../../test/helpers.js';
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
});
