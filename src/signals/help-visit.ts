import { addTime, readJson, readTimes, writeJson } from '../internal/storage.js';
import { Sensor } from './sensor.js';
import { defineSignal } from './signal.js';

/** A journey stays open this long after the visitor last saw one of its pages. */
export const JOURNEY_OPEN_MS = 30 * 60_000;

/** Where the journeys of this tab were last seen: journey → epoch ms. */
const JOURNEYS_KEY = 'unstuck:journeys';
const helpKey = (journey: string) => `unstuck:help:${journey}`;

/** The journeys open in this tab now. */
function openJourneys(at: number): Record<string, number> {
  const stored = readJson<unknown>('session', JOURNEYS_KEY, {});
  const journeys: Record<string, number> = {};
  if (stored && typeof stored === 'object') {
    for (const [journey, seen] of Object.entries(stored)) if (typeof seen === 'number' && at - seen < JOURNEY_OPEN_MS) journeys[journey] = seen;
  }
  return journeys;
}

/**
 * The visitor is on a help page (an FAQ, a help article, a contact page): count it for every
 * journey open in this tab. The define modules call it when the kit loads on a page marked
 * `<meta name="unstuck-help">`; a single-page app calls `Unstuck.helpVisit()` on its help routes.
 */
export function noteHelpVisit(at = Date.now()): void {
  for (const journey of Object.keys(openJourneys(at))) addTime('session', helpKey(journey), at, at - JOURNEY_OPEN_MS);
}

let noted = false;

/** Once per page load: a page marked `<meta name="unstuck-help">` is a help visit. */
export function noteHelpPage(): void {
  if (noted || typeof document === 'undefined') return;
  noted = true;
  if (document.querySelector('meta[name="unstuck-help"]')) noteHelpVisit();
}

/**
 * Help visits: the visitor went to a help page in this tab while this wrapper's journey was open
 * (a wrapper with the same `journey` on an earlier page). Each page of the journey marks it open
 * and replays its help visits; without `journey` there is nothing to carry back.
 */
export class HelpVisitSensor extends Sensor {
  static override readonly observesPage = true;
  protected connect(): void {
    const at = this.#seen();
    const { journey } = this.host;
    if (at !== undefined && journey) for (const time of readTimes('session', helpKey(journey), at - JOURNEY_OPEN_MS)) this.occur(helpVisit.name, { at: time });
    // Leaving a page of the journey keeps it open from then on.
    this.listen(window, 'pagehide', () => this.#seen());
  }

  protected override disconnect(): void {
    this.#seen();
  }

  /** Marks this wrapper's journey open now; returns when, or undefined without a journey. */
  #seen(): number | undefined {
    const { journey, preview } = this.host;
    if (!journey || preview) return undefined;
    const at = Date.now();
    writeJson('session', JOURNEYS_KEY, { ...openJourneys(at), [journey]: at });
    return at;
  }
}

/** Visits to a help page (`<meta name="unstuck-help">`) while this journey is open, N in a window (`2/10m`, `off`). */
export const helpVisit = defineSignal({ name: 'help-visit', kind: 'count', preset: '2/10m', sensor: HelpVisitSensor });
