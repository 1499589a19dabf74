import { expect, fixture } from '@open-wc/testing';
import '../src/unstuck.js';
import type { UnstuckWrapper } from '../src/components/wrapper/wrapper.js';
import { clickOn, HUMAN_MARKUP, panelOf, questionMarkup, settle, useKitTest } from './helpers.js';

const wrapper = (tag: string, moment: string, attributes = '', inner = '') =>
  `<${tag} moment="${moment}" ${attributes}><button type="button" class="dead-${moment}">Do nothing</button>${inner}${questionMarkup()}${HUMAN_MARKUP}</${tag}>`;

const open = (element: Element) => !!panelOf(element);

async function page(markup: string) {
  const root = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const byMoment = (moment: string) => root.querySelector<UnstuckWrapper>(`[moment="${moment}"]`)!;
  return { root, byMoment };
}

async function updated(...elements: UnstuckWrapper[]) {
  await settle();
  await Promise.all(elements.map((element) => element.updateComplete));
}

describe('coordinator: page-wide rules with three wrappers', () => {
  const kit = useKitTest();

  it('one question at a time: the highest priority wins, ties go to the first; the others are suppressed', async () => {
    const { byMoment } = await page(
      wrapper('unstuck-zone', 'a', 'priority="1"') + wrapper('unstuck-form', 'b', 'priority="5"') + wrapper('unstuck-pricing', 'c', 'priority="5"'),
    );
    const [a, b, c] = ['a', 'b', 'c'].map(byMoment);
    a!.ask();
    c!.ask();
    b!.ask();
    await updated(a!, b!, c!);
    expect([open(a!), open(b!), open(c!)]).to.deep.equal([false, false, true]);
    const detects = Object.fromEntries(kit.recorder.of('unstuck-detect').map((event) => [event.detail.moment, event.detail.suppressed]));
    expect(detects).to.deep.equal({ a: 'busy', b: 'busy', c: null });
  });

  it('the innermost of two nested wrappers wins when both detect the same burst', async () => {
    const { byMoment } = await page(wrapper('unstuck-zone', 'outer', '', wrapper('unstuck-checkout-step', 'inner')) + wrapper('unstuck-zone', 'third'));
    const dead = byMoment('inner').querySelector('.dead-inner')!;
    for (let i = 0; i < 3; i++) await clickOn(dead);
    await updated(byMoment('outer'), byMoment('inner'));
    const detects = kit.recorder.of('unstuck-detect').map((event) => [event.detail.moment, event.detail.suppressed]);
    expect(detects).to.have.deep.members([
      ['outer', 'busy'],
      ['inner', null],
    ]);
    expect(open(byMoment('inner'))).to.be.true;
    expect(open(byMoment('outer'))).to.be.false;
    // The inner wrapper's question belongs to it, not to the outer one.
    expect(byMoment('outer').shadowRoot!.querySelector('.panel')).to.be.null;
  });

  it('a suppressed wrapper may ask later when it detects again', async () => {
    const { byMoment } = await page(`<unstuck-config gap="1s"></unstuck-config>` + wrapper('unstuck-zone', 'a') + wrapper('unstuck-zone', 'b', 'outcome-window="30s"'));
    const [a, b] = [byMoment('a'), byMoment('b')];
    a.ask();
    b.ask();
    await updated(a, b);
    expect([open(a), open(b)]).to.deep.equal([true, false]);
    await clickOn(a.shadowRoot!.querySelector('.dismiss')!);
    await kit.clock.tickAsync(30_000); // b's suppressed moment is measured (its outcome), then b watches again
    b.ask();
    await updated(a, b);
    expect(open(b)).to.be.true;
    expect(kit.recorder.of('unstuck-outcome').map((event) => [event.detail.moment, event.detail.suppressed])).to.deep.include(['b', 'busy']);
  });

  it('<unstuck-config max-per-session> caps questions across the pages of a visit', async () => {
    const first = await page(`<unstuck-config max-per-session="1" gap="0s"></unstuck-config>` + wrapper('unstuck-zone', 'a'));
    first.byMoment('a').ask();
    await updated(first.byMoment('a'));
    expect(open(first.byMoment('a'))).to.be.true;
    first.root.remove(); // the visitor goes to the next page
    await Promise.resolve();
    const second = await page(`<unstuck-config max-per-session="1" gap="0s"></unstuck-config>` + wrapper('unstuck-search', 'b') + wrapper('unstuck-cancel', 'c'));
    second.byMoment('b').ask();
    await updated(second.byMoment('b'));
    expect(open(second.byMoment('b'))).to.be.false;
    expect(kit.recorder.of('unstuck-detect').at(-1)!.detail).to.include({ moment: 'b', suppressed: 'cap' });
  });

  it('attribute changes on <unstuck-config> take effect, and bad values warn', async () => {
    const { root, byMoment } = await page(`<unstuck-config max-per-session="0"></unstuck-config>` + wrapper('unstuck-zone', 'a') + wrapper('unstuck-zone', 'b'));
    byMoment('a').ask();
    await updated(byMoment('a'));
    expect(open(byMoment('a'))).to.be.false;
    const config = root.querySelector('unstuck-config')!;
    config.setAttribute('max-per-session', 'lots');
    await (config as unknown as UnstuckWrapper).updateComplete;
    expect(kit.recorder.of('unstuck-error').map((event) => event.detail.attribute)).to.include('max-per-session');
    byMoment('b').ask();
    await updated(byMoment('b'));
    expect(open(byMoment('b')), 'back to the default of 2').to.be.true;
  });

  it('wrappers added and removed at run time (SPA routes) hand the question slot on', async () => {
    const { root } = await page(`<unstuck-config gap="0s"></unstuck-config>`);
    const route = document.createElement('main');
    root.append(route);
    route.innerHTML = wrapper('unstuck-checkout-step', 'shipping');
    const shipping = route.querySelector<UnstuckWrapper>('unstuck-checkout-step')!;
    await shipping.updateComplete;
    shipping.ask();
    await updated(shipping);
    expect(open(shipping)).to.be.true;
    route.innerHTML = wrapper('unstuck-checkout-step', 'payment'); // route change while the question is open
    const payment = route.querySelector<UnstuckWrapper>('unstuck-checkout-step')!;
    await payment.updateComplete;
    payment.ask();
    await updated(payment);
    expect(open(payment)).to.be.true;
    expect(kit.recorder.of('unstuck-outcome').map((event) => event.detail.moment)).to.include('shipping');
  });
});

describe('<unstuck-config> on pages that change', () => {
  const kit = useKitTest();

  it('when the config in charge is removed, the next one on the page takes over', async () => {
    const warn = (await import('sinon')).default.stub(console, 'warn');
    try {
      const { root, byMoment } = await page(
        `<unstuck-config class="first" max-per-session="0"></unstuck-config><unstuck-config class="second" max-per-session="5" gap="0s"></unstuck-config>` +
          wrapper('unstuck-zone', 'a'),
      );
      byMoment('a').ask();
      await updated(byMoment('a'));
      expect(open(byMoment('a')), 'first config: no questions').to.be.false;
      root.querySelector('.first')!.remove();
      await settle();
      root.insertAdjacentHTML('beforeend', wrapper('unstuck-zone', 'b'));
      await byMoment('b').updateComplete;
      byMoment('b').ask();
      await updated(byMoment('b'));
      expect(open(byMoment('b')), 'second config now applies').to.be.true;
      void kit;
    } finally {
      warn.restore();
    }
  });
});
