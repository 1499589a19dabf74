/**
 * The life of one stuck moment from its detection, as pure XState logic (no DOM, no clock, no
 * storage). Watching for it is logic/watch.ts, which hands over what it found:
 *
 *   (found) ──▶ moment ┬ ui: permission ─▶ (gap ─after─▶ permission) ─▶ announcing ─┬▶ open: asking ─▶ answered ─▶ closed
 *                  │                                                             ├▶ dismissed
 *                  │                                                             └▶ holdout · unasked
 *                  └ measure: running ──goal / window / leave──▶ settling ──▶ done (its one outcome)
 *
 * Its output says whether the wrapper may watch again. Sensors send `typing` and `hold`; the visitor's choices come
 * from the card. What touches the page is provided by the wrapper (see moment.setup.ts), and
 * what the card must do is emitted (`actor.on(...)`). docs/architecture.md draws the path.
 */
import { assign, emit, enqueueActions } from 'xstate';
import { detectionOf } from './detection.js';
import { mayAskLater, momentSetup, unfinishedAt, type MomentContext, type Permission } from './moment.setup.js';

export * from './moment.setup.js';

/** A gap to wait out, unless the visitor already left. */
const retryLater = ({ context, event }: { context: MomentContext; event: { output: Permission } }) =>
  !context.left && event.output.verdict === 'suppress' && event.output.reason === 'gap' && event.output.retryAt !== undefined;

/** Granted, not vetoed, the visitor still here and stuck: ask (or, in the holdout group, only measure). */
const asks = (context: MomentContext, proceed: boolean, holdout = false) =>
  proceed && context.reason === null && !context.left && context.outcome === null && !!context.permission?.holdout === holdout;

/** The page's answer, kept: it decides what follows and why no question came. */
const kept = (permission: Permission) => ({ permission, reason: permission.verdict === 'suppress' ? (permission.reason ?? null) : null });

export const momentMachine = momentSetup.createMachine({
  id: 'moment',
  context: ({ input }) => ({
    rules: input.rules,
    outcomeWindowMs: input.outcomeWindowMs,
    pauseMs: input.pauseMs ?? 1_500,
    lastTypingAt: input.lastTypingAt ?? Number.NEGATIVE_INFINITY,
    pauseFrom: 0,
    held: input.held ?? false,
    found: input.found,
    permission: null,
    reason: null,
    announced: false,
    left: false,
    shown: false,
    choice: null,
    escalated: false,
    outcome: null,
    outcomeAt: null,
  }),
  output: ({ context }) => ({ again: mayAskLater(context) }),
  on: {
    typing: { actions: assign({ lastTypingAt: ({ event }) => event.at }) },
    hold: { actions: assign({ held: ({ event }) => event.held }) },
    configure: { actions: assign({ rules: ({ event }) => event.rules, outcomeWindowMs: ({ event }) => event.outcomeWindowMs }) },
  },
  initial: 'moment',
  states: {
    moment: {
      type: 'parallel',
      onDone: 'over',
      on: {
        escalate: {
          guard: 'wasShown',
          actions: [assign({ escalated: true }), emit(({ event }) => ({ type: 'escalate' as const, at: event.at }))],
        },
      },
      states: {
        ui: {
          initial: 'permission',
          states: {
            permission: {
              tags: 'pending',
              invoke: {
                src: 'permission',
                input: ({ context }) => ({ signal: context.found.signal, at: context.found.at }),
                onDone: [
                  { guard: retryLater, target: 'gap', actions: assign(({ event }) => kept(event.output)) },
                  {
                    target: 'announcing',
                    actions: [
                      assign(({ event }) => kept(event.output)),
                      // Seen for this visit, unless another question only delayed it.
                      enqueueActions(({ context, enqueue }) => {
                        if (context.reason !== 'busy' && context.reason !== 'gap') enqueue({ type: 'markSeen', params: { at: context.found.at } });
                      }),
                    ],
                  },
                ],
                // A fault while asking the page is treated as "not now": the moment is still measured.
                onError: {
                  target: 'announcing',
                  actions: assign(({ context }) => ({ permission: { verdict: 'suppress', reason: 'busy', at: context.found.at }, reason: 'busy' as const })),
                },
              },
            },
            /** Too soon after another question: ask again when the gap has passed, unless the visitor moves on or leaves. */
            gap: {
              tags: 'pending',
              after: { retry: 'permission' },
              on: { goal: 'announcing', leave: { target: 'announcing', actions: 'noteLeft' } },
            },
            announcing: {
              tags: 'pending',
              exit: assign({ announced: true }),
              invoke: {
                src: 'announce',
                input: ({ context }) => detectionOf(context.rules, context.found, context.permission),
                onDone: [
                  {
                    guard: ({ context, event }) => asks(context, event.output.proceed),
                    target: 'open',
                    actions: [assign({ pauseFrom: ({ event }) => event.output.at }), { type: 'countAsked', params: ({ event }) => ({ at: event.output.at }) }],
                  },
                  {
                    guard: ({ context, event }) => asks(context, event.output.proceed, true),
                    target: 'holdout',
                    actions: [{ type: 'countAsked', params: ({ event }) => ({ at: event.output.at }) }, 'release'],
                  },
                  // Refused, vetoed, or the visitor moved on or left before the question could show.
                  { target: 'unasked', actions: [assign({ reason: ({ context, event }) => context.reason ?? (event.output.proceed ? null : 'vetoed') }), 'release'] },
                ],
                onError: { target: 'unasked', actions: [assign({ reason: ({ context }) => context.reason ?? 'busy' }), 'release'] },
              },
            },
            /** The question holds the page's one slot until it closes. */
            open: {
              initial: 'asking',
              exit: 'release',
              on: { leave: { target: 'closed', actions: ['noteLeft', 'emitClose'] } },
              states: {
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
                          actions: assign({ lastTypingAt: ({ event }) => event.at, pauseFrom: ({ event }) => event.reportedAt ?? event.at }),
                        },
                      },
                    },
                    visible: {
                      entry: [
                        assign({ shown: true }),
                        emit(({ context }) => ({ type: 'show' as const, at: Math.max(context.pauseFrom, context.lastTypingAt + context.pauseMs) })),
                      ],
                      on: {
                        choose: { target: '#moment.moment.ui.open.answered', actions: 'answer' },
                        dismiss: {
                          target: '#moment.moment.ui.dismissed',
                          actions: [emit(({ event }) => ({ type: 'dismiss' as const, at: event.at })), { type: 'startCooldown', params: ({ event }) => ({ at: event.at }) }],
                        },
                        // The visitor moved on without answering: the question steps aside (not a dismissal).
                        goal: { target: '#moment.moment.ui.closed', actions: 'emitClose' },
                      },
                    },
                  },
                },
                answered: {
                  on: {
                    // Another reply (the card keeps them, the chosen one marked): its response replaces the first.
                    choose: { target: '#moment.moment.ui.open.answered', reenter: true, actions: 'answer' },
                    close: { target: '#moment.moment.ui.closed', actions: 'emitClose' },
                  },
                },
              },
            },
            dismissed: { type: 'final' },
            closed: { type: 'final' },
            holdout: { type: 'final' },
            /** Not asked: suppressed, vetoed, or the visitor left before the question could show. */
            unasked: { type: 'final' },
          },
        },
        measure: {
          initial: 'running',
          states: {
            running: {
              tags: 'pending',
              after: {
                outcomeWindow: { target: 'settling', actions: assign(({ context }) => unfinishedAt(context, context.found.at + context.outcomeWindowMs)) },
              },
              on: {
                goal: { target: 'settling', actions: assign({ outcome: 'continued', outcomeAt: ({ event }) => event.at }) },
                leave: { target: 'settling', actions: ['noteLeft', assign(({ context, event }) => unfinishedAt(context, event.at))] },
              },
            },
            /** The outcome follows its `unstuck-detect`: wait until the detection went out. */
            settling: { tags: 'pending', always: { guard: 'announced', target: 'done' } },
            done: { type: 'final', entry: 'emitOutcome' },
          },
        },
      },
    },
    /** Measured: the wrapper watches again or not, as the output says. */
    over: { type: 'final' },
  },
});

export type MomentMachine = typeof momentMachine;
