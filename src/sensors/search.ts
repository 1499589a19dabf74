import { closestInPath } from '../internal/dom.js';
import type { Problem } from '../internal/problems.js';
import { Sensor, type SensorHost } from './sensor.js';

/** Searches with results, in this window, without a click on a result: reformulating. */
const REFORMULATION_WINDOW_MS = 60_000;
/** "Reformulated three times": the first search and three more. */
const REFORMULATIONS = 3;

/** What the search sensor reads from its wrapper. */
export interface SearchHost extends SensorHost {
  goal: string;
  report(problem: Problem): void;
}

/**
 * Failed searches: a search with zero results, or a search reformulated three times in a
 * minute without a click on a result. The page reports searches (`reportSearch(n)`, an
 * `unstuck-search` event, or `data-unstuck-results="n"` on a child); the query is never read.
 */
export class SearchSensor extends Sensor {
  private observer?: MutationObserver;
  private searches: number[] = [];

  constructor(protected override readonly host: SearchHost) {
    super(host);
  }

  protected connect(): void {
    this.listen<CustomEvent<{ results?: unknown }>>(this.host, 'unstuck-search', (event) => this.report(event.detail?.results, 'unstuck-search'));
    this.listen(this.host, 'click', (event) => {
      try {
        if (closestInPath(event, this.host, this.host.goal)) this.searches = [];
      } catch {
        // A bad goal selector is reported by the goal sensor.
      }
    });
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        this.report((record.target as Element).getAttribute('data-unstuck-results'), 'data-unstuck-results');
      }
    });
    this.observer.observe(this.host, { subtree: true, attributes: true, attributeFilter: ['data-unstuck-results'] });
  }

  protected override disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** A search happened and returned `results` results. */
  report(results: unknown, source = 'reportSearch()'): void {
    const count = typeof results === 'string' && results.trim() !== '' ? Number(results) : results;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      this.host.report({
        reason: 'invalid-search-report',
        attribute: source === 'data-unstuck-results' ? source : null,
        message: `${source} reported "${String(results)}" results; expected a whole number ≥ 0. The search is not counted.`,
      });
      return;
    }
    const at = this.host.now();
    if (count === 0) {
      this.host.sense({ type: 'signal', signal: 'failed-searches', at });
      return;
    }
    this.searches = [...this.searches.filter((time) => at - time < REFORMULATION_WINDOW_MS), at];
    if (this.searches.length > REFORMULATIONS) {
      this.searches = [];
      this.host.sense({ type: 'signal', signal: 'failed-searches', at });
    }
  }
}
