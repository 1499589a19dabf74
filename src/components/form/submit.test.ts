// A submit is forward movement whether or not the page cancels it (single-page apps), unless the
// page shows an error for it within 2 s (design.md §1). Real clicks on the submit button, in
// both groups; the fake clock runs the 2 s.
import { expect, fixture } from '@open-wc/testing';
import '../../unstuck.js';
import { FORM_MARKUP, HUMAN_MARKUP, clickOn, questionMarkup, settle, useKitTest } from '../../../test/helpers.js';
import type { UnstuckWrapper } from '../wrapper/wrapper.js';

type Page = (wrapper: UnstuckWrapper, form: HTMLFormElement) => void;

/** A single-page app: it cancels the submit and sends it with fetch; `then` is what it shows after. */
const spa =
  (then: (wrapper: UnstuckWrapper) => void = () => {}): Page =>
  (wrapper, form) =>
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      setTimeout(() => then(wrapper), 400); // the server's answer
    });

const CASES: { name: string; tag?: string; page: Page; continued: boolean }[] = [
  { name: 'a single-page app cancels the submit and sends it itself: continued', page: spa(), continued: true },
  {
    name: 'a single-page app shows a role="alert" for it: not forward movement',
    page: spa((wrapper) => wrapper.querySelector('form')!.append(Object.assign(document.createElement('p'), { role: 'alert', textContent: 'Something went wrong.' }))),
    continued: false,
  },
  {
    name: 'a toast role="alert" outside the wrapper fills with text: not forward movement',
    page: (wrapper, form) => {
      const toast = Object.assign(document.createElement('div'), { role: 'alert' });
      document.body.append(toast);
      spa(() => (toast.textContent = 'Could not save'))(wrapper, form);
    },
    continued: false,
  },
  {
    name: 'a single-page app marks a field aria-invalid="true": not forward movement',
    page: spa((wrapper) => wrapper.querySelector('[name=ssn]')!.setAttribute('aria-invalid', 'true')),
    continued: false,
  },
  {
    name: 'a declined card on the checkout step (cancelled, data-unstuck-error shown): not forward movement',
    tag: 'unstuck-checkout-step',
    page: spa((wrapper) => wrapper.querySelector('form')!.insertAdjacentHTML('beforeend', '<p data-unstuck-error>Your card was declined.</p>')),
    continued: false,
  },
  { name: 'a checkout step whose payment goes through: continued', tag: 'unstuck-checkout-step', page: spa(), continued: true },
];

describe('submits as forward movement', () => {
  const kit = useKitTest();
  afterEach(() => document.querySelectorAll('body > [role=alert]').forEach((toast) => toast.remove()));

  async function wrapped(tag: string, group: 'treatment' | 'holdout'): Promise<UnstuckWrapper> {
    const wrapper = await fixture<UnstuckWrapper>(`<${tag} moment="pay" holdout="${group === 'holdout' ? 1 : 0}">${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</${tag}>`);
    wrapper.ask();
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.group).to.equal(group);
    return wrapper;
  }

  const outcomes = () => kit.recorder.of('unstuck-outcome').map((event) => event.detail.outcome);

  for (const group of ['treatment', 'holdout'] as const) {
    for (const { name, tag = 'unstuck-form', page, continued } of CASES) {
      it(`${group}: ${name}`, async () => {
        const wrapper = await wrapped(tag, group);
        page(wrapper, wrapper.querySelector('form')!);
        await kit.clock.tickAsync(1_000);
        await clickOn(wrapper.querySelector('button[type=submit]')!);
        await kit.clock.tickAsync(1_999);
        expect(outcomes(), 'decided only after 2 s without an error').to.deep.equal([]);
        await kit.clock.tickAsync(1);
        expect(outcomes()).to.deep.equal(continued ? ['continued'] : []);
        if (continued) {
          expect(kit.recorder.of('unstuck-outcome')[0]!.detail.ms, 'counted at the submit, not 2 s later').to.equal(1_000);
        } else {
          window.dispatchEvent(new PageTransitionEvent('pagehide'));
          expect(outcomes(), 'the visitor left after the rejected submit').to.deep.equal(['abandoned']);
        }
      });
    }

    it(`${group}: a native submit that navigates counts before the page unloads`, async () => {
      const wrapper = await wrapped('unstuck-form', group);
      await clickOn(wrapper.querySelector('button[type=submit]')!);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(outcomes()).to.deep.equal(['continued']);
    });
  }

  it('a form marked data-unstuck-not-goal (a promo code) never counts', async () => {
    const wrapper = await fixture<UnstuckWrapper>(
      `<unstuck-form moment="promo">${FORM_MARKUP}<form class="promo" data-unstuck-not-goal action="about:blank" target="unstuck-sink"><label>Promo <input name="promo"></label><button class="apply">Apply code</button></form>${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`,
    );
    wrapper.ask();
    await settle();
    await clickOn(wrapper.querySelector('.apply')!);
    await kit.clock.tickAsync(3_000);
    expect(outcomes()).to.deep.equal([]);
  });
});
