/**
 * The life of one stuck moment, as pure XState logic (no DOM, no clock reads).
 *
 *   watching ──pattern──▶ moment { ui: deciding ─┬─ holdout
 *                                                ├─ suppressed
 *                                                └─ asking (waiting for a typing pause → visible)
 *                                                     ├─choose──▶ answered ──close──▶ closed
 *                                                     └─dismiss─▶ dismissed
 *                                  measure: running ──goal / window / leave──▶ done (one outcome) }
 *
 * Sensors send `signal` occurrences and arm/disarm quiet timers; the element answers
 * `detect` with `decide`, and forwards the visitor's choices. Everything the element must
 * do in the DOM is announced through emitted events (`actor.on(...)`).
 */
import { assign, emit, enqueueActions, setup } from 'xstate';
import { countAt, record, threshold, type Occurrence, type SignalRules, type Track } from './signals.js';

export type Verdict = 'ask' | 'holdout' | 'suppress';
export type Outcome = 'continued' | 'escalated' | 'abandoned';

export interface MomentInput {
  rules: SignalRules;
  /** How long after detection forward movement still counts. */
  outcomeWindowMs: number;
  /** The question waits until the visitor has not typed for this long. */
  pauseMs?: number;
}

export interface MomentContext {
  rules: SignalRules;
  tracks: Readonly<Record<string, Track>>;
  /** Latest count toward each signal's threshold (for the debug overlay). */
  counts: Readonly<Record<string, number>>;
  outcomeWindowMs: number;
  pauseMs: number;
  lastTypingAt: number;
  /** When the question asked to be shown (or typing last restarted the wait). */
  pauseFrom: number;
  /** The visitor is on a control the question must not interrupt (a cancel flow's final button). */
  held: boolean;
  signal: string | null;
  detectedAt: number | null;
  verdict: Verdict | null;
  reason: string | null;
  shown: boolean;
  choice: string | null;
  escalated: boolean;
  outcome: Outcome | null;
  outcomeAt: number | null;
}

type SignalEvent = { type: 'signal'; signal: string } & Occurrence;

export type MomentEvent =
  | SignalEvent
  | { type: 'timer.arm'; signal: string; at: number }
  | { type: 'timer.disarm'; signal: string }
  | { type: 'timer.fire'; signal: string; at: number }
  | { type: 'typing'; at: number }
  | { type: 'hold'; held: boolean }
  | { type: 'configure'; rules: SignalRules; outcomeWindowMs: number }
  | { type: 'ask'; signal: string; at: number }
  | { type: 'decide'; verdict: Verdict; reason?: string; at: number }
  | { type: 'choose'; choice: string; escalate: boolean; at: number }
  | { type: 'dismiss'; at: number }
  | { type: 'close'; at: number }
  | { type: 'escalate'; at: number }
  | { type: 'goal'; at: number }
  | { type: 'leave'; at: number };

export type MomentEmitted =
  | { type: 'detect'; signal: string; signals: Record<string, number>; at: number }
  | { type: 'show'; at: number }
  | { type: 'answer'; choice: string; at: number }
  | { type: 'dismiss'; at: number }
  | { type: 'close'; at: number }
  | { type: 'escalate'; at: number }
  | { type: 'outcome'; outcome: Outcome; at: number; ms: number; asked: boolean; reason: string | null };

const timerId = (signal: string) => `timer:${signal}`;

/** What a new moment starts from: no counts, nothing detected, nothing decided. */
const FRESH_MOMENT = {
  tracks: {},
  counts: {},
  signal: null,
  detectedAt: null,
  verdict: null,
  reason: null,
  shown: false,
  choice: null,
  escalated: false,
  outcome: null,
  outcomeAt: null,
} satisfies Partial<MomentContext>;

/** Outcome when the visitor did not move forward: a person was reached, or the moment was abandoned. */
const unfinished = (context: MomentContext): Outcome => (context.escalated ? 'escalated' : 'abandoned');

export const momentMachine = setup({
  types: {} as {
    input: MomentInput;
    context: MomentContext;
    events: MomentEvent;
    emitted: MomentEmitted;
  },
  delays: {
    outcomeWindow: ({ context }) => context.outcomeWindowMs,
    typingPause: ({ context }) => Math.max(0, context.pauseMs - (context.pauseFrom - context.lastTypingAt)),
  },
  guards: {
    patternFound: ({ context }) => context.signal !== null,
    readyToShow: ({ context }) => !context.held && context.pauseFrom - context.lastTypingAt >= context.pauseMs,
    /** Suppressed only because of another question (now or too recently): it may ask later. */
    mayAskLater: ({ context }) => context.reason === 'busy' || context.reason === 'gap',
    wasShown: ({ context }) => context.shown,
  },
  actions: {
    record: assign(({ context, event }) => {
      const { signal, ...occurrence } = event as SignalEvent;
      const rule = context.rules[signal];
      if (!rule) return {};
      const { track, count } = record(rule, context.tracks[signal] ?? [], occurrence);
      const found = count >= threshold(rule);
      return {
        tracks: { ...context.tracks, [signal]: track },
        counts: { ...context.counts, [signal]: count },
        ...(found ? { signal, detectedAt: occurrence.at } : {}),
      };
    }),
    armTimer: enqueueActions(({ context, event, enqueue }) => {
      const { signal, at } = event as { signal: string; at: number };
      const rule = context.rules[signal];
      enqueue.cancel(timerId(signal));
      if (rule?.kind === 'quiet') {
        enqueue.raise({ type: 'timer.fire', signal, at: at + rule.ms }, { id: timerId(signal), delay: rule.ms });
      }
    }),
    disarmTimer: enqueueActions(({ event, enqueue }) => {
      enqueue.cancel(timerId((event as { signal: string }).signal));
    }),
    disarmAllTimers: enqueueActions(({ context, enqueue }) => {
      for (const signal of Object.keys(context.rules)) enqueue.cancel(timerId(signal));
    }),
    startOver: assign(() => ({ ...FRESH_MOMENT })),
    emitDetect: emit(({ context }) => {
      const at = context.detectedAt!;
      const signals: Record<string, number> = {};
      for (const [name, rule] of Object.entries(context.rules)) signals[name] = countAt(rule, context.tracks[name] ?? [], at);
      if (context.signal! in signals) signals[context.signal!] = Math.max(signals[context.signal!]!, 1);
      return { type: 'detect' as const, signal: context.signal!, signals, at };
    }),
    emitOutcome: emit(({ context }) => ({
      type: 'outcome' as const,
      outcome: context.outcome!,
      at: context.outcomeAt!,
      ms: context.outcomeAt! - context.detectedAt!,
      asked: context.shown,
      reason: context.reason,
    })),
  },
}).createMachine({
  id: 'moment',
  context: ({ input }) => ({
    rules: input.rules,
    outcomeWindowMs: input.outcomeWindowMs,
    pauseMs: input.pauseMs ?? 1_500,
    lastTypingAt: Number.NEGATIVE_INFINITY,
    pauseFrom: 0,
    held: false,
    ...FRESH_MOMENT,
  }),
  on: {
    typing: { actions: assign({ lastTypingAt: ({ event }) => event.at }) },
    hold: { actions: assign({ held: ({ event }) => event.held }) },
    configure: {
      actions: [
        'disarmAllTimers',
        assign({ rules: ({ event }) => event.rules, outcomeWindowMs: ({ event }) => event.outcomeWindowMs }),
      ],
    },
  },
  initial: 'watching',
  states: {
    watching: {
      always: { guard: 'patternFound', target: 'moment' },
      on: {
        signal: { actions: 'record' },
        'timer.fire': { actions: 'record' },
        'timer.arm': { actions: 'armTimer' },
        'timer.disarm': { actions: 'disarmTimer' },
        ask: { actions: assign({ signal: ({ event }) => event.signal, detectedAt: ({ event }) => event.at }) },
        // Moving forward is not hesitation: quiet timers wait for the next activity.
        goal: { actions: 'disarmAllTimers' },
      },
    },
    /** Nothing more to watch on this page. */
    finished: {},
    moment: {
      type: 'parallel',
      entry: ['disarmAllTimers', 'emitDetect'],
      // A suppressed moment, once measured, gives way to watching again if it may ask later.
      onDone: [{ guard: 'mayAskLater', target: 'watching', actions: 'startOver' }, { target: 'finished' }],
      on: {
        escalate: {
          guard: 'wasShown',
          actions: [assign({ escalated: true }), emit(({ event }) => ({ type: 'escalate' as const, at: event.at }))],
        },
      },
      states: {
        ui: {
          initial: 'deciding',
          states: {
            deciding: {
              on: {
                decide: [
                  {
                    guard: ({ event }) => event.verdict === 'ask',
                    target: 'asking',
                    actions: assign({ verdict: 'ask', pauseFrom: ({ event }) => event.at }),
                  },
                  {
                    guard: ({ event }) => event.verdict === 'holdout',
                    target: 'holdout',
                    actions: assign({ verdict: 'holdout' }),
                  },
                  {
                    target: 'suppressed',
                    actions: assign({ verdict: 'suppress', reason: ({ event }) => event.reason ?? 'suppressed' }),
                  },
                ],
              },
            },
            asking: {
              initial: 'waiting',
              states: {
                /** Never appear while the visitor is typing (wait for a pause) or holding (see `hold`). */
                waiting: {
                  always: { guard: 'readyToShow', target: 'visible' },
                  after: {
                    typingPause: {
                      // Wake up once when the pause is over (not again while a hold lasts).
                      guard: ({ context }) => context.pauseFrom - context.lastTypingAt < context.pauseMs,
                      target: 'waiting',
                      reenter: true,
                      actions: assign({ pauseFrom: ({ context }) => context.lastTypingAt + context.pauseMs }),
                    },
                  },
                  on: {
                    typing: {
                      target: 'waiting',
                      reenter: true,
                      actions: assign({ lastTypingAt: ({ event }) => event.at, pauseFrom: ({ event }) => event.at }),
                    },
                  },
                },
                visible: {
                  entry: [assign({ shown: true }), emit(({ context }) => ({ type: 'show' as const, at: Math.max(context.pauseFrom, context.lastTypingAt + context.pauseMs) }))],
                  on: {
                    choose: {
                      target: '#moment.moment.ui.answered',
                      actions: enqueueActions(({ event, enqueue }) => {
                        enqueue.assign({ choice: event.choice });
                        enqueue.emit({ type: 'answer', choice: event.choice, at: event.at });
                        if (event.escalate) {
                          enqueue.assign({ escalated: true });
                          enqueue.emit({ type: 'escalate', at: event.at });
                        }
                      }),
                    },
                    dismiss: {
                      target: '#moment.moment.ui.dismissed',
                      actions: emit(({ event }) => ({ type: 'dismiss' as const, at: event.at })),
                    },
                    // The visitor moved on without answering: the question steps aside (not a dismissal).
                    goal: {
                      target: '#moment.moment.ui.closed',
                      actions: emit(({ event }) => ({ type: 'close' as const, at: event.at })),
                    },
                  },
                },
              },
            },
            answered: {
              on: { close: { target: 'closed', actions: emit(({ event }) => ({ type: 'close' as const, at: event.at })) } },
            },
            dismissed: {},
            closed: {},
            holdout: {},
            suppressed: { type: 'final' },
          },
        },
        measure: {
          initial: 'running',
          states: {
            running: {
              after: {
                outcomeWindow: {
                  target: 'done',
                  actions: assign(({ context }) => ({
                    outcome: unfinished(context),
                    outcomeAt: context.detectedAt! + context.outcomeWindowMs,
                  })),
                },
              },
              on: {
                goal: { target: 'done', actions: assign({ outcome: 'continued', outcomeAt: ({ event }) => event.at }) },
                leave: {
                  target: 'done',
                  actions: assign(({ context, event }) => ({ outcome: unfinished(context), outcomeAt: event.at })),
                },
              },
            },
            done: { type: 'final', entry: 'emitOutcome' },
          },
        },
      },
    },
  },
});

export type MomentMachine = typeof momentMachine;
