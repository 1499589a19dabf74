import { expect, fixture } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../unstuck.js';
import { resetMemoryStorage } from '../../internal/storage.js';
import { centre, clickOn, HUMAN_MARKUP, panelOf, questionMarkup, settle, useKitTest, pageIdle } from '../../../test/helpers.js';
import type { UnstuckCancel } from './cancel.js';

const cancelFlow = (attributes = '') =>
  fixture<UnstuckCancel>(`<unstuck-cancel moment="cancel-plan" ${attributes}>
      <p>You are about to cancel your plan.</p>
      <a href="#keep" class="keep" data-unstuck-goal>Keep my plan</a>
      <button type="button" class="confirm" data-unstuck-confirm>Cancel my plan</button>
      ${questionMarkup()}${HUMAN_MARKUP}
    </unstuck-cancel>`);

/** A new visit: the tab session ends, localStorage stays. */
function newVisit() {
  sessionStorage.clear();
  resetMemoryStorage();
}

describe('<unstuck-cancel>', () => {
  const kit = useKitTest();

  it('asks on a return visit to the cancel flow, not on the first', async () => {
    const first = await cancelFlow();
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    first.remove();
    await Promise.resolve();
    await kit.clock.tickAsync(3 * 86_400_000);
    newVisit();
    const again = await cancelFlow();
    await pageIdle(); // the page's observers (returns among them) listen from its idle time
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('returns');
    await again.updateComplete;
    expect(panelOf(again)).to.exist;
  });

  it('a reload in the same visit is not a return', async () => {
    (await cancelFlow()).remove();
    await Promise.resolve();
    await cancelFlow();
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
  });

  it('puts the way to a person first, unless told otherwise', async () => {
    const element = await cancelFlow();
    element.ask();
    await settle();
    await element.updateComplete;
    const panel = panelOf(element)!;
    expect(panel.querySelector('.human')!.compareDocumentPosition(panel.querySelector('.choices')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const plain = await fixture<UnstuckCancel>(`<unstuck-cancel moment="other" human-first="off">${questionMarkup()}${HUMAN_MARKUP}</unstuck-cancel>`);
    expect(plain.humanFirst).to.equal(false);
  });

  it('never asks while the visitor is on the final confirm button', async () => {
    const element = await cancelFlow();
    const confirm = element.querySelector('.confirm')!;
    await sendMouse({ type: 'move', position: centre(confirm) });
    element.ask();
    await settle();
    await element.updateComplete;
    expect(panelOf(element), 'held while on the confirm button').to.be.null;
    await sendMouse({ type: 'move', position: centre(element.querySelector('p')!) });
    await element.updateComplete;
    expect(panelOf(element)).to.exist;
    expect(confirm.isConnected && !(confirm as HTMLButtonElement).disabled, 'the cancel control is untouched').to.be.true;
  });

  it('the visitor who cancels at once sees nothing', async () => {
    const element = await cancelFlow();
    await clickOn(element.querySelector('.confirm')!);
    await kit.clock.tickAsync(25_000);
    expect(kit.recorder.types()).to.deep.equal([]);
  });

  it('waits 30 s of hesitation by default', async () => {
    const element = await cancelFlow();
    await clickOn(element.querySelector('p')!);
    await kit.clock.tickAsync(29_000);
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    await kit.clock.tickAsync(1_000);
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('idle');
  });
});
