import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../unstuck.js';
import { clickOn, SINK_FRAME, HUMAN_MARKUP, panelOf, questionMarkup, settle, useKitTest, pageIdle } from '../../../test/helpers.js';
import type { UnstuckCheckoutStep } from './checkout-step.js';

const cartPage = () =>
  fixture<UnstuckCheckoutStep>(`<unstuck-checkout-step moment="cart" journey="shop" step="cart">
      <a href="#checkout" class="to-checkout" data-unstuck-goal>Checkout</a>${questionMarkup()}${HUMAN_MARKUP}
    </unstuck-checkout-step>`);

const checkoutPage = () =>
  fixture<UnstuckCheckoutStep>(`<unstuck-checkout-step moment="checkout" journey="shop" step="checkout">
      ${SINK_FRAME}<form class="pay" action="about:blank" target="unstuck-sink">
        <label>Card number <input name="card" required></label>
        <button type="submit">Pay</button>
      </form>
      <a href="#cart" class="edit-cart" data-unstuck-back="cart">Edit cart</a>
      <div class="messages"></div>
      ${questionMarkup()}${HUMAN_MARKUP}
    </unstuck-checkout-step>`);

/** Leave a page: the wrapper goes away as the browser navigates. */
async function leave(element: Element) {
  element.remove();
  await Promise.resolve();
}

function stopNavigation(element: Element) {
  element.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) event.preventDefault();
  });
}

describe('<unstuck-checkout-step>', () => {
  const kit = useKitTest();

  it('fires on two cart ⇄ checkout round trips across pages', async () => {
    await leave(await cartPage());
    for (let trip = 1; trip <= 2; trip++) {
      const checkout = await checkoutPage();
      stopNavigation(checkout);
      await settle();
      expect(kit.recorder.of('unstuck-detect'), `trip ${trip}`).to.have.length(0);
      // A realistic pace (40 s a leg): slow enough that it is not also a quick page loop.
      await kit.clock.tickAsync(40_000);
      await clickOn(checkout.querySelector('.edit-cart')!);
      await leave(checkout);
      await leave(await cartPage());
      await kit.clock.tickAsync(40_000);
    }
    const checkout = await checkoutPage();
    await pageIdle(); // the page's observers (the journey's round trips) listen from its idle time
    await settle();
    const detect = kit.recorder.of('unstuck-detect');
    expect(detect).to.have.length(1);
    expect(detect[0]!.detail).to.include({ signal: 'round-trips', moment: 'checkout', step: 'checkout' });
    await checkout.updateComplete;
    expect(panelOf(checkout)).to.exist;
  });

  it('fires on a payment declined twice after submitting (shown without a reload)', async () => {
    const checkout = await checkoutPage();
    stopNavigation(checkout);
    await clickOn(checkout.querySelector('[name=card]')!);
    await sendKeys({ type: '4000000000000002' });
    await clickOn(checkout.querySelector('button[type=submit]')!);
    checkout.querySelector('.messages')!.innerHTML = '<p data-unstuck-error role="alert">Your card was declined.</p>';
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    await kit.clock.tickAsync(8_000);
    checkout.querySelector('.messages')!.innerHTML = '<p data-unstuck-error role="alert">Your card was declined again.</p>';
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('errors');
  });

  it('counts a decline across a reload of the step (the page rendered with the error)', async () => {
    const page = (message: string) =>
      fixture<UnstuckCheckoutStep>(`<unstuck-checkout-step moment="checkout" journey="shop" step="checkout">
          <p data-unstuck-error role="alert">${message}</p>${questionMarkup()}${HUMAN_MARKUP}
        </unstuck-checkout-step>`);
    await leave(await page('Your card was declined.'));
    await kit.clock.tickAsync(15_000);
    await page('Your card was declined again.');
    await pageIdle();
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('errors');
  });

  it('a confident buyer who pays at once sees nothing, and the submit is the goal', async () => {
    await leave(await cartPage());
    const checkout = await checkoutPage();
    stopNavigation(checkout);
    await clickOn(checkout.querySelector('[name=card]')!);
    await sendKeys({ type: '4242424242424242' });
    await clickOn(checkout.querySelector('button[type=submit]')!);
    await kit.clock.tickAsync(120_000);
    await settle();
    expect(kit.recorder.types()).to.deep.equal([]);
    expect(panelOf(checkout)).to.be.null;
  });

  it('waits 60 s of hesitation by default', async () => {
    const checkout = await checkoutPage();
    await clickOn(checkout.querySelector('[name=card]')!);
    await kit.clock.tickAsync(59_000);
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    await kit.clock.tickAsync(1_000);
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('idle');
  });
});
