import { addTime, readJson, readTimes, removeItem, writeJson } from '../internal/storage.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** Back within this long of leaving is a quick back ("pogo-sticking": the page did not have what was needed, nor did the next). */
export const QUICK_BACK_MS = 10_000;
/** Back sooner than this is not a visit elsewhere: the element was moved or re-rendered. */
const AWAY_AT_LEAST_MS = 300;
/** Quick backs older than this are forgotten whatever the window. */
const KEEP_MS = 3_600_000;

interface Away {
  at: number;
  /** Left by unloading the page (not by a single-page app removing the wrapper): a reload must not count. */
  unload: boolean;
}

const awayKey = (moment: string) => `unstuck:away:${moment}`;
const quickBacksKey = (moment: string) => `unstuck:quick-backs:${moment}`;

/**
 * Quick back: the visitor leaves the page with this moment (a link, the back button, a
 * single-page app's route change) and comes back within 10 s. Kept per tab in sessionStorage,
 * so the count survives page loads; a reload, a DOM move or a re-render is not a quick back.
 */
export class QuickBackSensor extends Sensor {
  /** The page is unloading: what follows (a teardown) is not a single-page app leaving. */
  private unloading = false;

  protected connect(): void {
    this.unloading = false;
    this.afterConnect(() => this.arrived(Date.now(), false));
    this.listen(window, 'pagehide', () => {
      this.unloading = true;
      this.left(true);
    });
    this.listen<PageTransitionEvent>(window, 'pageshow', (event) => {
      this.unloading = false;
      if (event.persisted) this.arrived(Date.now(), true); // back from the back-forward cache
    });
  }

  protected override disconnect(): void {
    if (!this.unloading) this.left(false);
  }

  private left(unload: boolean): void {
    if (!this.host.preview) writeJson('session', awayKey(this.options.moment()), { at: Date.now(), unload } satisfies Away);
  }

  private arrived(at: number, restored: boolean): void {
    if (this.host.preview) return;
    const moment = this.options.moment();
    const away = readJson<Partial<Away> | null>('session', awayKey(moment), null);
    removeItem('session', awayKey(moment));
    const gone = typeof away?.at === 'number' ? at - away.at : Number.POSITIVE_INFINITY;
    const reloaded = !!away?.unload && !restored && navigationType() === 'reload';
    const quick = gone >= AWAY_AT_LEAST_MS && gone <= QUICK_BACK_MS && !reloaded;
    const times = quick ? addTime('session', quickBacksKey(moment), at, at - KEEP_MS) : readTimes('session', quickBacksKey(moment), at - KEEP_MS);
    for (const time of times) this.occur(quickBack.name, { at: time });
  }
}

/** How this document was reached (`navigate`, `reload`, `back_forward`), where the browser says. */
function navigationType(): string | undefined {
  return (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
}

/** Leaving the page and coming back within 10 s, N times in a window (`2/5m`, `off`). */
export const quickBack = defineSignal({ name: 'quick-back', kind: 'count', preset: '2/5m', sensor: QuickBackSensor });
