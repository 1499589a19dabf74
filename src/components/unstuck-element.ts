import { LitElement } from 'lit';

/**
 * The base of every Unstuck element. A page rendered on a server (Lit SSR: Astro, Next.js) already
 * holds each element's declarative shadow root; Lit would render a second copy into it unless the
 * page loads Lit's hydration support first, which a CMS page with one script tag does not. The
 * kit's templates are small and the visitor's content is slotted light DOM, so the server's copy
 * is replaced by a fresh render: the same markup, no flash, no second copy (docs/frameworks.md, SSR).
 */
export class UnstuckElement extends LitElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }
}
