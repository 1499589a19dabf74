/**
 * Parsers for the duration and count-in-window attributes (`45s`, `3/90s`, `off`).
 * Pure: they return `undefined` for text they cannot read, and the caller warns.
 */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;

export const OFF = 'off' as const;
export type Off = typeof OFF;

/** A count of occurrences inside a sliding window, e.g. `3/90s`. */
export interface CountWindow {
  count: number;
  windowMs: number;
}

/** `500ms`, `20s`, `2m`, `1h`, `7d` → milliseconds; `off` → 'off'. */
export function parseDuration(text: string | null | undefined): number | Off | undefined {
  const value = text?.trim().toLowerCase();
  if (!value) return undefined;
  if (value === OFF) return OFF;
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[match[2]!]!;
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms) : undefined;
}

/** `3/90s` → { count: 3, windowMs: 90000 }; a bare count `3` means "3 in any time"; `off` → 'off'. */
export function parseCountWindow(text: string | null | undefined): CountWindow | Off | undefined {
  const value = text?.trim().toLowerCase();
  if (!value) return undefined;
  if (value === OFF) return OFF;
  const [countText, windowText] = value.split('/');
  if (!/^\d+$/.test(countText?.trim() ?? '')) return undefined;
  const count = Number(countText);
  if (count < 1 || count > 1_000) return undefined;
  if (windowText === undefined) return { count, windowMs: Number.POSITIVE_INFINITY };
  const windowMs = parseDuration(windowText);
  if (windowMs === undefined || windowMs === OFF) return undefined;
  return { count, windowMs };
}

/** `0.2` → 0.2; anything outside 0–1 or not a number → undefined. */
export function parseFraction(text: string | null | undefined): number | undefined {
  const value = text?.trim();
  if (!value || !/^(0|1|0?\.\d+|1\.0+)$/.test(value)) return undefined;
  return Number(value);
}

/** Human form of a duration for warnings and the debug overlay: 90000 → `90s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '∞';
  // 60s and 90s read better than 1m and 1.5m: seconds up to two minutes.
  if (ms < 120_000 && ms % 1_000 === 0) return `${ms / 1_000}s`;
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit]!;
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
