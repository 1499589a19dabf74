import { expect, fixture } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../unstuck.js';
import { centre, choiceMarkup, clickOn, frames, HUMAN_MARKUP, panelOf, settle, useKitTest, wheel } from '../../../test/helpers.js';
import type { UnstuckPricing } from './pricing.js';

const PLANS = `
  <div class="plans" style="display: flex; gap: 16px">
    <section data-unstuck-option="basic" data-unstuck-option-label="Basic" style="width: 200px; height: 200px"><h3>Basic</h3><a href="#buy-basic" data-unstuck-goal>Choose Basic</a></section>
    <section data-unstuck-option="pro" data-unstuck-option-label="Pro" style="width: 200px; height: 200px"><h3>Pro</h3><a href="#buy-pro" data-unstuck-goal>Choose Pro</a></section>
  </div>`;

const QUESTION = `<unstuck-question prompt="What would help you choose?">
    ${choiceMarkup({ value: 'difference', response: 'Here is what <strong data-unstuck-fill="option">this plan</strong> adds.' })}
    ${choiceMarkup({ value: 'price' })}
    ${choiceMarkup({ value: 'later' })}
  </unstuck-question>`;

const pricing = (attributes = '', after = '') =>
  fixture<UnstuckPricing>(`<div><unstuck-pricing moment="plans" ${attributes}>${PLANS}${QUESTION}${HUMAN_MARKUP}</unstuck-pricing>${after}</div>`).then(
    (root) => root.querySelector('unstuck-pricing')!,
  );

const plan = (element: Element, id: string) => element.querySelector(`[data-unstuck-option="${id}"] h3`)!;

describe('<unstuck-pricing>', () => {
  const kit = useKitTest();

  it('fires when attention goes back and forth between the same plans (clicks), naming them', async () => {
    const element = await pricing();
    for (const id of ['basic', 'pro', 'basic', 'pro', 'basic']) {
      await clickOn(plan(element, id));
      await kit.clock.tickAsync(5_000);
    }
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    await clickOn(plan(element, 'pro'));
    await settle();
    const detect = kit.recorder.of('unstuck-detect')[0]!;
    expect(detect.detail.signal).to.equal('dither');
    expect(detect.detail.options).to.have.members(['basic', 'pro']);
  });

  it('counts a pointer resting on a plan for 600 ms, not a pointer passing over', async () => {
    const element = await pricing();
    const rest = async (id: string, ms: number) => {
      await sendMouse({ type: 'move', position: centre(plan(element, id)) });
      await kit.clock.tickAsync(ms);
    };
    for (const id of ['basic', 'pro', 'basic', 'pro', 'basic', 'pro']) await rest(id, 300);
    expect(kit.recorder.of('unstuck-detect'), 'passing over').to.have.length(0);
    for (const id of ['basic', 'pro', 'basic', 'pro', 'basic', 'pro']) await rest(id, 700);
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('dither');
  });

  it('fires when the visitor scrolls back up over the table twice', async () => {
    const element = await pricing('idle="off"', '<div style="height: 3000px"></div>');
    await clickOn(plan(element, 'basic'));
    for (let i = 0; i < 2; i++) {
      await wheel(1_500);
      await frames();
      await frames();
      await wheel(-1_500);
      await frames();
      await frames();
    }
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('scroll-back');
  });

  it('a response can name the plan in view', async () => {
    const element = await pricing();
    await clickOn(plan(element, 'pro'));
    element.ask();
    await settle();
    await element.updateComplete;
    await clickOn(element.shadowRoot!.querySelector('.choice')!);
    expect(element.querySelector('[slot=response] [data-unstuck-fill="option"]')!.textContent).to.equal('Pro');
  });

  it('a visitor who compares two plans once and chooses sees nothing; the choice is the goal', async () => {
    const element = await pricing();
    element.addEventListener('click', (event) => event.preventDefault());
    await clickOn(plan(element, 'basic'));
    await clickOn(plan(element, 'pro'));
    await clickOn(plan(element, 'basic'));
    await clickOn(element.querySelector('[href="#buy-basic"]')!);
    await kit.clock.tickAsync(300_000);
    await settle();
    expect(kit.recorder.types()).to.deep.equal([]);
    expect(panelOf(element)).to.be.null;
  });
});
