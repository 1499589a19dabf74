import type { Problem } from '../../internal/problems.js';
import { stableFraction } from '../../internal/ids.js';
import { visitorId } from '../../internal/storage.js';
import type { Detection, MomentPage } from '../../logic/moment.machine.js';
import { coordinator, type Candidate } from '../../page/coordinator.js';
import { readDuration, readFraction } from '../attributes.js';

export interface PageLinkHost extends HTMLElement {
  readonly priority: number;
  readonly holdout: string | null;
  readonly cooldown: string | null;
}

export interface PageLinkOptions {
  /** The moment id in reports (always set). */
  moment(): string;
  /** Pick the question for a signal; false when none can be asked. */
  pick(signal: string): boolean;
  /** Dispatch `unstuck-detect`; false when a listener vetoed the question. */
  announce(detection: Detection): boolean;
  warn(problem: Problem): void;
}

/**
 * A wrapper's link to the page-wide coordinator (page/coordinator.ts): the page side its moment
 * machine is provided with (permission, seen, cooldown, caps, the one question slot), and this
 * visitor's stable group for the moment. The coordinator sees one stable candidate per wrapper,
 * under the same moment id the wrapper reports (a wrapper without `moment` included).
 */
export function linkToPage(wrapper: PageLinkHost, options: PageLinkOptions) {
  const candidate: Candidate = {
    element: wrapper,
    get moment() {
      return options.moment();
    },
    get priority() {
      return wrapper.priority;
    },
  };
  /** This visitor's group for this moment: a stable hash of visitor and moment against the holdout fraction. */
  const group = (): 'treatment' | 'holdout' => {
    const fraction = readFraction('holdout', wrapper.holdout, coordinator.settings.holdout, options.warn);
    return fraction > 0 && stableFraction(`${visitorId()}:${options.moment()}`) < fraction ? 'holdout' : 'treatment';
  };
  const page: MomentPage = {
    permission: async ({ signal }) => {
      if (!options.pick(signal)) return { verdict: 'suppress', reason: 'no-question', at: Date.now() };
      const eligibility = await coordinator.request(candidate, Date.now());
      return { ...eligibility, holdout: group() === 'holdout', at: Date.now() };
    },
    announce: async (detection) => ({ proceed: options.announce(detection), at: Date.now() }),
    markSeen: (at) => coordinator.markSeen(options.moment(), at),
    startCooldown: (at) => coordinator.startCooldown(options.moment(), at + readDuration('cooldown', wrapper.cooldown, 7 * 86_400_000, options.warn)),
    countAsked: (at) => coordinator.countAsked(at),
    release: () => coordinator.release(candidate),
  };
  return { page, group, seen: () => coordinator.seen(options.moment()) };
}
