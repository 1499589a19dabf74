/**
 * Page-wide singletons shared by every copy of the kit on a page (two bundles must still ask
 * one question at a time). A copy finds the first copy's object under a global symbol; if the
 * object there is from an incompatible version, this copy keeps its own, with one warning.
 */
import { warnOnce } from './warn.js';

export function pageSingleton<T extends object>(name: string, isCompatible: (value: unknown) => value is T, create: () => T): T {
  const key = Symbol.for(`unstuck.${name}`);
  const registry = globalThis as unknown as Record<symbol, unknown>;
  const existing = registry[key];
  if (existing === undefined) return (registry[key] = create()) as T;
  if (isCompatible(existing)) return existing;
  warnOnce('other-version', 'another, incompatible version of Unstuck is on this page; this copy keeps its own page-wide state. Load one version per page.');
  return create();
}

/** Does `value` have every named method? */
export const hasMethods =
  <T extends object>(...names: string[]) =>
  (value: unknown): value is T =>
    !!value && typeof value === 'object' && names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
