/**
 * Without JavaScript (script blocked, 404, thrown error) the kit's markup must show nothing
 * and the wrapped form must work as if the kit were not there. This file never imports the
 * kit, so the elements stay undefined.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickOn, FORM_MARKUP, HUMAN_MARKUP, questionMarkup } from './helpers.js';

describe('progressive enhancement: the kit never loaded', () => {
  it('shows no kit text, and the wrapped form renders, takes input and submits', async () => {
    const wrapper = await fixture(
      `<unstuck-form moment="loan-ssn">${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`,
    );
    expect(customElements.get('unstuck-form')).to.be.undefined;
    const visibleText = (wrapper as HTMLElement).innerText;
    expect(visibleText).to.not.contain('pause here');
    expect(visibleText).to.not.contain('Label');
    expect(visibleText).to.not.contain('Approved answer');
    expect(visibleText).to.not.contain('Call 800');
    expect(visibleText).to.contain('Apply');

    const form = wrapper.querySelector('form')!;
    let submitted: FormData | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    await clickOn(form.querySelector('[name=name]')!);
    await sendKeys({ type: 'Ada' });
    await clickOn(form.querySelector('button[type=submit]')!);
    expect(submitted, 'the form submitted').to.not.be.null;
    expect(submitted!.get('name')).to.equal('Ada');
  });
});
