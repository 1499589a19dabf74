import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../unstuck.js';
import { clickOn, FORM_MARKUP, HUMAN_MARKUP, panelOf, questionMarkup, recordEvents, resetStorage, settle } from '../../../test/helpers.js';
import type { UnstuckForm } from './form.js';

async function loanForm(attributes = '') {
  return fixture<UnstuckForm>(
    `<unstuck-form moment="loan-ssn" journey="loan" step="identity" ${attributes}>${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`,
  );
}

describe('<unstuck-form>', () => {
  let clock: sinon.SinonFakeTimers;
  let recorder: ReturnType<typeof recordEvents>;

  beforeEach(() => {
    resetStorage();
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-11-22T10:00:00Z') });
    recorder = recordEvents();
  });

  afterEach(() => {
    recorder.stop();
    clock.restore();
  });

  it('asks when a focused field stalls, without taking focus', async () => {
    const form = await loanForm();
    const ssn = form.querySelector<HTMLInputElement>('[name=ssn]')!;
    await clickOn(ssn);
    expect(document.activeElement).to.equal(ssn);
    await clock.tickAsync(19_000);
    expect(panelOf(form)).to.be.null;
    await clock.tickAsync(1_000);
    await settle();
    await form.updateComplete;
    expect(panelOf(form), 'question visible').to.exist;
    expect(document.activeElement, 'focus unchanged').to.equal(ssn);
    expect(recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show']);
    const detect = recorder.of('unstuck-detect')[0]!;
    expect(detect.detail).to.include({ moment: 'loan-ssn', journey: 'loan', step: 'identity', element: 'unstuck-form', signal: 'field-stall', group: 'treatment' });
    expect(detect.cancelable).to.be.true;
    const show = recorder.of('unstuck-show')[0]!;
    expect(show.detail.detection).to.equal(detect.detail.id);
    expect(show.detail.choices).to.deep.equal(['why', 'security', 'later']);
  });
});
