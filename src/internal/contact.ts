/**
 * The visitor's first contact with a wrapper: the pointer comes over it, a press, focus, a key,
 * input, a click, a touch or the wheel inside it. Most sensors observe only the visitor's input
 * inside a wrapper, so they start listening then, not when the page loads: a page of many wrappers
 * the visitor never reaches pays for none of their listeners (docs/architecture.md, "Start-up").
 *
 * One passive capture listener per type on each root a wrapper waits in (the document, or a
 * shadow root: the document's path leaves out the nodes of closed ones) serves every waiting
 * wrapper, and all go when none waits (a shadow root's stay until then: one set per page is
 * simpler than counting per root). It runs before the event reaches the wrapper, so the listeners
 * the wrapper adds on contact still receive this very event (the DOM invokes listeners added to a
 * target the event has not reached yet). The pointer's moves are not contact: it comes over first.
 */
const CONTACT = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'input', 'click', 'touchstart', 'wheel'] as const;

const waiting = new Map<EventTarget, () => void>();
const roots = new Set<Node>();

const onInput = (event: Event): void => {
  for (const target of event.composedPath()) {
    const touched = waiting.get(target);
    if (!touched) continue;
    waiting.delete(target);
    touched();
  }
  if (!waiting.size) listen(false);
};

function listen(on: boolean, root?: Node): void {
  for (const node of root ? [root] : roots) {
    for (const type of CONTACT) {
      if (on) node.addEventListener(type, onInput, { capture: true, passive: true });
      else node.removeEventListener(type, onInput, { capture: true });
    }
  }
  if (!on) roots.clear();
}

/**
 * Calls `touched` once, at the visitor's first contact with `host` (from inside: `touched` must
 * not throw). Returns how to stop waiting (the wrapper left the page first).
 */
export function awaitContact(host: Element, touched: () => void): () => void {
  const root = host.getRootNode();
  if (!roots.has(root)) {
    roots.add(root);
    listen(true, root);
  }
  waiting.set(host, touched);
  return () => {
    if (waiting.get(host) !== touched) return;
    waiting.delete(host);
    if (!waiting.size) listen(false);
  };
}
