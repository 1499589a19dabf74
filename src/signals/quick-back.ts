import { readJson, recentTimes, writeJson } from '../internal/storage.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Back within this long of leaving is a quick back ("pogo-sticking": the page did not have what was needed, nor did the next). */
export const QUICK_BACK_MS = 10_000;
/** Back sooner than this is not a visit elsewhere: the element was moved or re-rendered. */
const AWAY_AT_LEAST_MS = 300;
/** Quick backs older than this are forgotten whatever the window. */
const KEEP_MS = 3_600_000;

/** What one moment keeps in this tab: when the visitor left, and the quick backs so far. */
interface Kept {
  away?: { at: number; unload: boolean };
  times: number[];
}

const keyOf = (moment: string) => `unstuck:quick-back:${moment}`;

/** One storage read per page: the record, its parts checked (storage is the visitor's to edit). */
function read(moment: string, since: number): Kept {
  const stored = readJson<Partial<Kept> | null>('session', keyOf(moment), null);
  const away = stored?.away;
  return {
    away: typeof away?.at === 'number' ? { at: away.at, unload: !!away.unload } : undefined,
    times: recentTimes(stored?.times, since),
  };
}

/**
 * Quick back: the visitor leaves the page with this moment (a link, the back button, a
 * single-page app's route change) and comes back within 10 s. Kept per tab in sessionStorage,
 * so the count survives page loads; a reload, a DOM move or a re-render is not a quick back.
 */
export class QuickBackSensor extends Sensor {
  static override readonly observesPage = true;
  /** The page is unloading: what follows (a teardown) is not a single-page app leaving. */
  #unloading = false;

  protected connect(): void {
    this.#unloading = false;
    // Arrived when the wrapper connected: page observers listen from the page's first idle time.
    this.#arrived(this.options.connectedAt(), false);
    this.listen(window, 'pagehide', () => {
      this.#unloading = true;
      this.#left(true);
    });
    this.listen<PageTransitionEvent>(window, 'pageshow', (event) => {
      this.#unloading = false;
      if (event.persisted) this.#arrived(Date.now(), true); // back from the back-forward cache
    });
  }

  protected override disconnect(): void {
    if (!this.#unloading) this.#left(false);
  }

  #left(unload: boolean): void {
    if (this.host.preview) return;
    const at = Date.now();
    const moment = this.options.moment();
    writeJson('session', keyOf(moment), { away: { at, unload }, times: read(moment, at - KEEP_MS).times } satisfies Kept);
  }

  #arrived(at: number, restored: boolean): void {
    if (this.host.preview) return;
    const moment = this.options.moment();
    const { away, times } = read(moment, at - KEEP_MS);
    if (away) {
      const gone = at - away.at;
      const reloaded = away.unload && !restored && navigationType() === 'reload';
      if (gone >= AWAY_AT_LEAST_MS && gone <= QUICK_BACK_MS && !reloaded) times.push(at);
      writeJson('session', keyOf(moment), { times } satisfies Kept);
    }
    for (const time of times) this.occur(quickBack.name, { at: time });
  }
}
/** How this document was reached (`navigate`, `reload`, `back_forward`), where the browser says. */
function navigationType(): string | undefined {
  return (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
}

/** Leaving the page and coming back within 10 s, N times in a window (`2/5m`, `off`). */
export const quickBack = defineSignal({ name: 'quick-back', kind: 'count', preset: '2/5m', sensor: QuickBackSensor });
