/** Small DOM helpers shared by sensors and elements. No layout reads. */

/** One path per event and host: several sensors read the same event. */
const paths = new WeakMap<Event, { host: Element; elements: Element[] }>();

/** Elements on the event's composed path from the target up to (not including) `host`. */
export function pathInside(event: Event, host: Element): Element[] {
  const cached = paths.get(event);
  if (cached?.host === host) return cached.elements;
  const elements: Element[] = [];
  for (const node of event.composedPath()) {
    if (node === host) break;
    if (node instanceof Element) elements.push(node);
  }
  paths.set(event, { host, elements });
  return elements;
}

/** The nearest element on the composed path inside `host` that matches `selector`. */
export function closestInPath(event: Event, host: Element, selector: string): Element | undefined {
  return pathInside(event, host).find((element) => element.matches(selector));
}

const NOT_TEXT = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'color', 'range', 'hidden']);

/** A control the visitor types into or picks a value in (the kit never reads what they type). */
export function isEntryField(element: Element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !NOT_TEXT.has(element.type);
}

/** Typed into as text (not a select): where emptying and refilling can be observed. */
export function isTextField(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  return isEntryField(element) && !(element instanceof HTMLSelectElement);
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
