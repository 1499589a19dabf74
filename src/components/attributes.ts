/**
 * Reading the attributes the machine does not read (durations, fractions, counts, closed lists),
 * for the wrappers and `<unstuck-config>` alike: a value that cannot be read warns once, naming
 * the attribute, and the default applies.
 */
import type { PropertyValues } from 'lit';
import type { Problem } from '../internal/problems.js';
import { formatDuration, parseDuration, parseFraction } from '../logic/duration.js';
import { badGoal } from '../signals/goal.js';

type Warn = (problem: Problem) => void;

const invalid = (warn: Warn, attribute: string, value: string, expected: string, fallback: string | number) =>
  warn({ reason: 'invalid-attribute', attribute, message: `${attribute}="${value}" is not ${expected}; using ${fallback}.` });

/** `cooldown`, `outcome-window`, `gap`: a duration in ms. */
export function readDuration(attribute: string, value: string | null, fallbackMs: number, warn: Warn): number {
  const ms = value === null ? undefined : parseDuration(value);
  if (typeof ms === 'number') return ms;
  if (value !== null) invalid(warn, attribute, value, 'a duration such as 30s, 10m or 7d', formatDuration(fallbackMs));
  return fallbackMs;
}

/** `holdout`: a fraction 0–1. */
export function readFraction(attribute: string, value: string | null, fallback: number, warn: Warn): number {
  const fraction = value === null ? undefined : parseFraction(value);
  if (fraction !== undefined) return fraction;
  if (value !== null) invalid(warn, attribute, value, 'a fraction between 0 and 1', fallback);
  return fallback;
}

/** `max-per-session`: a whole number ≥ 0. */
export function readCount(attribute: string, value: string | null, fallback: number, warn: Warn): number {
  const count = value === null ? Number.NaN : Number(value);
  if (Number.isInteger(count) && count >= 0) return count;
  if (value !== null) invalid(warn, attribute, value, 'a whole number ≥ 0', fallback);
  return fallback;
}

/** The wrapper attributes read outside the machine: each bad value warns once; placement falls back to auto. */
export function checkWrapperAttributes(
  element: { priority: unknown; placement: string; goal: string; getAttribute(name: string): string | null },
  changed: PropertyValues,
  warn: Warn,
): void {
  // Frameworks may set the property to a string ("2"): read it as a number.
  if (changed.has('priority') && !Number.isFinite(Number(element.priority))) invalid(warn, 'priority', String(element.getAttribute('priority')), 'a number', 0);
  if (changed.has('placement') && !['auto', 'inline', 'corner'].includes(element.placement)) {
    invalid(warn, 'placement', element.placement, 'auto, inline or corner', 'auto');
    element.placement = 'auto';
  }
  // On a server (Lit SSR) there is no document to parse a selector with: the browser checks it on hydration.
  if (changed.has('goal') && typeof document !== 'undefined') {
    try {
      document.createDocumentFragment().querySelector(element.goal);
    } catch (error) {
      warn(badGoal(element.goal, error));
    }
  }
}
