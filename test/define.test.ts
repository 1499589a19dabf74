import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/unstuck.js';
import { UnstuckZone } from '../src/components/zone/zone.js';
import { defineElement } from '../src/internal/define.js';

describe('registration', () => {
  it('defines every element', () => {
    for (const tag of [
      'unstuck-zone', 'unstuck-form', 'unstuck-checkout-step', 'unstuck-pricing', 'unstuck-search', 'unstuck-cancel',
      'unstuck-question', 'unstuck-choice', 'unstuck-human', 'unstuck-config',
    ]) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('a second copy defining the same tag warns once and does not throw', () => {
    const warn = sinon.stub(console, 'warn');
    try {
      class SecondCopy extends UnstuckZone {}
      expect(() => defineElement('unstuck-zone', SecondCopy)).to.not.throw();
      expect(warn.calledOnce).to.be.true;
      expect(String(warn.firstCall.args[0])).to.contain('<unstuck-zone> is already defined by another copy');
      expect(customElements.get('unstuck-zone')).to.equal(UnstuckZone);
      defineElement('unstuck-zone', UnstuckZone);
      expect(warn.calledOnce, 'the same class again is silent').to.be.true;
    } finally {
      warn.restore();
    }
  });
});
