import { expect, fixture, html } from '@open-wc/testing';
import { closestInPath } from './dom.js';

/** The element found for a bubbling event dispatched at `from`, as a listener on `host` sees it. */
function found(host: Element, from: Element, selector: string): Element | undefined {
  let result: Element | undefined;
  host.addEventListener('pointerover', (event) => (result = closestInPath(event, host, selector)), { once: true });
  from.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  return result;
}

describe('closestInPath', () => {
  it('finds the nearest match among the light-DOM ancestors inside the host, never the host or beyond it', async () => {
    const page = await fixture<HTMLElement>(html`<div class="option" data-outside>
      <section class="host option"><div class="option" data-plan="pro"><span><b>Pro</b></span></div><p><i>text</i></p></section>
    </div>`);
    const host = page.querySelector('.host')!;
    expect(found(host, host.querySelector('b')!, '.option')).to.equal(host.querySelector('[data-plan]'));
    expect(found(host, host.querySelector('i')!, '.option'), 'no match inside: not the host, not its ancestor').to.equal(undefined);
  });

  it('looks inside an open shadow root on the way (a design-system card marking its own option)', async () => {
    const page = await fixture<HTMLElement>(html`<section class="host"><span class="card"></span></section>`);
    const card = page.querySelector('.card')!;
    const root = card.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="option" data-plan="team"><button>Team</button></div>';
    expect(found(page, root.querySelector('button')!, '.option')).to.equal(root.querySelector('[data-plan]'));
  });
});
