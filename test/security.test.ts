import { expect } from '@open-wc/testing';
import { loadFrame, until } from './helpers.js';

interface FrameWindow extends Window {
  __violations: { directive: string; blocked: string; sample: string }[];
}

describe('strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('every element works with script-src/style-src self and require-trusted-types-for, and no violation is reported', async () => {
    frame = await loadFrame('/__csp/csp.html');
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    expect(await until(() => !!win.customElements.get('unstuck-cancel')), 'the bundle ran').to.be.true;
    const form = doc.querySelector('unstuck-form') as HTMLElement & { ask(): void; updateComplete: Promise<unknown> };
    form.ask();
    expect(await until(() => !!form.shadowRoot?.querySelector('.panel'))).to.be.true;
    const panel = form.shadowRoot!.querySelector('.panel')!;
    expect(win.getComputedStyle(panel).borderStyle, 'styles applied').to.equal('solid');
    (form.shadowRoot!.querySelector('.choice') as HTMLButtonElement).click();
    expect(await until(() => !!doc.querySelector('[slot=response] .answer-a'))).to.be.true;
    expect(doc.querySelector('[data-unstuck-live]'), 'live region').to.exist;
    for (const tag of ['unstuck-zone', 'unstuck-checkout-step', 'unstuck-pricing', 'unstuck-search', 'unstuck-cancel']) {
      expect(doc.querySelector(tag)!.shadowRoot, tag).to.exist;
    }
    expect(doc.querySelector('unstuck-zone')!.shadowRoot!.querySelector('.debug'), 'debug overlay').to.exist;
    expect(win.__violations).to.deep.equal([]);

    // The policy is really in force: an inline script is refused and reported.
    const inline = doc.createElement('script');
    try {
      inline.textContent = 'window.__ran = true';
      doc.body.append(inline);
    } catch {
      // Trusted Types may refuse the assignment itself.
    }
    expect(await until(() => win.__violations.length > 0)).to.be.true;
    expect((win as unknown as { __ran?: boolean }).__ran).to.be.undefined;
  });
});
