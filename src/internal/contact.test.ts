import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { awaitContact } from './contact.js';

const contactListeners = (spy: sinon.SinonSpy) => spy.getCalls().filter((call) => call.args[1]?.name === 'onInput').length;

describe('awaitContact', () => {
  afterEach(() => sinon.restore());

  it('tells each waiting host once, at the first input inside it (nested hosts both), and listens only while one waits', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section class="a"><section class="nested"><button>In both</button></section></section>
      <section class="b"><input aria-label="Field" /></section>
    </div>`);
    const [a, nested, b] = ['.a', '.nested', '.b'].map((selector) => page.querySelector(selector)!);
    const added = sinon.spy(document, 'addEventListener');
    const removed = sinon.spy(document, 'removeEventListener');
    const touched: string[] = [];
    for (const [name, host] of [['a', a], ['nested', nested], ['b', b]] as const) awaitContact(host, () => touched.push(name));
    expect(contactListeners(added), 'one listener per contact type, for every host').to.equal(7);
    expect(added.getCalls().some((call) => call.args[0] === 'pointerover'), 'the pointer coming over is heard on each host, not page-wide').to.be.false;

    page.querySelector('button')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    page.querySelector('button')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(touched, 'once each (the pointer comes over the outer host first)').to.deep.equal(['a', 'nested']);
    expect(contactListeners(removed), 'b still waits').to.equal(0);

    b.querySelector('input')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(touched, 'a move is not contact: the pointer comes over first').to.deep.equal(['a', 'nested']);
    b.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(touched).to.deep.equal(['a', 'nested', 'b']);
    expect(contactListeners(removed), 'none waits: the listeners go').to.equal(7);
  });

  it('a host that stops waiting is not told, and its listeners go with it', async () => {
    const host = await fixture<HTMLElement>(html`<section><button>Inside</button></section>`);
    const removed = sinon.spy(document, 'removeEventListener');
    const touched = sinon.spy();
    const stop = awaitContact(host, touched);
    stop();
    stop();
    host.querySelector('button')!.click();
    host.querySelector('button')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(touched.called).to.be.false;
    expect(contactListeners(removed)).to.equal(7);
  });

  it('serves a host inside a closed shadow root (the document\'s path leaves its nodes out), and stops listening there too', async () => {
    const page = await fixture<HTMLElement>(html`<div><span class="app"></span></div>`);
    const root = page.querySelector('.app')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<section><button>In a closed app</button></section>';
    const added = sinon.spy(root, 'addEventListener');
    const removed = sinon.spy(root, 'removeEventListener');
    const touched = sinon.spy();
    awaitContact(root.querySelector('section')!, touched);
    expect(contactListeners(added)).to.equal(7);
    root.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(touched.callCount).to.equal(1);
    expect(contactListeners(removed), 'none waits: the root\'s listeners go').to.equal(7);
  });

  it('a listener the host adds at contact receives the contacting event itself', async () => {
    const host = await fixture<HTMLElement>(html`<section><input aria-label="Field" /></section>`);
    const seen: string[] = [];
    awaitContact(host, () => host.addEventListener('focusin', (event) => seen.push(event.type)));
    host.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(seen).to.deep.equal(['focusin']);
  });

  it('the pointer coming over: heard on the host, its listeners added at contact receive it, from inside or from its own shadow tree', async () => {
    for (const from of ['a child', 'the host\'s own shadow tree'] as const) {
      const host = await fixture<HTMLElement>(html`<section><button>Inside</button></section>`);
      if (from !== 'a child') host.attachShadow({ mode: 'open' }).innerHTML = '<span>Own</span><slot></slot>';
      const origin = from === 'a child' ? host.querySelector('button')! : host.shadowRoot!.querySelector('span')!;
      const seen: EventTarget[] = [];
      const pageWide = sinon.spy(document, 'addEventListener');
      const stop = awaitContact(host, () => host.addEventListener('pointerover', (event) => seen.push(event.target!)));
      expect(pageWide.getCalls().filter((call) => call.args[0] === 'pointerover'), from).to.have.length(0);
      sinon.restore();
      // Elsewhere on the page: not contact.
      document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      expect(seen, from).to.have.length(0);
      origin.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      origin.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      expect(seen, `${from}: the contacting event, then the next`).to.have.length(2);
      stop();
    }
  });
});
