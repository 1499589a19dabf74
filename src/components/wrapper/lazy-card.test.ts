// The card on a page where it has not loaded yet. This file must not import test/helpers.ts,
// which loads the card before every other test file.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../define/unstuck-zone.js';
import { lazy } from '../../internal/lazy.js';
import type { UnstuckZone } from '../zone/zone.js';
import { detectedModule } from './on-detection.js';

const approvedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const choice = (value: string) =>
  `<unstuck-choice value="${value}" label="Label ${value}" approved-by="Legal" approved-on="${approvedOn}"><template><p>Answer ${value}</p></template></unstuck-choice>`;
const MARKUP = `<unstuck-zone moment="lazy"><button>Next</button>
  <unstuck-question prompt="What is in the way?">${['a', 'b', 'c'].map(choice).join('')}</unstuck-question>
  <unstuck-human><template><a href="#call">Call us</a></template></unstuck-human></unstuck-zone>`;

const cardFetched = () => performance.getEntriesByType('resource').some((entry) => /\/wrapper\/card\.(ts|js)/.test(entry.name));

describe('the card loads only when needed', () => {
  it('a visitor who is never stuck never fetches it; the first question fetches it, then shows, in order', async () => {
    // Hold the idle-time preload so the first detection finds the card unloaded.
    const idle = sinon.stub(globalThis, 'requestIdleCallback').returns(0);
    try {
      const zone = await fixture<UnstuckZone>(MARKUP);
      expect(idle.callCount, 'the preload and the page observers wait for the page to be idle').to.equal(2);
      expect(detectedModule.module).to.equal(undefined);
      expect(cardFetched(), 'not fetched before a detection').to.equal(false);

      const seen: string[] = [];
      for (const type of ['unstuck-detect', 'unstuck-show']) {
        zone.addEventListener(type, () => seen.push(`${type}${detectedModule.module ? '' : ' (card not loaded)'}`));
      }
      const shown = oneEvent(zone, 'unstuck-show');
      zone.ask();
      await shown;
      // The machine comes in the same module: the detection is announced once it arrived, then shown.
      expect(seen, 'detected and shown once the module is there').to.deep.equal(['unstuck-detect', 'unstuck-show']);
      expect(cardFetched()).to.equal(true);

      const panel = zone.shadowRoot!.querySelector<HTMLElement>('.panel')!;
      expect(panel, 'the question is on screen').to.exist;
      expect(getComputedStyle(panel).borderTopStyle, "the card's styles came with it").to.equal('solid');
      expect(zone.shadowRoot!.querySelectorAll('.choice')).to.have.length(3);
      expect(zone.querySelector('[data-unstuck-clone="human"]'), 'the way to a person is cloned').to.exist;

      // The preload, when the page finally idles, finds it loaded: no second fetch.
      const fetches = performance.getEntriesByType('resource').filter((entry) => /\/wrapper\/card\./.test(entry.name)).length;
      (idle.firstCall.args[0] as IdleRequestCallback)({ didTimeout: false, timeRemaining: () => 10 });
      await detectedModule.load();
      expect(performance.getEntriesByType('resource').filter((entry) => /\/wrapper\/card\./.test(entry.name))).to.have.length(fetches);
    } finally {
      idle.restore();
    }
  });
});

describe('lazy modules', () => {
  it('load once however often asked, and try again after a failed fetch', async () => {
    let calls = 0;
    let fail = true;
    const module = lazy(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { value: 42 };
    });
    await module.load().then(
      () => expect.fail('the first fetch fails'),
      (error: Error) => expect(error.message).to.equal('offline'),
    );
    expect(module.module).to.equal(undefined);
    fail = false;
    const [a, b] = await Promise.all([module.load(), module.load()]);
    expect(a).to.equal(b);
    expect(module.module).to.deep.equal({ value: 42 });
    expect(calls, 'one failed fetch, then one that worked').to.equal(2);
  });

  it('preload waits for the page to be idle, once', async () => {
    const idle = sinon.stub(globalThis, 'requestIdleCallback').returns(0);
    try {
      let calls = 0;
      const module = lazy(async () => ({ n: ++calls }));
      module.preload();
      module.preload();
      expect(calls, 'nothing before the page is idle').to.equal(0);
      expect(idle.callCount).to.equal(1);
      (idle.firstCall.args[0] as IdleRequestCallback)({ didTimeout: false, timeRemaining: () => 10 });
      await module.load();
      expect(calls).to.equal(1);
    } finally {
      idle.restore();
    }
  });
});
