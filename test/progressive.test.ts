/**
 * Without JavaScript (script blocked, 404, thrown error) the kit's markup must show nothing
 * and the wrapped form must work as if the kit were not there. This file never imports the
 * kit, so the elements stay undefined.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickOn, FORM_MARKUP, HUMAN_MARKUP, questionMarkup } from './helpers.js';

async function expectPlainForm(wrapper: Element) {
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
}

const MARKUP = `<unstuck-form moment="loan-ssn">${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`;

describe('progressive enhancement', () => {
  it('the bundle returns 404: no kit text, the form works', async () => {
    const failed = new Promise((resolve) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/__bundle/missing.js';
      script.addEventListener('error', resolve, { once: true });
      document.head.append(script);
    });
    await failed;
    await expectPlainForm(await fixture(MARKUP));
  });

  it('an element whose constructor throws: no kit text, the form works', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      await new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
        frame.src = '/__fixture/constructor-throws.html';
      });
      const win = frame.contentWindow as Window & { __errors: string[] };
      const doc = frame.contentDocument!;
      expect(win.__errors.join(' '), 'the broken upgrade was reported').to.contain('broken build');
      const wrapper = doc.querySelector('unstuck-form') as HTMLElement;
      expect(wrapper.innerText).to.contain('Apply');
      for (const text of ['pause here', 'Label', 'Approved answer', 'Call 800']) expect(wrapper.innerText).to.not.contain(text);
      const form = doc.querySelector('form')!;
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      (doc.querySelector('button[type=submit]') as HTMLButtonElement).click();
      expect(submitted).to.be.true;
    } finally {
      frame.remove();
    }
  });
});

describe('progressive enhancement: the kit never loaded', () => {
  it('shows no kit text, and the wrapped form renders, takes input and submits', async () => {
    const wrapper = await fixture(MARKUP);
    expect(customElements.get('unstuck-form')).to.be.undefined;
    await expectPlainForm(wrapper);
  });
});
