import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../unstuck.js';
import { FORM_MARKUP, HUMAN_MARKUP, centre, questionMarkup, settle, useKitTest, pageIdle } from '../../test/helpers.js';

/** Event types the wrapper itself listens to (`<type> capture` in the capturing phase), registered while `connect` runs. */
async function listenedWhile(connect: () => Promise<HTMLElement>): Promise<{ host: HTMLElement; types: Set<string> }> {
  const types = new Set<string>();
  const original = EventTarget.prototype.addEventListener;
  sinon.stub(EventTarget.prototype, 'addEventListener').callsFake(function (this: EventTarget, type, listener, options) {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    if (this instanceof HTMLElement && this.localName === 'unstuck-form') types.add(capture ? `${type} capture` : type);
    return original.call(this, type, listener, options);
  });
  return { host: await connect(), types };
}

describe('Sensors start listening at the first contact', () => {
  const kit = useKitTest();
  afterEach(() => sinon.restore());
  const form = (attributes = '') =>
    fixture<HTMLElement>(`<unstuck-form moment="contact" ${attributes}>${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`);

  it('a wrapper the visitor never reaches listens to nothing at start-up, to the page from its idle time, and to input from the first contact', async () => {
    const { host, types } = await listenedWhile(() => form());
    await settle();
    expect([...types], 'nothing listened at start-up but the first contact: the pointer coming over').to.deep.equal(['pointerover capture']);
    await pageIdle();
    for (const type of ['pointermove', 'pointerover', 'pointerdown', 'keydown', 'input', 'pointerleave']) {
      expect(types.has(type), `no ${type} listener before contact`).to.be.false;
    }
    expect(types.has('submit'), 'the goal watches from the page\'s idle time').to.be.true;
    await sendMouse({ type: 'move', position: centre(host.querySelector('[name=ssn]')!) });
    for (const type of ['pointermove', 'pointerdown', 'keydown', 'input', 'pointerleave']) {
      expect(types.has(type), `${type} listened after contact`).to.be.true;
    }
  });

  it('at the idle time, the page observers of one wrapper, and more while the idle period has room, listen; the rest at the next, or all once it timed out', async () => {
    await pageIdle(); // an earlier test's idle callback has run
    const callbacks: IdleRequestCallback[] = [];
    sinon.stub(globalThis, 'requestIdleCallback').callsFake((callback) => callbacks.push(callback));
    const listening = new Set<EventTarget>();
    const original = EventTarget.prototype.addEventListener;
    sinon.stub(EventTarget.prototype, 'addEventListener').callsFake(function (this: EventTarget, type, listener, options) {
      if (type === 'submit' && this instanceof HTMLElement && this.localName === 'unstuck-form') listening.add(this);
      return original.call(this, type, listener, options);
    });
    // Out of the pointer's reach: a pointer left over the page by the test before is not contact here.
    await fixture(`<div style="pointer-events: none">${[1, 2, 3, 4].map((i) => `<unstuck-form moment="idle-${i}">${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`).join('')}</div>`);
    expect(callbacks, 'one idle callback for every wrapper').to.have.length(1);
    let room = 1; // room after the first wrapper's sensors, then none
    callbacks[0]!({ didTimeout: false, timeRemaining: () => room-- });
    expect(listening.size, 'two wrappers in this idle period').to.equal(2);
    expect(callbacks, 'the rest at the next').to.have.length(2);
    callbacks[1]!({ didTimeout: false, timeRemaining: () => 0 });
    expect(listening.size, 'an idle period without room still takes one').to.equal(3);
    expect(callbacks).to.have.length(3);
    callbacks[2]!({ didTimeout: true, timeRemaining: () => 0 });
    expect(listening.size, 'all once the idle time timed out').to.equal(4);
    expect(callbacks, 'nothing left to wait for').to.have.length(3);
  });

  it('the contacting input itself is observed: a field focused from the keyboard, never touched by the pointer, stalls', async () => {
    const host = await form();
    await sendKeys({ press: 'Tab' });
    const field = document.activeElement!;
    expect(host.contains(field), 'focus came in from the keyboard').to.be.true;
    await kit.clock.tickAsync(20_000);
    await settle();
    const [detect] = kit.recorder.of('unstuck-detect');
    expect(detect?.detail.signal, 'the stall counted from that first focus').to.equal('field-stall');
  });
});
