/**
 * The kit's one way to warn: each distinct warning once per page (per `scope` object when given,
 * e.g. once per element), prefixed `[unstuck]`, never a throw.
 */
const pageWide = new Set<string>();
const scoped = new WeakMap<object, Set<string>>();

/** Warns the first time `key` is seen (in `scope`); returns whether it warned. */
export function warnOnce(key: string, message: string, scope?: object, ...details: unknown[]): boolean {
  let seen = pageWide;
  if (scope) {
    seen = scoped.get(scope) ?? new Set();
    scoped.set(scope, seen);
  }
  if (seen.has(key)) return false;
  seen.add(key);
  console.warn(`[unstuck] ${message}`, ...details);
  return true;
}

/** Let a page-wide warning show again (storage that recovered; tests). */
export const forgetWarning = (key: string): void => void pageWide.delete(key);
