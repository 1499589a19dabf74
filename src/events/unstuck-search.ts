/**
 * `unstuck-search`: dispatched by the page from inside an `unstuck-search` wrapper to report a
 * search and its number of results: `el.dispatchEvent(new UnstuckSearchEvent(0))`.
 */
export class UnstuckSearchEvent extends CustomEvent<{ results: number }> {
  static readonly type = 'unstuck-search';
  constructor(results: number) {
    super('unstuck-search', { bubbles: true, composed: true, detail: { results } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unstuck-search': UnstuckSearchEvent;
  }
}
