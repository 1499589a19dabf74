/**
 * A module the visitor who is never stuck does not need: fetched at idle time after the page has
 * loaded, or at once when a moment needs it, whichever comes first (docs/architecture.md,
 * "The critical path"). Once loaded it is used synchronously, so a detection after that costs no
 * extra task. In the one-file build the module is a sibling file of `dist/unstuck.js`, resolved
 * from the importing file's own URL, so a CDN or CMS page still needs one script tag.
 */
export interface Lazy<M> {
  /** The module, once loaded. */
  readonly module: M | undefined;
  /** Load it now (one fetch however often it is called). A failed fetch is tried again next time. */
  load(): Promise<M>;
  /** Load it when the page is idle after its `load` event (once per page). */
  preload(): void;
  /** Resolves when it has loaded, whoever loaded it; never loads it itself. */
  loaded(): Promise<M>;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let loading: Promise<M> | undefined;
  let preloading = false;
  let arrived: (module: M) => void;
  const arrival = new Promise<M>((resolve) => (arrived = resolve));
  const self: { module: M | undefined } & Lazy<M> = {
    module: undefined,
    loaded: () => arrival,
    load: () =>
      (loading ??= importer().then(
        (module) => {
          arrived(module);
          return (self.module = module);
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    preload() {
      if (preloading || self.module || typeof document === 'undefined') return;
      preloading = true;
      const idle = () => whenIdle(() => void self.load().catch(() => {}));
      if (document.readyState === 'complete') idle();
      else addEventListener('load', idle, { once: true });
    },
  };
  return self;
}

/**
 * Runs `callback` when the page is next idle, within 2 s, with the idle period's deadline. Safari
 * has no requestIdleCallback; a timer is the usual stand-in (no deadline then).
 */
export function whenIdle(callback: (deadline?: IdleDeadline) => void): void {
  (globalThis.requestIdleCallback ?? ((later: () => void) => setTimeout(later, 1)))(callback, { timeout: 2_000 });
}
