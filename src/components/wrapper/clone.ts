/**
 * The approved content the card shows, cloned into the wrapper's light DOM (slots `response` and
 * `human`) so the site's own CSS styles it. Part of the card, loaded only when a moment needs it.
 */

export interface Clones {
  /** Adjust a clone of an approved response before it is shown (e.g. name the plan in view). */
  fill(response: HTMLElement): void;
  /** A link or button in the way to a person was used. */
  escalated(): void;
}

/**
 * Clones the chosen response (if any) and the way to a person into the light DOM of `host`,
 * replacing earlier clones; with neither, removes them. Scripts, handlers and `javascript:` URLs
 * never reach a clone.
 */
export function placeClones(host: HTMLElement, response: HTMLTemplateElement | null, human: HTMLTemplateElement | null, on: Clones): void {
  for (const clone of Array.from(host.querySelectorAll(':scope > [data-unstuck-clone]'))) clone.remove();
  if (response) {
    const clone = cloneTemplate(response, 'response');
    on.fill(clone);
    host.append(clone);
  }
  if (human) {
    const clone = cloneTemplate(human, 'human');
    clone.addEventListener('click', (event) => {
      if ((event.target as Element).closest?.('a[href], button, [role=button], [role=link]')) on.escalated();
    });
    host.append(clone);
  }
}

function cloneTemplate(template: HTMLTemplateElement, slot: 'response' | 'human'): HTMLElement {
  const container = document.createElement('div');
  container.slot = slot;
  container.dataset.unstuckClone = slot;
  // Frameworks that build a <template> with DOM calls (React, Vue) put its children on the
  // element itself instead of in .content: accept both.
  const source = template.content.childNodes.length ? template.content : template;
  const content = document.createDocumentFragment();
  for (const node of Array.from(source.childNodes)) content.append(node.cloneNode(true));
  defuse(content);
  container.append(content);
  return container;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];

/**
 * Approved content is the team's own markup, but it is pasted by people: clones never carry
 * scripts, inline event handlers or `javascript:` URLs (cloning from an inert template means
 * none of them has run yet).
 */
function defuse(content: DocumentFragment): void {
  for (const script of Array.from(content.querySelectorAll('script'))) script.remove();
  for (const element of Array.from(content.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || (URL_ATTRIBUTES.includes(lower) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u001f]/g, '')))) {
        element.removeAttribute(name);
      }
    }
  }
}
