import { failedSearches } from '../../signals/failed-searches.js';
import type { SignalProperties } from '../../signals/signal.js';
import { sensorOf, UnstuckWrapper } from '../wrapper/wrapper.js';

/** The signals a search watches besides the common ones. */
const OWN_SIGNALS = [failedSearches] as const;

export interface UnstuckSearch extends SignalProperties<typeof OWN_SIGNALS> {}

/**
 * Wraps a search box and its results. Besides the common signals it watches failed searches:
 * searches with zero results, or a search reformulated three times in a minute without a click
 * on a result. The page reports each search — `el.reportSearch(resultCount)`, an
 * `unstuck-search` event with `detail: { results }` dispatched from inside, or a child's
 * `data-unstuck-results="N"` attribute. The query text is never read. The goal is a click on a
 * result marked with the goal (`[data-unstuck-goal]`).
 *
 * @summary Wraps a search: zero results and endless reformulation.
 *
 * @tagname unstuck-search
 */
export class UnstuckSearch extends UnstuckWrapper {
  static override signals = [...UnstuckWrapper.signals, ...OWN_SIGNALS];

  /** Tell the wrapper a search happened and how many results it returned. */
  reportSearch(resultCount: number): void {
    this[sensorOf](failedSearches)?.searched(resultCount);
  }
}
