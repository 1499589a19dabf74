/**
 * The moment machine's vocabulary: its input, context, events and what it emits, and the
 * implementations it starts with (`setup()`). Everything that touches the page — asking the
 * coordinator, dispatching `unstuck-detect`, storage — is an actor or action declared here with
 * a harmless default and provided by the wrapper with `.provide()`, so the machine stays pure and
 * runs on a simulated clock in tests (docs/architecture.md, "The moment").
 */
import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import type { Detection, Found, Permission, SuppressReason } from './detection.js';
import type { Occurrence, SignalRules } from './windows.js';

export type Outcome = 'continued' | 'escalated' | 'abandoned';

export type { Detection, Found, Permission, SuppressReason } from './detection.js';

/** The `announce` actor's output: `proceed` is false when a listener vetoed the question. */
export interface Announced {
  proceed: boolean;
  at: number;
}

/** What touches the page, provided to the machine by the wrapper (controllers/moment-actor.ts). */
export interface MomentPage {
  permission(request: { signal: string; at: number }): Promise<Permission>;
  announce(detection: Detection): Promise<Announced>;
  markSeen(at: number): void;
  startCooldown(at: number): void;
  countAsked(at: number): void;
  release(): void;
}

export interface MomentInput {
  rules: SignalRules;
  /** What the watch found (logic/watch.ts): the moment begins there. */
  found: Found;
  /** How long after detection forward movement still counts. */
  outcomeWindowMs: number;
  /** The question waits until the visitor has not typed for this long. */
  pauseMs?: number;
  /** The last keystroke before the detection, and whether a hold was on (see `hold`). */
  lastTypingAt?: number;
  held?: boolean;
}

/** How a moment ended: `again` when it was suppressed only because of another question, so the wrapper may watch again. */
export interface MomentOutput {
  again: boolean;
}

export interface MomentContext {
  rules: SignalRules;
  /** What the watch found: the signal, when, and every signal's track and contribution then. */
  found: Found;
  outcomeWindowMs: number;
  pauseMs: number;
  lastTypingAt: number;
  /** When the question asked to be shown (or typing last restarted the wait). */
  pauseFrom: number;
  /** The question is held back: the visitor is on a control it must not interrupt (`data-unstuck-confirm`). */
  held: boolean;
  permission: Permission | null;
  reason: SuppressReason | null;
  /** `unstuck-detect` went out: the moment's other events may follow it. */
  announced: boolean;
  /** The visitor left (pagehide, removal, `disabled`) while the moment was under way. */
  left: boolean;
  shown: boolean;
  choice: string | null;
  escalated: boolean;
  outcome: Outcome | null;
  outcomeAt: number | null;
}

/** What the watch takes (logic/watch.ts) before a moment; a moment ignores them. */
export type WatchEvent =
  | ({ type: 'signal'; signal: string } & Occurrence)
  | {
      type: 'timer.arm';
      signal: string;
      at: number;
      /** The sensor's latest activity, from which the timer restarts, read when the watch needs it: activity costs no event. */
      latest?: () => number;
    }
  | { type: 'timer.disarm'; signal: string; at: number }
  | { type: 'ask'; signal: string; at: number };

/** What the moment machine takes. */
export type MachineEvent =
  /** The visitor typed; `at` is the last keystroke, `reportedAt` when the sensor sent it (it may batch keys). */
  | { type: 'typing'; at: number; reportedAt?: number }
  | { type: 'hold'; held: boolean }
  | { type: 'configure'; rules: SignalRules; outcomeWindowMs: number }
  | { type: 'choose'; choice: string; escalate: boolean; at: number }
  | { type: 'dismiss'; at: number }
  | { type: 'close'; at: number }
  | { type: 'escalate'; at: number }
  | { type: 'goal'; at: number }
  | { type: 'leave'; at: number };

/** Everything a wrapper sends about its moment: the watch's events, then the machine's. */
export type MomentEvent = WatchEvent | MachineEvent;

export type MomentEmitted =
  | { type: 'show'; at: number }
  | { type: 'answer'; choice: string; at: number }
  | { type: 'dismiss'; at: number }
  | { type: 'close'; at: number }
  | { type: 'escalate'; at: number }
  | { type: 'outcome'; outcome: Outcome; at: number; ms: number; asked: boolean; reason: SuppressReason | null };

/** Outcome when the visitor did not move forward: a person was reached, or the moment was abandoned. */
const unfinished = (context: MomentContext): Outcome => (context.escalated ? 'escalated' : 'abandoned');

/** With a time: what provided actions are given (the machine reads no clock, events carry theirs). */
type At = { at: number };

export const momentSetup = setup({
  types: {} as {
    input: MomentInput;
    context: MomentContext;
    events: MachineEvent;
    emitted: MomentEmitted;
    output: MomentOutput;
    tags: 'pending';
  },
  actors: {
    /** May this moment ask now? The wrapper provides the coordinator's answer. */
    permission: fromPromise<Permission, { signal: string; at: number }>(async ({ input }) => ({ verdict: 'ask', at: input.at })),
    /** Dispatch `unstuck-detect`; the wrapper provides it. */
    announce: fromPromise<Announced, Detection>(async ({ input }) => ({ proceed: true, at: input.at })),
  },
  actions: {
    /** The moment was detected in this visit: not again this session. */
    markSeen: (_: unknown, _params: At) => {},
    /** Dismissed: not again for the cooldown. */
    startCooldown: (_: unknown, _params: At) => {},
    /** A question (or a holdout moment standing in for one) counts against the page-wide caps. */
    countAsked: (_: unknown, _params: At) => {},
    /** Give the page's one question slot back. */
    release: () => {},
    noteLeft: assign({ left: true }),
    /** A reply was taken (the first, or another): its response, and the way to a person if it escalates. */
    answer: enqueueActions(({ event, enqueue }) => {
      const { choice, escalate, at } = event as { choice: string; escalate: boolean; at: number };
      enqueue.assign({ choice });
      enqueue.emit({ type: 'answer', choice, at });
      if (escalate) {
        enqueue.assign({ escalated: true });
        enqueue.emit({ type: 'escalate', at });
      }
    }),
    /** The question steps aside (the visitor moved on or left, or closed the response). */
    emitClose: emit(({ event }) => ({ type: 'close' as const, at: (event as { at: number }).at })),
    emitOutcome: emit(({ context }) => ({
      type: 'outcome' as const,
      outcome: context.outcome!,
      at: context.outcomeAt!,
      ms: context.outcomeAt! - context.found.at,
      asked: context.shown,
      reason: context.reason,
    })),
  },
  guards: {
    readyToShow: ({ context }) => !context.held && context.pauseFrom - context.lastTypingAt >= context.pauseMs,
    wasShown: ({ context }) => context.shown,
    announced: ({ context }) => context.announced,
  },
  delays: {
    outcomeWindow: ({ context }) => context.outcomeWindowMs,
    typingPause: ({ context }) => Math.max(0, context.pauseMs - (context.pauseFrom - context.lastTypingAt)),
    retry: ({ context }) => Math.max(0, (context.permission?.retryAt ?? 0) - (context.permission?.at ?? 0)),
  },
});

/** Suppressed only because of another question (now or too recently): the wrapper may watch again. */
export const mayAskLater = (context: MomentContext): boolean => !context.left && (context.reason === 'busy' || context.reason === 'gap');

/** The outcome of a moment the visitor did not move forward in, settled at time `at`. */
export const unfinishedAt = (context: MomentContext, at: number) => ({ outcome: unfinished(context), outcomeAt: at });
