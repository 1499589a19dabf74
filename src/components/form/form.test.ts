import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../unstuck.js';
import { FORM_MARKUP, HUMAN_MARKUP, clickOn, panelOf, questionMarkup, settle, useKitTest, pageIdle } from '../../../test/helpers.js';
import type { UnstuckForm } from './form.js';

async function loanForm(attributes = '', formMarkup = FORM_MARKUP) {
  const element = await fixture<UnstuckForm>(
    `<unstuck-form moment="loan-ssn" journey="loan" step="identity" ${attributes}>${formMarkup}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`,
  );
  return element;
}

describe('<unstuck-form>', () => {
  const kit = useKitTest();

  it('asks when a focused field stalls, without taking focus', async () => {
    const form = await loanForm();
    const ssn = form.querySelector<HTMLInputElement>('[name=ssn]')!;
    await clickOn(ssn);
    expect(document.activeElement).to.equal(ssn);
    await kit.clock.tickAsync(19_000);
    expect(panelOf(form)).to.be.null;
    await kit.clock.tickAsync(1_000);
    await settle();
    await form.updateComplete;
    expect(panelOf(form), 'question visible').to.exist;
    expect(document.activeElement, 'focus unchanged').to.equal(ssn);
    expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show']);
    const detect = kit.recorder.of('unstuck-detect')[0]!;
    expect(detect.detail).to.include({ moment: 'loan-ssn', journey: 'loan', step: 'identity', element: 'unstuck-form', signal: 'field-stall', group: 'treatment' });
    expect(detect.cancelable).to.be.true;
    const show = kit.recorder.of('unstuck-show')[0]!;
    expect(show.detail.detection).to.equal(detect.detail.id);
    expect(show.detail.choices).to.deep.equal(['why', 'security', 'later']);
    expect(show.detail.labels, 'the authored labels').to.deep.equal({ why: 'Label why', security: 'Label security', later: 'Label later' });
  });

  it('input in the field restarts the stall timer', async () => {
    const form = await loanForm();
    await clickOn(form.querySelector('[name=ssn]')!);
    await kit.clock.tickAsync(15_000);
    await sendKeys({ type: '12' });
    await kit.clock.tickAsync(15_000);
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    await kit.clock.tickAsync(5_000);
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('field-stall');
  });

  it('a confident visitor who fills and submits quickly sees nothing', async () => {
    const form = await loanForm();
    const submitted = new Promise((resolve) => form.addEventListener('submit', resolve));
    await clickOn(form.querySelector('[name=name]')!);
    await sendKeys({ type: 'Ada Lovelace' });
    await kit.clock.tickAsync(2_000);
    await clickOn(form.querySelector('[name=ssn]')!);
    await sendKeys({ type: '123456789' });
    await kit.clock.tickAsync(3_000);
    await clickOn(form.querySelector('button[type=submit]')!);
    await submitted;
    await kit.clock.tickAsync(120_000);
    await settle();
    expect(kit.recorder.events.filter((event) => event.type !== 'unstuck-error')).to.have.length(0);
    expect(panelOf(form)).to.be.null;
  });

  it('fires field-churn when the same field is emptied and refilled three times', async () => {
    const form = await loanForm('field-stall="off"');
    await clickOn(form.querySelector('[name=name]')!);
    await sendKeys({ type: 'Ada' });
    for (let i = 0; i < 3; i++) {
      expect(kit.recorder.of('unstuck-detect'), `after ${i} refills`).to.have.length(0);
      for (let k = 0; k < 3; k++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'Bob' });
    }
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('field-churn');
  });

  it('fires errors on two failed submits in a minute (invalid events), one per attempt', async () => {
    const form = await loanForm('', FORM_MARKUP.replace('<input name="name"', '<input name="name" required').replace('<input name="ssn"', '<input name="ssn" required'));
    const submit = form.querySelector('button[type=submit]')!;
    await clickOn(submit);
    expect(kit.recorder.of('unstuck-detect'), 'two invalid fields are one attempt').to.have.length(0);
    await kit.clock.tickAsync(10_000);
    await clickOn(submit);
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('errors');
  });

  it('fires errors when aria-invalid="true" appears twice', async () => {
    const form = await loanForm();
    await pageIdle(); // the errors sensor watches the page from its idle time
    const ssn = form.querySelector('[name=ssn]')!;
    ssn.setAttribute('aria-invalid', 'true');
    await settle();
    ssn.setAttribute('aria-invalid', 'false');
    await kit.clock.tickAsync(5_000);
    ssn.setAttribute('aria-invalid', 'true');
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('errors');
  });

  it('never appears while the visitor types: waits for a 1.5 s pause', async () => {
    const form = await loanForm('field-stall="off"');
    await clickOn(form.querySelector('[name=name]')!);
    await sendKeys({ type: 'Ad' });
    form.ask('manual');
    await settle();
    await sendKeys({ type: 'a' });
    await kit.clock.tickAsync(1_000);
    await form.updateComplete;
    expect(panelOf(form), 'still typing').to.be.null;
    await kit.clock.tickAsync(600);
    await form.updateComplete;
    expect(panelOf(form)).to.exist;
  });

  it('a submit after the question is a continued outcome', async () => {
    const form = await loanForm();
    form.ask();
    await settle();
    await clickOn(form.querySelector('button[type=submit]')!);
    await kit.clock.tickAsync(2_000); // no error shown for it within 2 s (submit.test.ts)
    const outcomes = kit.recorder.of('unstuck-outcome');
    expect(outcomes).to.have.length(1);
    expect(outcomes[0]!.detail).to.include({ outcome: 'continued', asked: true, group: 'treatment' });
  });

  it('warns once about a bad threshold and keeps the preset', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const form = await loanForm('field-stall="soon" errors="x"');
      const errors = kit.recorder.of('unstuck-error');
      expect(errors.map((event) => event.detail.attribute)).to.include.members(['field-stall', 'errors']);
      expect(warn.args.some(([message]) => String(message).includes('<unstuck-form moment="loan-ssn"> field-stall="soon"'))).to.be.true;
      await clickOn(form.querySelector('[name=ssn]')!);
      await kit.clock.tickAsync(20_000);
      expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal, 'preset 20s still works').to.equal('field-stall');
    } finally {
      warn.restore();
    }
  });
});
