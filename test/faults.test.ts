/** Environment faults: the page keeps working, the kit degrades with one warning. */
import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/unstuck.js';
import { UnstuckZone } from '../src/components/zone/zone.js';
import { resetMemoryStorage } from '../src/internal/storage.js';
import { Watch } from '../src/logic/watch.js';
import { clickOn, FORM_MARKUP, HUMAN_MARKUP, loadFrame, panelOf, questionMarkup, settle, until, useKitTest } from './helpers.js';

interface FixtureWindow extends Window {
  __warnings: string[];
  __errors: string[];
}

const realWait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A wrapped form; returns whether it still submits after `work`. */
async function formStillWorks(clock: sinon.SinonFakeTimers, work: (form: UnstuckZone) => Promise<void>) {
  const element = await fixture<UnstuckZone>(`<unstuck-form moment="fault">${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`);
  await work(element);
  let submitted = false;
  element.querySelector('form')!.addEventListener('submit', () => (submitted = true));
  await clickOn(element.querySelector('button[type=submit]')!);
  await settle();
  // No error shown for the submit within 2 s: it is forward movement (submit.test.ts).
  await clock.tickAsync(2_000);
  return { element, submitted };
}

describe('environment faults', () => {
  const kit = useKitTest();
  let warn: sinon.SinonStub;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    uncaught.length = 0;
    addEventListener('error', onError);
  });
  afterEach(() => {
    warn.restore();
    removeEventListener('error', onError);
    resetMemoryStorage();
  });
  const kitWarnings = () => warn.args.map(([message]) => String(message)).filter((message) => message.startsWith('[unstuck]'));

  for (const [name, error] of [
    ['storage that throws (blocked cookies, sandboxed frames)', new DOMException('The operation is insecure.', 'SecurityError')],
    ['storage that is full', new DOMException('Quota exceeded', 'QuotaExceededError')],
  ] as const) {
    it(`${name}: asks, answers, one warning`, async () => {
      resetMemoryStorage();
      const stubs = ['getItem', 'setItem', 'removeItem', 'key'].map((method) =>
        sinon.stub(Storage.prototype, method as 'getItem').throws(error),
      );
      try {
        const { element, submitted } = await formStillWorks(kit.clock, async (form) => {
          form.ask();
          await settle();
          await form.updateComplete;
          expect(panelOf(form)).to.exist;
          await clickOn(form.shadowRoot!.querySelector('.choice')!);
        });
        expect(submitted).to.be.true;
        expect(kit.recorder.types()).to.include.members(['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-outcome']);
        expect(kitWarnings().filter((message) => message.includes('storage'))).to.have.length(1);
        expect(element.querySelector('[slot=response]')).to.exist;
        expect(uncaught).to.deep.equal([]);
      } finally {
        stubs.forEach((stub) => stub.restore());
      }
    });
  }

  it('IntersectionObserver missing: idle still works, one warning', async () => {
    const original = window.IntersectionObserver;
    (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
    try {
      const { submitted } = await formStillWorks(kit.clock, async (form) => {
        await clickOn(form.querySelector('input')!);
        await kit.clock.tickAsync(31_000);
        expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.be.oneOf(['idle', 'field-stall']);
      });
      expect(submitted).to.be.true;
      expect(kitWarnings().filter((message) => message.includes('IntersectionObserver'))).to.have.length(1);
    } finally {
      window.IntersectionObserver = original;
    }
  });

  it('the watch throws on an observation: the page keeps working, one warning, no uncaught error', async () => {
    const observe = sinon.stub(Watch.prototype, 'observe').throws(new Error('boom'));
    try {
      const element = await fixture<UnstuckZone>(
        `<unstuck-zone moment="broken"><button type="button" class="dead">Dead</button><form><button type="submit" class="send">Send</button></form>${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`,
      );
      for (let i = 0; i < 4; i++) await clickOn(element.querySelector('.dead')!);
      let submitted = false;
      element.querySelector('form')!.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      await clickOn(element.querySelector('.send')!);
      await kit.clock.tickAsync(100);
      expect(submitted).to.be.true;
      expect(uncaught).to.deep.equal([]);
      expect(kitWarnings().filter((message) => message.includes('internal error'))).to.have.length(1);
      expect(observe.called, 'the fault was on the path').to.be.true;
    } finally {
      observe.restore();
    }
  });
});

describe('two copies of the kit on one page', () => {
  let iframe: HTMLIFrameElement;
  afterEach(() => iframe?.remove());

  /** A fixture page, once the kit has defined its elements there. */
  async function open(page: string) {
    iframe = await loadFrame(page);
    const win = iframe.contentWindow as FixtureWindow;
    expect(await until(() => !!win.customElements.get('unstuck-zone'))).to.be.true;
    return { win, doc: iframe.contentDocument! };
  }

  it('the second copy stays inactive with one warning; the page asks one question at a time', async () => {
    const { win, doc } = await open('/__fixture/two-copies.html');
    await realWait(200);
    expect(win.__warnings.filter((message) => message.includes('another copy of Unstuck'))).to.have.length(1);
    const [a, b] = Array.from(doc.querySelectorAll('unstuck-zone')) as (HTMLElement & { ask(): void })[];
    a!.ask();
    b!.ask();
    expect(await until(() => !!a!.shadowRoot!.querySelector('.panel'))).to.be.true;
    await realWait(100);
    expect(b!.shadowRoot!.querySelector('.panel'), 'one question at a time').to.be.null;
    expect(win.__errors).to.deep.equal([]);
  });

  it('the same entry twice (a cache-busting query) is one copy: its shared file loads once, nothing warns', async () => {
    const { win, doc } = await open('/__fixture/cache-busted.html');
    await realWait(200);
    const shared = win.performance.getEntriesByType('resource').filter((entry) => /unstuck-shared-/.test(entry.name));
    expect(shared, 'one shared file').to.have.length(1);
    expect(win.__warnings.filter((message) => message.includes('another copy of Unstuck'))).to.deep.equal([]);
    const zone = doc.querySelector('unstuck-zone') as HTMLElement & { ask(): void };
    zone.ask();
    expect(await until(() => !!zone.shadowRoot!.querySelector('.panel'))).to.be.true;
    expect(win.__errors).to.deep.equal([]);
  });

  it('an incompatible version that came first: this copy works on its own, with one warning', async () => {
    const { win, doc } = await open('/__fixture/other-version.html');
    const zone = doc.querySelector('unstuck-zone') as HTMLElement & { ask(): void };
    zone.ask();
    const shown = await until(() => !!zone.shadowRoot!.querySelector('.panel'));
    expect(shown, JSON.stringify([win.__warnings, win.__errors])).to.be.true;
    expect(win.__warnings.filter((message) => message.includes('incompatible version'))).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });
});
