/**
 * Pure pattern rules: how an attribute's text reads as a rule, and how occurrences of a signal
 * add up to "stuck" inside their window. No DOM, no clock: every occurrence carries its own time
 * `at` (epoch ms). See docs/detection.md for each signal's rule.
 */
import { OFF, parseCountWindow, parseDuration, type Off } from './duration.js';

/** N occurrences within a sliding window (optionally of the same key, e.g. the same field). */
export interface CountRule {
  kind: 'count';
  count: number;
  windowMs: number;
  perKey?: boolean;
}

/** N occurrences each within `gapMs` and `radius` px of the previous one (rage clicks). */
export interface ChainRule {
  kind: 'chain';
  count: number;
  gapMs: number;
  radius: number;
}

/** Returns between the same two keys (A B A B …) within a window: sections, pages, plans. */
export interface AlternationRule {
  kind: 'alternation';
  count: number;
  windowMs: number;
}

/** Fires once after `ms` without being re-armed (idle, field stall). */
export interface QuietRule {
  kind: 'quiet';
  ms: number;
}

/** Weak signals adding up: stuck when their fractions of their own thresholds sum to `score` (see evidence.ts). */
export interface EvidenceRule {
  kind: 'evidence';
  score: number;
}

/**
 * How a signal is weighed in `pattern` (see evidence.ts): signals measuring the same behaviour
 * share a family and only the largest of a family counts (quiet signals are all one stillness);
 * `null`: never weighed (its first occurrence is inherent, as the visit in progress is for `returns`).
 */
export interface Weighed {
  family?: string | null;
}

export type SignalRule = (CountRule | ChainRule | AlternationRule | QuietRule | EvidenceRule) & Weighed;
export type SignalRules = Readonly<Record<string, SignalRule>>;

/** One observation sent by a sensor. `key` groups (field, section, page); `x`/`y` locate clicks. */
export interface Occurrence {
  at: number;
  key?: string;
  x?: number;
  y?: number;
}

export type Track = readonly Occurrence[];

/** How many occurrences make the pattern. */
export const threshold = (rule: SignalRule): number => (rule.kind === 'quiet' ? 1 : rule.kind === 'evidence' ? rule.score : rule.count);

/** A key's channel is the part before `:` (`page:cart` and `section:billing` never alternate). */
const channel = (key: string | undefined): string => key?.split(':', 1)[0] ?? '';

/** Longest tail of `track` alternating between its last two keys, within the window ending at `at`. */
function alternationRun(track: Track, windowMs: number, at: number): number {
  const last = track.at(-1);
  const previous = track.at(-2);
  if (!last || !previous || last.key === previous.key) return track.length ? 1 : 0;
  let run = 0;
  for (let i = track.length - 1; i >= 0; i--) {
    const entry = track[i]!;
    const expected = (track.length - 1 - i) % 2 === 0 ? last.key : previous.key;
    if (entry.key !== expected || at - entry.at > windowMs) break;
    run++;
  }
  return run;
}

/** Adds `occurrence` to `track`, returning the kept track and the count toward the threshold. */
export function record(rule: SignalRule, track: Track, occurrence: Occurrence): { track: Track; count: number } {
  const { at } = occurrence;
  switch (rule.kind) {
    case 'count': {
      const kept = [...track.filter((entry) => at - entry.at < rule.windowMs), occurrence].slice(-4 * rule.count);
      const count = rule.perKey ? kept.filter((entry) => entry.key === occurrence.key).length : kept.length;
      return { track: kept, count };
    }
    case 'chain': {
      const previous = track.at(-1);
      const continues =
        previous !== undefined &&
        at - previous.at <= rule.gapMs &&
        Math.hypot((occurrence.x ?? 0) - (previous.x ?? 0), (occurrence.y ?? 0) - (previous.y ?? 0)) < rule.radius;
      const kept = continues ? [...track, occurrence].slice(-rule.count) : [occurrence];
      return { track: kept, count: kept.length };
    }
    case 'alternation': {
      const inChannel = (entries: Track) => entries.filter((entry) => channel(entry.key) === channel(occurrence.key));
      // Re-entering the section you are in is not a move.
      const kept = inChannel(track).at(-1)?.key === occurrence.key ? track : [...track, occurrence].slice(-(4 * rule.count + 8));
      return { track: kept, count: Math.max(0, alternationRun(inChannel(kept), rule.windowMs, at) - 2) };
    }
    case 'quiet':
      return { track: [occurrence], count: 1 };
    case 'evidence':
      return { track, count: 0 };
  }
}

/** The count a track still holds at time `at` (for reports of "counts seen" and the debug overlay). */
export function countAt(rule: SignalRule, track: Track, at: number): number {
  switch (rule.kind) {
    case 'count': {
      const live = track.filter((entry) => at - entry.at < rule.windowMs);
      if (!rule.perKey) return live.length;
      const perKey = new Map<string | undefined, number>();
      for (const entry of live) perKey.set(entry.key, (perKey.get(entry.key) ?? 0) + 1);
      return Math.max(0, ...perKey.values());
    }
    case 'chain': {
      const last = track.at(-1);
      return last && at - last.at <= rule.gapMs ? track.length : 0;
    }
    case 'alternation': {
      const lastChannel = channel(track.at(-1)?.key);
      const inChannel = track.filter((entry) => channel(entry.key) === lastChannel);
      return Math.max(0, alternationRun(inChannel, rule.windowMs, at) - 2);
    }
    case 'quiet':
      return track.length;
    case 'evidence':
      return 0;
  }
}

/**
 * The combined score `pattern="on"` needs: one and a half signals' worth of evidence. Each signal
 * gives less than 1 (at 1 it detects alone), so it always takes at least two (docs/detection.md).
 */
export const PATTERN_SCORE = 1.5;

/** Rage clicks must land within this distance of the previous click. */
export const RAGE_RADIUS_PX = 30;

/**
 * How a signal's attribute reads: `quiet` a duration; `count`, `alternation`, `chain` a count in a
 * window (`N/duration`); `switch` on or off.
 */
export type RuleKind = SignalRule['kind'] | 'switch';

/** What a value of each kind looks like, for warnings. */
export const RULE_EXAMPLES: Record<RuleKind, string> = {
  quiet: 'a duration such as 45s or 2m, or off',
  count: 'a count in a window such as 2/60s, or off',
  alternation: 'a count in a window such as 3/90s, or off',
  chain: 'a count in a window such as 3/1s, or off',
  switch: 'on or off',
  evidence: 'on, off, or the combined score that counts as stuck, such as 1.5',
};

/** An attribute's text as a rule; `off` turns the signal off; undefined when it cannot be read. */
export function parseRule(kind: RuleKind, text: string, perKey?: boolean): SignalRule | Off | undefined {
  switch (kind) {
    case 'quiet': {
      const ms = parseDuration(text);
      return ms === OFF || ms === undefined ? ms : { kind, ms };
    }
    case 'evidence': {
      const value = text.trim().toLowerCase();
      if (value === OFF) return OFF;
      const score = value === 'on' || value === '' ? PATTERN_SCORE : /^\d*\.?\d+$/.test(value) ? Number(value) : Number.NaN;
      return score > 0 ? { kind, score } : undefined;
    }
    case 'switch': {
      const value = text.trim().toLowerCase();
      if (value === OFF) return OFF;
      return value === 'on' || value === '' ? { kind: 'count', count: 1, windowMs: Number.POSITIVE_INFINITY } : undefined;
    }
    default: {
      const window = parseCountWindow(text);
      if (window === OFF || window === undefined) return window;
      const { count, windowMs } = window;
      if (kind === 'chain') return Number.isFinite(windowMs) ? { kind, count, gapMs: windowMs, radius: RAGE_RADIUS_PX } : undefined;
      return kind === 'alternation' ? { kind, count, windowMs } : { kind, count, windowMs, perKey };
    }
  }
}
