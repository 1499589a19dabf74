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
