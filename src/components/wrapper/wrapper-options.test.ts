import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../unstuck.js';
import { propertyOf } from '../../signals/signal.js';
import { UnstuckWrapper } from './wrapper.js';
import { clickOn, FORM_MARKUP, HUMAN_MARKUP, panelOf, questionMarkup, settle, useKitTest, pageIdle } from '../../../test/helpers.js';
import type { UnstuckForm } from '../form/form.js';
import type { UnstuckZone } from '../zone/zone.js';

const CONTENT = `<label>Coupon <input class="field"></label><button type="button" class="dead">Apply</button>`;

async function zone(attributes = '') {
  return fixture<UnstuckZone>(`<unstuck-zone moment="opts" ${attributes}>${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
}

async function asked(element: UnstuckZone) {
  element.ask();
  await settle();
  await element.updateComplete;
  return panelOf(element)!;
}

describe('wrapper options', () => {
  const kit = useKitTest();

  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('a signal property reads null while unset and follows its attribute; making a wrapper requests no update per signal', async () => {
    const signals = UnstuckWrapper.signals.map(({ name }) => propertyOf(name));
    const requests = sinon.spy(UnstuckWrapper.prototype, 'requestUpdate');
    let element: UnstuckZone;
    try {
      element = document.createElement('unstuck-zone');
      expect(requests.getCalls().filter((call) => signals.includes(String(call.args[0]))), 'no update requested per signal when made').to.have.length(0);
    } finally {
      requests.restore();
    }
    expect(element.idle).to.equal(null);
    expect(element.rage).to.equal(null);
    element.setAttribute('idle', '20s');
    expect(element.idle).to.equal('20s');
    element.removeAttribute('idle');
    expect(element.idle).to.equal(null);
    element.rage = '2/5s';
    expect(element.rage).to.equal('2/5s');
  });

  it('a wrapper made with its defaults writes no attribute to itself; a removed attribute restores the default', async () => {
    const element = await zone();
    await element.updateComplete;
    expect(element.getAttributeNames().sort(), 'only what the page wrote').to.deep.equal(['moment']);
    expect([element.placement, element.theme, element.preview]).to.deep.equal(['auto', 'light', false]);
    element.placement = 'corner';
    await element.updateComplete;
    expect(element.getAttribute('placement'), 'a value set is reflected').to.equal('corner');
    element.removeAttribute('placement');
    await element.updateComplete;
    expect(element.placement).to.equal('auto');
  });

  it('shows the card after the wrapped content and never closes it by itself', async () => {
    const element = await zone();
    const panel = await asked(element);
    const slot = element.shadowRoot!.querySelector('slot:not([name])')!;
    expect(slot.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await kit.clock.tickAsync(24 * 60 * 60_000);
    await element.updateComplete;
    expect(panelOf(element)).to.exist;
  });

  it('human-first puts the way to a person before the choices', async () => {
    const element = await zone('human-first');
    const panel = await asked(element);
    const human = panel.querySelector('.human')!;
    const choices = panel.querySelector('.choices')!;
    expect(human.compareDocumentPosition(choices) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('honours reduced motion', async () => {
    const element = await zone();
    const panel = await asked(element);
    expect(getComputedStyle(panel).animationName).to.equal('unstuck-enter');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(panel).animationName).to.equal('none');
  });

  it('placement="corner" keeps the card off the focused control', async () => {
    await setViewport({ width: 800, height: 600 });
    const element = await fixture<UnstuckZone>(
      `<unstuck-zone moment="corner" placement="corner">
         <div style="position: fixed; right: 20px; bottom: 20px"><input class="bottom-right" aria-label="Bottom right"></div>
         ${questionMarkup()}${HUMAN_MARKUP}
       </unstuck-zone>`,
    );
    const field = element.querySelector<HTMLInputElement>('.bottom-right')!;
    field.focus();
    const panel = await asked(element);
    await element.updateComplete;
    const card = panel.getBoundingClientRect();
    const control = field.getBoundingClientRect();
    const overlap = card.left < control.right && control.left < card.right && card.top < control.bottom && control.top < card.bottom;
    expect(getComputedStyle(panel).position).to.equal('fixed');
    expect(overlap, 'card covers the focused control').to.be.false;
    expect(document.activeElement === field, 'focus untouched').to.be.true;
  });

  it('debug shows each signal against its threshold and the state', async () => {
    const element = await zone('debug rage="3/1s"');
    await clickOn(element.querySelector('.dead')!);
    await clickOn(element.querySelector('.dead')!);
    await element.updateComplete;
    const text = element.shadowRoot!.querySelector('.debug')!.textContent!;
    expect(text).to.contain('rage').and.to.contain('2 of 3/1s');
    expect(text).to.contain('exit-intent').and.to.contain('on');
    expect(text).to.contain('state: "watching"');
    expect(text).to.contain('idle').and.to.contain('timer 45s');
  });

  it('debug shows configuration warnings before anyone is stuck (missing moment, no way to a person)', async () => {
    const warn = (await import('sinon')).default.stub(console, 'warn');
    try {
      const element = await fixture<UnstuckZone>(`<unstuck-zone debug>${CONTENT}${questionMarkup()}</unstuck-zone>`);
      await element.updateComplete;
      const text = element.shadowRoot!.querySelector('.debug')!.textContent!;
      expect(text).to.contain('⚠ No way to a person');
      expect(text).to.contain('⚠ No moment');
    } finally {
      warn.restore();
    }
  });

  it('disabled watches nothing', async () => {
    const element = await zone('disabled');
    for (let i = 0; i < 4; i++) await clickOn(element.querySelector('.dead')!);
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    element.disabled = false;
    await element.updateComplete;
    for (let i = 0; i < 3; i++) await clickOn(element.querySelector('.dead')!);
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(1);
  });

  it('takes new thresholds while watching', async () => {
    const element = await zone('idle="45s"');
    await clickOn(element.querySelector('.field')!);
    element.idle = '5s';
    await element.updateComplete;
    await kit.clock.tickAsync(5_000);
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('idle');
  });

  it('counts [data-unstuck-error] appearing as an error (payment declined)', async () => {
    const form = await fixture<UnstuckForm>(`<unstuck-form moment="pay">${FORM_MARKUP}<div class="messages"></div>${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`);
    await pageIdle(); // the errors sensor watches the page from its idle time
    const messages = form.querySelector('.messages')!;
    messages.innerHTML = '<p data-unstuck-error>Card declined</p>';
    await settle();
    await kit.clock.tickAsync(5_000);
    messages.innerHTML = '<p data-unstuck-error>Card declined again</p>';
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('errors');
  });

  it('the keyboard reaches a question that appeared after the focused field', async () => {
    const element = await zone();
    element.querySelector<HTMLElement>('.dead')!.focus();
    await asked(element);
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Dismiss');
  });
});
