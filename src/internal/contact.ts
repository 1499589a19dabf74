/**
 * The visitor's first contact with a wrapper: the pointer comes over it, a press, focus, a key,
 * input, a click, a touch or the wheel inside it. Most sensors observe only the visitor's input
 * inside a wrapper, so they start listening then, not when the page loads: a page of many wrappers
 * the visitor never reaches pays for none of their listeners (docs/architecture.md, "Start-up").
 *
 * The pointer coming over is heard on each waiting host itself: `pointerover` fires at every
 * element boundary the pointer crosses anywhere on the page, the most frequent event there is, so
 * a page-wide listener would walk each one's path for as long as any wrapper waits (one never
 * reached: for the whole visit). The rarer kinds of contact share one passive capture listener per
 * type on each root a wrapper waits in (the document, or a shadow root: the document's path leaves
 * out the nodes of closed ones), and all go when none waits (a shadow root's stay until then: one
 * set per page is simpler than counting per root). Both run before the event reaches the wrapper's
 * own listeners in the bubbling phase, so the listeners the wrapper adds on contact still receive
 * this very event (the DOM invokes listeners added to a target the event has not reached yet, and
 * the pointer's sensors listen in the bubbling phase). The pointer's moves are not contact: it
 * comes over first.
 */
const CONTACT = ['pointerdown', 'focusin', 'keydown', 'input', 'click', 'touchstart', 'wheel'] as const;
const PASSIVE_CAPTURE: AddEventListenerOptions = { capture: true, passive: true };

/** Each waiting host's contact: stops its waiting and tells it. */
const waiting = new Map<EventTarget, () => void>();
const roots = new Set<Node>();

const onInput = (event: Event): void => {
  for (const target of event.composedPath()) waiting.get(target)?.();
};

function listen(on: boolean, root?: Node): void {
  for (const node of root ? [root] : roots) {
    for (const type of CONTACT) {
      if (on) node.addEventListener(type, onInput, PASSIVE_CAPTURE);
      else node.removeEventListener(type, onInput, PASSIVE_CAPTURE);
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
  const stop = (): boolean => {
    if (waiting.get(host) !== contact) return false;
    waiting.delete(host);
    host.removeEventListener('pointerover', contact, PASSIVE_CAPTURE);
    if (!waiting.size) listen(false);
    return true;
  };
  const contact = (): void => {
    if (stop()) touched();
  };
  host.addEventListener('pointerover', contact, PASSIVE_CAPTURE);
  waiting.set(host, contact);
  return () => void stop();
}
