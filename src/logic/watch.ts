/**
 * Watching, before any moment: each observation counted in its signal's window, quiet timers
 * (idle, field stall), weak signals adding up — until a pattern shows the visitor is stuck.
 * Plain code, not a machine: it runs on every observation of every visitor, and most are never
 * stuck, so it stays on the critical path while the moment machine (and XState) load later
 * (docs/architecture.md, "The critical path"). Pure: every observation carries its time, and
 * timers go through an injected `Clock` (XState's `SimulatedClock` in tests).
 */
import type { Found } from './detection.js';
import { evidenceRule, makesPattern, nextCheck, weigh, type Contributions } from './evidence.js';
import { record, threshold, type Occurrence, type SignalRules, type Track } from './windows.js';

/** What schedules the timers: the page's clock, or a simulated one. Read only when a timer fires (it may fire late). */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The one scheduled evidence check (see evidence.ts `nextCheck`), beside the quiet timers. */
const PATTERN_CHECK = '';
/** A quiet period this close to its length counts: one more wakeup for it would buy nothing. */
const QUIET_SLACK_MS = 50;

export class Watch {
  tracks: Record<string, Track> = {};
  counts: Record<string, number> = {};
  #armed: Record<string, number> = {};
  /** Each armed quiet timer's latest activity, as its sensor keeps it. */
  #latest = new Map<string, () => number>();
  /** Pending timers: quiet signal (or PATTERN_CHECK) → its handle and when it fires. */
  readonly #timers = new Map<string, { handle: unknown; due: number }>();
  #done = false;

  constructor(
    private rules: SignalRules,
    private readonly clock: Clock,
    private readonly found: (found: Found) => void,
  ) {}

  /** A sensor's observation of `signal`. */
  observe(signal: string, occurrence: Occurrence): void {
    this.#record(signal, occurrence);
  }

  /**
   * Quiet timers counting: signal → when the countdown started, the latest activity included
   * (read now from the sensors that keep it, so activity itself sends nothing).
   */
  get armed(): Readonly<Record<string, number>> {
    for (const [signal, latest] of this.#latest) {
      const at = latest();
      if (at > this.#armed[signal]!) this.#armed[signal] = at;
    }
    return this.#armed;
  }

  /**
   * A quiet timer (re)starts at `at`, and from `latest()` whenever that is later. Re-arming is
   * cheap: one pending timeout per signal, moved only when it fires early.
   */
  arm(signal: string, at: number, latest?: () => number): void {
    const rule = this.rules[signal];
    if (this.#done || rule?.kind !== 'quiet') return;
    this.#armed[signal] = at;
    if (latest) this.#latest.set(signal, latest);
    else this.#latest.delete(signal);
    if (!this.#timers.has(signal)) this.#schedule(signal, at + rule.ms, at);
    this.#weigh(at);
  }

  disarm(signal: string, at: number): void {
    this.#cancel(signal);
    this.#forget(signal);
    this.#weigh(at);
  }

  /** Moving forward is not hesitation: quiet timers wait for the next activity. */
  goal(): void {
    this.#cancelAll();
    this.#armed = {};
    this.#latest.clear();
  }

  /** Ask now, as if `signal` had been detected. */
  ask(signal: string, at: number): void {
    if (!this.#done) this.#find(signal, at, weigh(this.rules, this.tracks, this.armed, at));
  }

  /** New rules (an attribute changed): the timers start again with the next activity. */
  configure(rules: SignalRules): void {
    this.rules = rules;
    this.goal();
  }

  /** Nothing more to watch (the wrapper left, or a moment began). */
  stop(): void {
    this.#done = true;
    this.#cancelAll();
  }

  #record(signal: string, occurrence: Occurrence): void {
    const rule = this.rules[signal];
    if (this.#done || !rule) return;
    const { track, count } = record(rule, this.tracks[signal] ?? [], occurrence);
    this.tracks[signal] = track;
    this.counts[signal] = count;
    if (count >= threshold(rule)) return this.#find(signal, occurrence.at, weigh(this.rules, this.tracks, this.armed, occurrence.at));
    this.#weigh(occurrence.at);
  }

  /**
   * Weak signals that add up to `pattern` detect; or a check is scheduled for when the armed quiet
   * timers would make them add up (`now`: when a timer fired, possibly late).
   */
  #weigh(at: number, now = at): void {
    const found = evidenceRule(this.rules);
    if (!found || this.#done) return this.#cancel(PATTERN_CHECK);
    const [name, rule] = found;
    const contributions = weigh(this.rules, this.tracks, this.armed, at);
    if (makesPattern(rule, contributions)) return this.#find(name, at, contributions);
    const next = nextCheck(rule, this.rules, this.tracks, this.armed, at);
    // A check already due no later stays (it weighs again when it fires): a re-arm on every
    // activity then costs no clearTimeout and setTimeout.
    const pending = this.#timers.get(PATTERN_CHECK);
    if (next !== undefined && pending && pending.due <= next) return;
    this.#cancel(PATTERN_CHECK);
    if (next !== undefined) this.#schedule(PATTERN_CHECK, next, now);
  }

  #find(signal: string, at: number, evidence: Contributions): void {
    this.stop();
    this.found({ signal, at, tracks: this.tracks, counts: this.counts, evidence });
  }

  #schedule(key: string, due: number, at: number): void {
    const handle = this.clock.setTimeout(() => this.#fire(key, due), Math.max(0, due - at));
    this.#timers.set(key, { handle, due });
  }

  #fire(key: string, due: number): void {
    this.#timers.delete(key);
    if (key === PATTERN_CHECK) return this.#weigh(due, this.clock.now());
    const rule = this.rules[key];
    const armedAt = this.armed[key];
    if (rule?.kind !== 'quiet' || armedAt === undefined) return;
    // Re-armed (or active) since this timeout was set: wait out the rest, unless it is within a
    // timer's own precision (the event that engaged the visitor noted a millisecond later).
    if (armedAt + rule.ms > due + QUIET_SLACK_MS) return this.#schedule(key, armedAt + rule.ms, this.clock.now());
    this.#forget(key);
    this.#record(key, { at: due });
  }

  #forget(signal: string): void {
    delete this.#armed[signal];
    this.#latest.delete(signal);
  }

  #cancel(key: string): void {
    const timer = this.#timers.get(key);
    if (!timer) return;
    this.clock.clearTimeout(timer.handle);
    this.#timers.delete(key);
  }

  #cancelAll(): void {
    for (const key of [...this.#timers.keys()]) this.#cancel(key);
  }
}
