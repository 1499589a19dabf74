// Server-side rendering as Astro or Next.js do it with @lit-labs/ssr (scripts/ssr-render.mjs, in
// Node), then the page in a browser with the one-file build: no warning on the server, one copy
// of each element's shadow content after the browser takes over, and the kit works.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadFrame, until } from './helpers.js';

const WRAPPERS = ['unstuck-form', 'unstuck-zone', 'unstuck-checkout-step', 'unstuck-pricing', 'unstuck-search', 'unstuck-cancel'];

describe('server-side rendering (Lit SSR)', () => {
  let rendered: { html: string; printed: string[] };
  before(async function () {
    this.timeout(60_000);
    rendered = (await executeServerCommand('ssr-render')) as typeof rendered;
  });

  it('renders every wrapper on the server with no warning and nothing touching document', () => {
    expect(rendered.printed).to.deep.equal([]);
    for (const tag of WRAPPERS) {
      expect(rendered.html, tag).to.match(new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    }
  });

  it('in the browser, the one-file build takes over: one copy of each shadow root, and the question still works', async function () {
    this.timeout(20_000);
    const frame = await loadFrame('/__ssr/page.html', [1000, 800]);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    // Before the script upgrades them, the server's shadow roots are already there (first paint).
    expect(await until(() => WRAPPERS.every((tag) => !!win.customElements.get(tag))), 'the bundle ran').to.be.true;
    for (const tag of WRAPPERS) {
      const element = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('slot:not([name])'), `${tag}: one default slot`).to.have.length(1);
      expect(root.querySelectorAll('style'), `${tag}: the server's <style> gave way to adopted styles`).to.have.length(0);
      expect(root.adoptedStyleSheets.length, `${tag}: styled`).to.be.greaterThan(0);
    }
    const form = doc.querySelector('unstuck-form') as HTMLElement & { ask(): void };
    form.ask();
    expect(await until(() => !!form.shadowRoot!.querySelector('.panel')), 'the question shows').to.be.true;
    expect(form.shadowRoot!.querySelectorAll('.panel')).to.have.length(1);
    expect(form.shadowRoot!.querySelectorAll('.choice')).to.have.length(3);
    frame.remove();
  });
});
