// Loaded before anything else on the bench page: counts listeners on window/document and
// pending/fired timers, so leaks and wakeups can be read back.
(() => {
  // Only where a figure needs it: the wrapping itself costs time (startup, per-event runs skip it).
  if (!new URLSearchParams(location.search).has('instrument')) return;
  const counts = { window: 0, document: 0 };
  const pending = new Set();
  let fired = 0;
  // Census of listeners by owner and type, so the floor page can mirror the kit's count.
  const census = { host: {}, document: {}, window: {} };
  const base = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const owner = this === document ? 'document' : this === window ? 'window' : this instanceof Element && this.localName.startsWith('unstuck-') ? 'host' : null;
    if (owner) census[owner][type] = (census[owner][type] ?? 0) + 1;
    return base.call(this, type, listener, options);
  };
  window.__census = census;

  const track = (target, name) => {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    // Weak: the instrument itself must not keep listeners (and their elements) alive.
    const keys = new WeakMap();
    const key = (type, listener, options) => `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
    target.addEventListener = function (type, listener, options) {
      if (listener) {
        const k = key(type, listener, options);
        const set = keys.get(listener) ?? new Set();
        if (!set.has(k)) {
          set.add(k);
          keys.set(listener, set);
          counts[name]++;
          options?.signal?.addEventListener('abort', () => {
            if (set.delete(k)) counts[name]--;
          });
        }
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type, listener, options) {
      const set = keys.get(listener);
      if (set?.delete(key(type, listener, options))) counts[name]--;
      return remove.call(this, type, listener, options);
    };
  };
  track(window, 'window');
  track(document, 'document');


  const setTimeout_ = window.setTimeout;
  const clearTimeout_ = window.clearTimeout;
  window.setTimeout = function (callback, delay, ...args) {
    const id = setTimeout_.call(window, (...inner) => {
      pending.delete(id);
      fired++;
      if (typeof callback === 'function') callback(...inner);
    }, delay, ...args);
    pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return clearTimeout_.call(window, id);
  };
  window.__instrument = {
    listeners: () => ({ ...counts }),
    pendingTimers: () => pending.size,
    firedTimers: () => fired,
    resetFired: () => (fired = 0),
  };
})();
