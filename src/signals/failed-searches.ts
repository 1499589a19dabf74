import { closestInPath } from '../internal/dom.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Searches with results, in this window, without a click on a result: reformulating. */
const REFORMULATION_WINDOW_MS = 60_000;
/** "Reformulated three times": the first search and three more. */
const REFORMULATIONS = 3;

/**
 * Failed searches: a search with zero results, or a search reformulated three times in a
 * minute without a click on a result. The page reports searches (`reportSearch(n)`, an
 * `unstuck-search` event, or `data-unstuck-results="n"` on a child); the query is never read.
 */
export class SearchSensor extends Sensor {
  static override readonly observesPage = true;
  #observer?: MutationObserver;
  #searches: number[] = [];

  protected connect(): void {
    this.listen<CustomEvent<{ results?: unknown }>>(this.host, 'unstuck-search', (event) => this.searched(event.detail?.results, 'unstuck-search'));
    this.listen(this.host, 'click', (event) => {
      try {
        if (closestInPath(event, this.host, this.host.goal)) this.#searches = [];
      } catch {
        // A bad goal selector is reported by the goal sensor.
      }
    });
    this.#observer = new MutationObserver((records) => {
      for (const record of records) {
        this.searched((record.target as Element).getAttribute('data-unstuck-results'), 'data-unstuck-results');
      }
    });
    this.#observer.observe(this.host, { subtree: true, attributes: true, attributeFilter: ['data-unstuck-results'] });
  }

  protected override disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** A search happened and returned `results` results. */
  searched(results: unknown, source = 'reportSearch()'): void {
    const count = typeof results === 'string' && results.trim() !== '' ? Number(results) : results;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      this.options.warn({
        reason: 'invalid-search-report',
        attribute: source === 'data-unstuck-results' ? source : null,
        message: `${source} reported "${String(results)}" results; expected a whole number ≥ 0. The search is not counted.`,
      });
      return;
    }
    const at = Date.now();
    if (count === 0) return this.occur(failedSearches.name, { at });
    this.#searches = [...this.#searches.filter((time) => at - time < REFORMULATION_WINDOW_MS), at];
    if (this.#searches.length > REFORMULATIONS) {
      this.#searches = [];
      this.occur(failedSearches.name, { at });
    }
  }
}

/** Failed searches N times in a window (`2/2m`, `off`). */
export const failedSearches = defineSignal({ name: 'failed-searches', kind: 'count', preset: '2/2m', sensor: SearchSensor });
