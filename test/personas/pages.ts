/** Realistic pages for the personas: each wrapped as a team would wrap it, with default thresholds. */
import { HUMAN_MARKUP, questionMarkup, SINK_FRAME } from '../helpers.js';

const KIT = `${questionMarkup()}${HUMAN_MARKUP}`;

export const ARTICLE = `<article class="article">
  <h2>How our plans work</h2>
  <p class="para">Every plan includes free returns within thirty days, tracked delivery and a named person to call if anything goes wrong with your order.</p>
  <p class="para2">Plus and Pro add faster delivery, longer returns and a discount on loans, billed monthly and cancellable at any time.</p>
</article>`;

export const PRICING = `<unstuck-pricing moment="plans" journey="shop" step="plans">
  ${ARTICLE}
  <div class="plans" style="display: flex; gap: 24px; margin: 16px 0">
    <section class="plan" data-unstuck-option="basic" style="width: 180px; padding: 12px; border: 1px solid #ccc"><h3>Basic</h3><p>Free</p><a href="#buy-basic" class="choose-basic" data-unstuck-goal>Choose Basic</a></section>
    <section class="plan" data-unstuck-option="plus" style="width: 180px; padding: 12px; border: 1px solid #ccc"><h3>Plus</h3><p>$7 a month</p><a href="#buy-plus" class="choose-plus" data-unstuck-goal>Choose Plus</a></section>
    <section class="plan" data-unstuck-option="pro" style="width: 180px; padding: 12px; border: 1px solid #ccc"><h3>Pro</h3><p>$15 a month</p><a href="#buy-pro" class="choose-pro" data-unstuck-goal>Choose Pro</a></section>
  </div>
  <div data-unstuck-section="faq"><button type="button" class="faq">Questions about plans</button></div>
  <div data-unstuck-section="compare"><button type="button" class="compare">Compare all features</button></div>
  ${KIT}
</unstuck-pricing>`;

export const LOAN = `<unstuck-form moment="loan-ssn" journey="loan" step="identity">
  ${SINK_FRAME}
  <form class="loan" action="about:blank" target="unstuck-sink">
    <label>Full name <input name="name" class="name" autocomplete="off" required></label>
    <label>Social Security number <input name="ssn" class="ssn" autocomplete="off" required></label>
    <label>Amount <input name="amount" class="amount" type="number" min="500" step="500" value="5000"></label>
    <button type="submit" class="apply">Check my rate</button>
  </form>
  ${KIT}
</unstuck-form>`;

export const PAYMENT = `<unstuck-checkout-step moment="payment" journey="shop" step="payment">
  ${SINK_FRAME}
  <form class="pay" action="about:blank" target="unstuck-sink">
    <label>Card number <input name="card" class="card" autocomplete="off" required></label>
    <button type="submit" class="pay-now">Pay now</button>
  </form>
  <p class="messages" role="status"></p>
  <a href="#cart" class="edit-cart" data-unstuck-back="cart">Edit cart</a>
  ${KIT}
</unstuck-checkout-step>`;

export const CART = `<unstuck-checkout-step moment="cart" journey="shop" step="cart">
  <p>2 items · $48.00</p>
  <a href="#payment" class="to-payment" data-unstuck-goal>Continue to payment</a>
  ${KIT}
</unstuck-checkout-step>`;

export const SEARCH = `<unstuck-search moment="help-search">
  <form class="search" role="search"><input name="q" class="q" aria-label="Search help"><button class="go">Search</button></form>
  <ul class="results"></ul>
  ${KIT}
</unstuck-search>`;

export const CATALOGUE = `<unstuck-zone moment="catalogue">
  ${ARTICLE}
  <div class="stepper"><button type="button" class="minus">−</button> <output class="count">1</output> <button type="button" class="plus">+</button></div>
  <ol class="page-list"><li>Result 1</li><li>Result 2</li></ol>
  <button type="button" class="next-page">Next page</button>
  <button type="button" class="dead-apply">Apply discount</button>
  <button type="button" class="details">Delivery details</button>
  <a href="#checkout" class="checkout" data-unstuck-goal>Checkout</a>
  ${KIT}
</unstuck-zone>`;

/** A help article (the persona calls what the kit runs when it loads a page marked so). */
export const HELP = `<meta name="unstuck-help"><article><h2>Which plan is right for me?</h2><p>Basic suits one person; Plus adds faster delivery.</p></article>`;

/** Room below a page's wrapper, so that the visitor can scroll past it. */
export const TALL = '<div class="below" style="height: 2400px"></div>';

export const CANCEL = `<unstuck-cancel moment="cancel-plan" goal=".keep">
  <p>You are about to cancel your Plus plan.</p>
  <a href="#keep" class="keep">Keep my plan</a>
  <button type="button" class="confirm" data-unstuck-confirm>Cancel my plan</button>
  ${KIT}
</unstuck-cancel>`;

const INDEX = ['refund policy', 'shipping times', 'reset password', 'change address', 'track my order', 'card declined'];

/** Wires the pages' own behaviour (what the site's scripts would do). */
export function wirePage(root: HTMLElement): void {
  const search = root.querySelector<HTMLFormElement>('form.search');
  search?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new FormData(search).get('q')!.toString().toLowerCase().trim();
    const hits = INDEX.filter((entry) => entry.includes(query));
    const results = root.querySelector('.results')!;
    results.innerHTML = hits.map((hit) => `<li><a href="#${hit}" data-unstuck-goal>${hit}</a></li>`).join('') || '<li>No results</li>';
    (root.querySelector('unstuck-search') as HTMLElement & { reportSearch(n: number): void }).reportSearch(hits.length);
  });
  const pay = root.querySelector<HTMLFormElement>('form.pay');
  pay?.addEventListener('submit', (event) => {
    const card = new FormData(pay).get('card')!.toString().replace(/\s/g, '');
    if (card === '4242424242424242') return; // accepted: the submit goes through
    event.preventDefault();
    root.querySelector('.messages')!.innerHTML = `<span data-unstuck-error>Your card was declined (${Date.now() % 1000}).</span>`;
  });
  // Section buttons open their section (an accordion), as a real page's would.
  for (const toggle of root.querySelectorAll('.faq, .compare')) {
    toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true')));
  }
  let count = 1;
  root.querySelector('.plus')?.addEventListener('click', () => (root.querySelector('.count')!.textContent = String(++count)));
  root.querySelector('.minus')?.addEventListener('click', () => (root.querySelector('.count')!.textContent = String(--count)));
  let page = 1;
  root.querySelector('.next-page')?.addEventListener('click', () => {
    page++;
    root.querySelector('.page-list')!.innerHTML = `<li>Result ${page * 2 - 1}</li><li>Result ${page * 2}</li>`;
  });
  // "Delivery details" opens a dialog at the end of the page (outside the wrapper), as sites do.
  root.querySelector('.details')?.addEventListener('click', () => {
    const dialog = document.createElement('dialog');
    dialog.textContent = 'Delivered in 2–3 days.';
    root.append(dialog);
    dialog.show();
  });
  // Links stay on the test page.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (link) event.preventDefault();
  });
}
