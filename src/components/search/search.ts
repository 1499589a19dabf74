import { SearchSensor } from '../../sensors/search.js';
import { withPresets, type SignalSpec } from '../wrapper/signal-specs.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';
import { property } from 'lit/decorators.js';

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
  /** @internal */
  static override signals: readonly SignalSpec[] = [
    ...withPresets(UnstuckWrapper.signals, { idle: '45s' }),
    { name: 'failed-searches', kind: 'count', preset: '2/2m' },
  ];

  /** Failed searches N times in a window (`2/2m`, `off`). */
  @property({ attribute: 'failed-searches' }) failedSearches: string | null = null;

  private readonly searches = new SearchSensor(this);

  constructor() {
    super();
    this.addSensor(this.searches);
  }

  /** Tell the wrapper a search happened and how many results it returned. */
  reportSearch(resultCount: number): void {
    this.searches.report(resultCount);
  }
}
