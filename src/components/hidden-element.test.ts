/**
 * The authoring elements tell their wrapper of a change only once a card can read it: before the
 * page's first card exists, nothing listens, so five events per wrapper at start-up
 * would be dispatched for nobody (BENCHMARKS.md, issue 17). This file runs in its own page, so no
 * card exists before its first test.
 */
import { expect, fixture } from '@open-wc/testing';
import '../unstuck.js';
import { UnstuckChoice } from './choice/choice.js';
import type { UnstuckForm } from './form/form.js';
import { HUMAN_MARKUP, questionMarkup, settle, useKitTest } from '../../test/helpers.js';
import { CONTENT_CHANGE } from './hidden-element.js';

describe('authoring elements: change notices', () => {
  useKitTest();

  it('start-up dispatches none; once a card shows, a change reaches it', async () => {
    const heard: EventTarget[] = [];
    const listener = (event: Event) => heard.push(event.target!);
    document.addEventListener(CONTENT_CHANGE, listener, true);
    try {
      const element = await fixture<UnstuckForm>(
        `<unstuck-form moment="notices"><input aria-label="Name">${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`,
      );
      await element.updateComplete;
      await settle();
      expect(heard, 'no notice while no card exists').to.have.length(0);

      element.ask();
      await settle();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.prompt')!.textContent).to.equal("What's making you pause here?");
      element.querySelector('unstuck-choice')!.setAttribute('label', 'Changed reply');
      await settle();
      await element.updateComplete;
      expect(heard.length, 'the change was told').to.be.greaterThan(0);
      expect(element.shadowRoot!.querySelector('.choice')!.textContent).to.contain('Changed reply');
    } finally {
      document.removeEventListener(CONTENT_CHANGE, listener, true);
    }
  });
});

describe('authoring elements: attributes and properties', () => {
  it('read their attributes, fall back to their defaults while absent, and write what is set', () => {
    const choice = document.createElement('unstuck-choice');
    expect([choice.value, choice.label, choice.approvedBy, choice.escalate]).to.deep.equal(['', '', '', false]);
    choice.label = 'Shipping costs';
    choice.escalate = true;
    expect(choice.getAttribute('label')).to.equal('Shipping costs');
    expect(choice.hasAttribute('escalate')).to.equal(true);
    choice.setAttribute('approved-on', '2026-10-01');
    expect(choice.approval).to.deep.equal({ by: '', on: '2026-10-01', expires: null });
    choice.removeAttribute('label');
    choice.escalate = false;
    expect([choice.label, choice.escalate, choice.hasAttribute('escalate')]).to.deep.equal(['', false, false]);

    const question = document.createElement('unstuck-question');
    const human = document.createElement('unstuck-human');
    expect([question.dismissLabel, human.label]).to.deep.equal(['Dismiss', 'Talk to a person']);
    question.setAttribute('dismiss-label', 'Close');
    question.signals = 'idle rage';
    expect([question.dismissLabel, question.answers('rage'), question.answers('loops')]).to.deep.equal(['Close', true, false]);
    question.dismissLabel = null as unknown as string;
    expect(question.dismissLabel, 'null removes the attribute').to.equal('Dismiss');
  });

  it('a value set before the element was defined goes through to its attribute', async () => {
    const tag = `test-late-choice-${Math.random().toString(36).slice(2)}`;
    const early = document.createElement(tag) as UnstuckChoice;
    early.label = 'Set early';
    document.body.append(early);
    try {
      customElements.define(tag, class extends UnstuckChoice {});
      expect(early.getAttribute('label')).to.equal('Set early');
      early.setAttribute('label', 'Changed');
      expect(early.label, 'the own property no longer hides the accessor').to.equal('Changed');
    } finally {
      early.remove();
    }
  });

  it('are plain elements: no update cycle per element at start-up (five per wrapper; BENCHMARKS.md, issue 17)', () => {
    for (const tag of ['unstuck-question', 'unstuck-choice', 'unstuck-human'] as const) {
      const element = document.createElement(tag);
      expect('updateComplete' in element, tag).to.equal(false);
      expect(element.shadowRoot?.childNodes.length, `${tag}: an empty shadow root hides its children`).to.equal(0);
    }
  });
});
