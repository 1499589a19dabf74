/**
 * Runs `callback` in a new task, after every listener of the current event has run
 * (a microtask would run between listeners). MessageChannel is not a timer, so fake
 * timers in tests and timer throttling in background tabs leave it alone.
 */
export function nextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/**
 * Runs `callback` once, after every listener of the current event, at the next task or the next
 * animation frame, whichever comes first. The browser renders before other tasks when a frame is
 * due (after input, or when rendering was held back), and what the callback puts on screen then
 * paints in that frame, not the one after (docs/architecture.md, "The question's frame").
 * The task still serves a hidden page, which has no frames.
 */
export function beforeNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    callback();
  };
  const frame = requestAnimationFrame(run);
  nextTask(run);
}
