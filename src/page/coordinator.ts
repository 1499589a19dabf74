/**
 * Page-wide rules that no single wrapper can decide alone (docs/architecture.md, "Don't annoy"):
 * one question open per page, at most `maxPerSession` questions per visit with at least
 * `gapMs` between them, a cooldown after a dismissal, each moment once per session, and
 * `priority` when two wrappers detect at once.
 */
import { beforeNextFrame } from '../internal/next-task.js';
import { hasMethods, pageSingleton } from '../internal/shared.js';
import { readItem, readJson, writeItem, writeJson } from '../internal/storage.js';
import type { SuppressReason } from '../logic/moment.machine.js';

export type Eligibility = { verdict: 'ask' } | { verdict: 'suppress'; reason: SuppressReason; retryAt?: number };

/** What the coordinator needs from a wrapper: one stable object per wrapper (it holds the slot). */
export interface Candidate {
  /** The moment id in reports: cooldowns and "seen" are kept under it. */
  readonly moment: string;
  readonly priority: number;
  /** The wrapper: of two nested wrappers at equal priority, the inner one wins. */
  readonly element: Element;
}

/** Higher priority first; at equal priority the innermost of two nested wrappers; then first come. */
function precedence(a: Candidate, b: Candidate): number {
  const rank = (candidate: Candidate) => (Number.isFinite(Number(candidate.priority)) ? Number(candidate.priority) : 0);
  if (rank(a) !== rank(b)) return rank(b) - rank(a);
  if (a !== b && a.element.contains(b.element)) return 1;
  if (a !== b && b.element.contains(a.element)) return -1;
  return 0;
}

export interface CoordinatorSettings {
  /** Questions per visit, page-wide. */
  maxPerSession: number;
  /** Minimum time between two questions. */
  gapMs: number;
  /** Holdout fraction for wrappers without their own `holdout`. */
  holdout: number;
}

export const DEFAULT_SETTINGS: Readonly<CoordinatorSettings> = { maxPerSession: 2, gapMs: 60_000, holdout: 0 };

const ASKED_KEY = 'unstuck:asked';
const seenKey = (moment: string) => `unstuck:seen:${moment}`;
const cooldownKey = (moment: string) => `unstuck:cooldown:${moment}`;

interface Request {
  candidate: Candidate;
  at: number;
  resolve: (eligibility: Eligibility) => void;
}

export class Coordinator {
  private current: CoordinatorSettings = { ...DEFAULT_SETTINGS };
  private holder: Candidate | null = null;
  private queue: Request[] = [];

  /** Page-wide caps and the default holdout (`<unstuck-config>`, `Unstuck.configure`). */
  get settings(): Readonly<CoordinatorSettings> {
    return this.current;
  }

  /** Change some settings; what is left out keeps its value. */
  configure(settings: Partial<CoordinatorSettings>): void {
    this.current = { ...this.current, ...settings };
  }

  /** Has this moment already been detected in this visit? */
  seen(moment: string): boolean {
    return readItem('session', seenKey(moment)) !== undefined;
  }

  markSeen(moment: string, at: number): void {
    writeItem('session', seenKey(moment), String(at));
  }

  startCooldown(moment: string, until: number): void {
    writeItem('local', cooldownKey(moment), String(until));
  }

  /**
   * May this wrapper ask now? Requests made before the next task or frame are settled together
   * so that the highest `priority` wins when two wrappers detect at once; the frame, when it
   * comes first, then paints the question (docs/architecture.md, "The question's frame"). An
   * `ask` verdict holds the page's one question slot until `release`.
   */
  request(candidate: Candidate, at: number): Promise<Eligibility> {
    return new Promise((resolve) => {
      this.queue.push({ candidate, at, resolve });
      if (this.queue.length === 1) beforeNextFrame(() => this.settle());
    });
  }

  /** Give the slot back (question closed, holdout decided, wrapper removed). */
  release(candidate: Candidate): void {
    if (this.holder === candidate) this.holder = null;
  }

  /** Count a question (or a holdout moment, which stands in for one) against the caps. */
  countAsked(at: number): void {
    writeJson('session', ASKED_KEY, [...this.askedTimes(), at]);
  }

  private askedTimes(): number[] {
    const times = readJson<unknown>('session', ASKED_KEY, []);
    return Array.isArray(times) ? times.filter((time): time is number => typeof time === 'number') : [];
  }

  private settle(): void {
    const requests = this.queue.sort((a, b) => precedence(a.candidate, b.candidate));
    this.queue = [];
    for (const { candidate, at, resolve } of requests) resolve(this.decide(candidate, at));
  }

  private decide(candidate: Candidate, at: number): Eligibility {
    const until = Number(readItem('local', cooldownKey(candidate.moment)));
    if (Number.isFinite(until) && at < until) return { verdict: 'suppress', reason: 'cooldown' };
    if (this.holder && this.holder !== candidate) return { verdict: 'suppress', reason: 'busy' };
    const asked = this.askedTimes();
    const { maxPerSession, gapMs } = this.current;
    if (asked.length >= maxPerSession) return { verdict: 'suppress', reason: 'cap' };
    const last = asked.at(-1);
    if (last !== undefined && at - last < gapMs) return { verdict: 'suppress', reason: 'gap', retryAt: last + gapMs };
    this.holder = candidate;
    return { verdict: 'ask' };
  }
}

/** One coordinator per page, shared even by two copies of the bundle: one question at a time. */
export const coordinator: Coordinator = pageSingleton(
  'coordinator',
  hasMethods<Coordinator>('request', 'release', 'countAsked', 'seen', 'markSeen', 'startCooldown', 'configure'),
  () => new Coordinator(),
);
