/**
 * The visitor's first contact with a wrapper: the pointer comes over it, a press, focus, a key,
 * input, a click, a touch or the wheel inside it. Most sensors observe only the visitor's input
 * inside a wrapper, so they start listening then, not when the page loads: a page of many wrappers
 * the visitor never reaches pays for none of their listeners (docs/architecture.md, "Start-up").
 *
 * One passive capture listener per type on the document serves every waiting wrapper, and goes
 * when none waits. It runs before the event reaches the wrapper, so the listeners the wrapper adds
 * on contact still receive this very event (the DOM invokes listeners added to a target the event
 * has not reached yet). The pointer's moves are not contact: it comes over the wrapper first.
 */
const CONTACT = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'input', 'click', 'touchstart', 'wheel'] as const;

const waiting = new Map<EventTarget, () => void>();

const onInput = (event: Event): void => {
  for (const target of event.composedPath()) {
    const touched = waiting.get(target);
    if (!touched) continue;
    waiting.delete(target);
    touched();
  }
  if (!waiting.size) listen(false);
};

function listen(on: boolean): void {
  for (const type of CONTACT) {
    if (on) document.addEventListener(type, onInput, { capture: true, passive: true });
    else document.removeEventListener(type, onInput, { capture: true });
  }
}

/**
 * Calls `touched` once, at the visitor's first contact with `host` (from inside: `touched` must
 * not throw). Returns how to stop waiting (the wrapper left the page first).
 */
export function awaitContact(host: Element, touched: () => void): () => void {
  if (!waiting.size) listen(true);
  waiting.set(host, touched);
  return () => {
    if (waiting.get(host) !== touched) return;
    waiting.delete(host);
    if (!waiting.size) listen(false);
  };
}
