import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lazy } from '../internal/lazy.js';
import { detectionOf, type Found } from '../logic/detection.js';
import type { MachineEvent, MomentEmitted, MomentEvent, MomentPage } from '../logic/moment.setup.js';
import { Watch, type Clock } from '../logic/watch.js';
import type { SignalRules, Track } from '../logic/windows.js';
import type { MomentActor, startMoment } from './moment-actor.js';

export interface MomentOptions {
  /** The module that brings the machine (controllers/moment-actor.ts), loaded when first needed. */
  module: Lazy<{ startMoment: typeof startMoment }>;
  /** The wrapper's rules now (read when a watch or a moment starts). */
  rules(): SignalRules;
  /** How long after detection forward movement still counts. */
  outcomeWindowMs(): number;
  /** This moment was already detected in this visit: nothing to watch. */
  seen(): boolean;
  page: MomentPage;
  /** Everything the machine emits, for the card and the events out. */
  emitted(event: MomentEmitted): void;
  /** Before the visitor leaves: let sensors send what is pending. */
  beforeLeave(): void;
  fault(error: unknown): void;
}

/** What the debug overlay reads: the state, each signal's track and count, and the evidence once detected. */
export interface MomentView {
  state: unknown;
  tracks: Readonly<Record<string, Track>>;
  counts: Readonly<Record<string, number>>;
  armed: Readonly<Record<string, number>>;
  evidence?: Readonly<Record<string, number>>;
}

const PAGE_CLOCK: Clock = { now: () => Date.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number) };

/** What only the watch takes; a moment under way ignores them. */
const WATCH_ONLY = new Set<MomentEvent['type']>(['signal', 'timer.arm', 'timer.disarm', 'ask']);
/** What starts a watch: an observation that matters (not a goal, a disarm or new rules). */
const STARTS_WATCH = new Set<MomentEvent['type']>(['signal', 'timer.arm', 'ask']);

/**
 * A wrapper's moment, in two parts (docs/architecture.md, "The critical path"): the **watch**
 * (logic/watch.ts, plain code, created on the first observation that matters) counts until a
 * pattern is found; then the **machine** (logic/moment.machine.ts, XState, in a module loaded
 * after the page) runs the moment — permission, question, outcome. What arrives while the module
 * loads waits, in order. A moment only suppressed because of another question lets the wrapper
 * watch again. It survives a move in the DOM; on removal, `disabled` or a change of `preview` it
 * is ended: told the visitor left, so that a moment under way still gets its one outcome.
 */
export class MomentController implements ReactiveController {
  #watch?: Watch;
  /** Found, while the machine's module loads. */
  #found?: Found;
  #waiting: MachineEvent[] = [];
  #actor?: MomentActor;
  /** Nothing more to watch until the wrapper is ended (seen in this visit, or measured for good). */
  #over = false;
  #lastTypingAt = Number.NEGATIVE_INFINITY;
  #held = false;
  readonly #observers = new Set<() => void>();
  readonly #onPageHide = () => this.#leave();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MomentOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.options.module.preload();
  }

  hostDisconnected(): void {
    // A move re-connects in the same task; only a real removal ends the moment.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.end();
    });
  }

  /** What the debug overlay shows, if anything is watched or under way. */
  get view(): MomentView | undefined {
    if (this.#actor) {
      const { value, context } = this.#actor.getSnapshot();
      return { state: value, ...context.found, armed: {} };
    }
    if (this.#found) return { state: 'detected', ...this.#found, armed: {} };
    if (this.#watch) return { state: 'watching', tracks: this.#watch.tracks, counts: this.#watch.counts, armed: this.#watch.armed };
    return this.#over ? { state: 'finished', tracks: {}, counts: {}, armed: {} } : undefined;
  }

  send(event: MomentEvent): void {
    try {
      if (event.type === 'typing') this.#lastTypingAt = event.at;
      else if (event.type === 'hold') this.#held = event.held;
      if (this.#actor || this.#found) {
        if (WATCH_ONLY.has(event.type)) return;
        if (this.#actor) this.#actor.send(event as MachineEvent);
        else this.#waiting.push(event as MachineEvent);
        return;
      }
      const watch = this.#watching(event.type);
      if (!watch) return;
      switch (event.type) {
        case 'signal': {
          const { type: _, signal, ...occurrence } = event;
          watch.observe(signal, occurrence);
          break;
        }
        case 'timer.arm':
          watch.arm(event.signal, event.at, event.latest);
          break;
        case 'timer.disarm':
          watch.disarm(event.signal, event.at);
          break;
        case 'ask':
          watch.ask(event.signal, event.at);
          break;
        case 'goal':
          watch.goal();
          break;
        case 'configure':
          watch.configure(event.rules);
          break;
      }
      this.#changed();
    } catch (error) {
      this.options.fault(error);
    }
  }

  /** The visitor is gone for this wrapper (removal, `disabled`, `preview` toggled): see the class comment. */
  end(): void {
    this.#watch?.stop();
    this.#watch = undefined;
    this.#leave();
    this.#over = false;
    const actor = this.#actor;
    if (!actor) return;
    this.#actor = undefined;
    const stopWhenSettled = () => {
      if (actor.getSnapshot().hasTag('pending')) return;
      subscription.unsubscribe();
      actor.stop();
    };
    const subscription = actor.subscribe({ next: stopWhenSettled, error: () => {} });
    stopWhenSettled();
  }

  /** Call `listener` whenever what `view` shows may have changed (the debug overlay); returns how to stop. */
  observe(listener: () => void): () => void {
    this.#observers.add(listener);
    return () => this.#observers.delete(listener);
  }

  #changed(): void {
    for (const observer of this.#observers) observer();
  }

  #watching(type: MomentEvent['type']): Watch | undefined {
    if (this.#watch || this.#over || !STARTS_WATCH.has(type) || !this.host.isConnected) return this.#watch;
    // A moment already seen in this visit has nothing more to watch.
    if (this.options.seen()) {
      this.#over = true;
      return undefined;
    }
    return (this.#watch = new Watch(this.options.rules(), PAGE_CLOCK, (found) => this.#detected(found)));
  }

  #detected(found: Found): void {
    this.#watch = undefined;
    this.#found = found;
    addEventListener('pagehide', this.#onPageHide);
    const { module } = this.options;
    if (module.module) return this.#start(module.module.startMoment);
    module.load().then(
      (loaded) => this.#found === found && this.#start(loaded.startMoment),
      (error: unknown) => {
        this.options.fault(error);
        this.#leave();
      },
    );
  }

  #start(start: typeof startMoment): void {
    const found = this.#found!;
    this.#found = undefined;
    let actor: MomentActor | undefined;
    actor = start(
      { rules: this.options.rules(), found, outcomeWindowMs: this.options.outcomeWindowMs(), lastTypingAt: this.#lastTypingAt, held: this.#held },
      this.options.page,
      {
        emitted: (event) => this.options.emitted(event),
        changed: () => actor === this.#actor && this.#changed(),
        done: ({ again }) => {
          if (actor !== this.#actor) return;
          removeEventListener('pagehide', this.#onPageHide);
          this.#actor = undefined;
          this.#over = !again;
          this.#changed();
        },
        fault: (error) => this.options.fault(error),
      },
    );
    if (actor.getSnapshot().status !== 'active') return;
    this.#actor = actor;
    for (const event of this.#waiting.splice(0)) actor.send(event);
  }

  /** The visitor leaves (pagehide, or the wrapper is ended) while a moment is found or under way. */
  #leave(): void {
    removeEventListener('pagehide', this.#onPageHide);
    const actor = this.#actor;
    const found = this.#found;
    if (!actor && !found) return;
    this.options.beforeLeave();
    const at = Date.now();
    // What the sensors flushed may have ended the moment already (a goal).
    if (actor) return actor.getSnapshot().status === 'active' ? actor.send({ type: 'leave', at }) : undefined;
    if (this.#found !== found) return;
    this.#found = undefined;
    this.#waiting = [];
    this.#over = true;
    this.#leftBeforeLoad(found!, at);
  }

  /**
   * Found, then gone before the machine's module arrived (an exit-intent visitor closes the tab at
   * once): reported as the machine reports a moment whose visitor left — `unstuck-detect`, then
   * its one outcome, `abandoned`, unasked — synchronously, so both reach the outbox before the
   * page goes (test/outbox.test.ts). The page is not asked for permission: nothing will be shown.
   */
  #leftBeforeLoad(found: Found, at: number): void {
    const { page } = this.options;
    try {
      page.markSeen(found.at);
      // The page's `announce` dispatches before its first await.
      void page.announce(detectionOf(this.options.rules(), found, null)).catch((error: unknown) => this.options.fault(error));
    } catch (error) {
      this.options.fault(error);
    }
    this.options.emitted({ type: 'outcome', outcome: 'abandoned', at, ms: at - found.at, asked: false, reason: null });
  }
}
