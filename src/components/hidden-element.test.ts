/**
 * The authoring elements tell their wrapper of a change only once a card can read it: before the
 * page's first card exists, nothing listens, so five events per wrapper at start-up
 * would be dispatched for nobody (BENCHMARKS.md, issue 17). This file runs in its own page, so no
 * card exists before its first test.
 */
import { expect, fixture } from '@open-wc/testing';
import '../unstuck.js';
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
