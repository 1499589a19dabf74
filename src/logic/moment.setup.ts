/**
 * The moment machine's vocabulary: its input, context, events and what it emits, and the
 * implementations it starts with (`setup()`). Everything that touches the page — asking the
 * coordinator, dispatching `unstuck-detect`, storage — is an actor or action declared here with
 * a harmless default and provided by the wrapper with `.provide()`, so the machine stays pure and
 * runs on a simulated clock in tests (docs/architecture.md, "The moment").
 */
import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { evidenceRule, makesPattern, nextCheck, rounded, weigh, type Armed, type Contributions } from './evidence.js';
import { countAt, record, threshold, type Occurrence, type SignalRules, type Track } from './windows.js';

export type Outcome = 'continued' | 'escalated' | 'abandoned';

/** Why a detected moment is not asked. `busy` and `gap` pass; the others hold for the visit or longer. */
export type SuppressReason = 'busy' | 'gap' | 'cap' | 'cooldown' | 'no-question' | 'vetoed';

/** The page's answer to "may this moment ask now?": the `permission` actor's output. */
export interface Permission {
  verdict: 'ask' | 'suppress';
  reason?: SuppressReason;
  /** With `gap`: when asking becomes possible; the machine waits until then and asks again. */
  retryAt?: number;
  /** The visitor is in this moment's holdout group: measured, never asked. */
  holdout?: boolean;
  /** When the answer came (the machine reads no clock). */
  at: number;
}

/** A detection as `unstuck-detect` reports it: the `announce` actor's input. */
export interface Detection {
  signal: string;
  /** Each signal's count at detection. */
  signals: Record<string, number>;
  /** Each signal's contribution to the combined score at detection: its fraction of its own threshold (two decimals). */
  evidence: Record<string, number>;
  at: number;
  suppressed: SuppressReason | null;
}

/** The `announce` actor's output: `proceed` is false when a listener vetoed the question. */
export interface Announced {
  proceed: boolean;
  at: number;
}

export interface MomentInput {
  rules: SignalRules;
  /** How long after detection forward movement still counts. */
  outcomeWindowMs: number;
  /** The question waits until the visitor has not typed for this long. */
  pauseMs?: number;
  /** This moment was already detected in this visit: nothing more to watch. */
  seen?: boolean;
}

export interface MomentContext {
  rules: SignalRules;
  tracks: Readonly<Record<string, Track>>;
  /** Latest count toward each signal's threshold (for the debug overlay). */
  counts: Readonly<Record<string, number>>;
  /** Quiet timers counting now, and since when (their share of the evidence grows with time). */
  armed: Armed;
  /** Each signal's contribution when the moment was detected. */
  evidence: Contributions;
  outcomeWindowMs: number;
  pauseMs: number;
  seen: boolean;
  lastTypingAt: number;
  /** When the question asked to be shown (or typing last restarted the wait). */
  pauseFrom: number;
  /** The question is held back: the visitor is on a control it must not interrupt (`data-unstuck-confirm`). */
  held: boolean;
  signal: string | null;
  detectedAt: number | null;
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

type SignalEvent = { type: 'signal'; signal: string } & Occurrence;

export type MomentEvent =
  | SignalEvent
  | { type: 'timer.arm'; signal: string; at: number }
  | { type: 'timer.disarm'; signal: string; at: number }
  | { type: 'timer.fire'; signal: string; at: number }
  /** Internal: the time at which armed quiet timers bring the weak signals' sum to `pattern`. */
  | { type: 'pattern.check'; at: number }
  /** The visitor typed; `at` is the last keystroke, `reportedAt` when the sensor sent it (it may batch keys). */
  | { type: 'typing'; at: number; reportedAt?: number }
  | { type: 'hold'; held: boolean }
  | { type: 'configure'; rules: SignalRules; outcomeWindowMs: number }
  | { type: 'ask'; signal: string; at: number }
  | { type: 'choose'; choice: string; escalate: boolean; at: number }
  | { type: 'dismiss'; at: number }
  | { type: 'close'; at: number }
  | { type: 'escalate'; at: number }
  | { type: 'goal'; at: number }
  | { type: 'leave'; at: number };

export type MomentEmitted =
  | { type: 'show'; at: number }
  | { type: 'answer'; choice: string; at: number }
  | { type: 'dismiss'; at: number }
  | { type: 'close'; at: number }
  | { type: 'escalate'; at: number }
  | { type: 'outcome'; outcome: Outcome; at: number; ms: number; asked: boolean; reason: SuppressReason | null };

/** What a new moment starts from: no counts, nothing detected, nothing decided. */
export const FRESH_MOMENT = {
  tracks: {},
  counts: {},
  evidence: {},
  signal: null,
  detectedAt: null,
  permission: null,
  reason: null,
  announced: false,
  left: false,
  shown: false,
  choice: null,
  escalated: false,
  outcome: null,
  outcomeAt: null,
} satisfies Partial<MomentContext>;

const timerId = (signal: string) => `timer:${signal}`;

/** The one scheduled evidence check (see evidence.ts `nextCheck`). */
const PATTERN_CHECK = 'timer:pattern';

/** Outcome when the visitor did not move forward: a person was reached, or the moment was abandoned. */
const unfinished = (context: MomentContext): Outcome => (context.escalated ? 'escalated' : 'abandoned');

/** The detection as reported: every signal's count at that time (the one that crossed at least 1). */
export function detectionOf(context: MomentContext): Detection {
  const at = context.detectedAt!;
  const signal = context.signal!;
  const signals: Record<string, number> = {};
  for (const [name, rule] of Object.entries(context.rules)) if (rule.kind !== 'evidence') signals[name] = countAt(rule, context.tracks[name] ?? [], at);
  if (signal in signals) signals[signal] = Math.max(signals[signal]!, 1);
  const permission = context.permission;
  return { signal, signals, evidence: rounded(context.evidence), at, suppressed: permission?.verdict === 'suppress' ? (permission.reason ?? null) : null };
}

/** The armed timers without one. */
const without = (armed: Armed, signal: string): Armed => {
  const { [signal]: _, ...rest } = armed;
  return rest;
};

/** With a time: what provided actions are given (the machine reads no clock, events carry theirs). */
type At = { at: number };

export const momentSetup = setup({
  types: {} as {
    input: MomentInput;
    context: MomentContext;
    events: MomentEvent;
    emitted: MomentEmitted;
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
    record: assign(({ context, event }) => {
      const { signal, type, ...occurrence } = event as SignalEvent | Extract<MomentEvent, { type: 'timer.fire' }>;
      const rule = context.rules[signal];
      if (!rule) return {};
      const { track, count } = record(rule, context.tracks[signal] ?? [], occurrence);
      return {
        tracks: { ...context.tracks, [signal]: track },
        counts: { ...context.counts, [signal]: count },
        ...(type === 'timer.fire' ? { armed: without(context.armed, signal) } : {}),
        ...(count >= threshold(rule) ? { signal, detectedAt: occurrence.at } : {}),
      };
    }),
    armTimer: enqueueActions(({ context, event, enqueue }) => {
      const { signal, at } = event as { signal: string; at: number };
      const rule = context.rules[signal];
      enqueue.cancel(timerId(signal));
      if (rule?.kind === 'quiet') {
        enqueue.assign({ armed: { ...context.armed, [signal]: at } });
        enqueue.raise({ type: 'timer.fire', signal, at: at + rule.ms }, { id: timerId(signal), delay: rule.ms });
      }
    }),
    disarmTimer: enqueueActions(({ context, event, enqueue }) => {
      const { signal } = event as { signal: string };
      enqueue.cancel(timerId(signal));
      if (signal in context.armed) enqueue.assign({ armed: without(context.armed, signal) });
    }),
    disarmAllTimers: enqueueActions(({ context, enqueue }) => {
      for (const signal of Object.keys(context.rules)) enqueue.cancel(timerId(signal));
      enqueue.cancel(PATTERN_CHECK);
      enqueue.assign({ armed: {} });
    }),
    /**
     * After anything that changes the evidence: a detection notes every signal's contribution;
     * otherwise weak signals that add up to `pattern` detect, or a check is scheduled for when
     * the armed quiet timers will make them add up (docs/detection.md, "Weak signals add up").
     */
    weigh: enqueueActions(({ context, event, enqueue }) => {
      const { at } = event as { at: number };
      enqueue.cancel(PATTERN_CHECK);
      const found = evidenceRule(context.rules);
      if (context.signal === null && !found) return;
      const contributions = weigh(context.rules, context.tracks, context.armed, at);
      if (context.signal !== null) return void enqueue.assign({ evidence: contributions });
      const [name, rule] = found!;
      if (makesPattern(rule, contributions)) return void enqueue.assign({ signal: name, detectedAt: at, evidence: contributions });
      const next = nextCheck(rule, context.rules, context.tracks, context.armed, at);
      if (next !== undefined) enqueue.raise({ type: 'pattern.check', at: next }, { id: PATTERN_CHECK, delay: next - at });
    }),
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
    startOver: assign(() => ({ ...FRESH_MOMENT })),
    emitOutcome: emit(({ context }) => ({
      type: 'outcome' as const,
      outcome: context.outcome!,
      at: context.outcomeAt!,
      ms: context.outcomeAt! - context.detectedAt!,
      asked: context.shown,
      reason: context.reason,
    })),
  },
  guards: {
    patternFound: ({ context }) => context.signal !== null,
    alreadySeen: ({ context }) => context.seen,
    readyToShow: ({ context }) => !context.held && context.pauseFrom - context.lastTypingAt >= context.pauseMs,
    /** Suppressed only because of another question (now or too recently): it may ask later. */
    mayAskLater: ({ context }) => !context.left && (context.reason === 'busy' || context.reason === 'gap'),
    wasShown: ({ context }) => context.shown,
    announced: ({ context }) => context.announced,
  },
  delays: {
    outcomeWindow: ({ context }) => context.outcomeWindowMs,
    typingPause: ({ context }) => Math.max(0, context.pauseMs - (context.pauseFrom - context.lastTypingAt)),
    retry: ({ context }) => Math.max(0, (context.permission?.retryAt ?? 0) - (context.permission?.at ?? 0)),
  },
});

/** The outcome of a moment the visitor did not move forward in, settled at time `at`. */
export const unfinishedAt = (context: MomentContext, at: number) => ({ outcome: unfinished(context), outcomeAt: at });
