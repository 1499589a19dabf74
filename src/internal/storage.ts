/**
 * Safe access to localStorage / sessionStorage. Storage can be missing, full, or throw
 * (Safari private mode, sandboxed iframes, blocked cookies): every read and write here falls
 * back to an in-memory copy for the life of the page, with one warning.
 *
 * `storagePolicy.allowed` is the consent gate: while it is false nothing is written to the
 * browser's storage (the in-memory copy still keeps the page consistent).
 */
import { newId } from './ids.js';
import { forgetWarning, warnOnce } from './warn.js';

type Area = 'local' | 'session';

const memory: Record<Area, Map<string, string>> = { local: new Map(), session: new Map() };
export const storagePolicy = { allowed: true };

function area(which: Area): Storage | undefined {
  try {
    return which === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

const UNAVAILABLE = 'storage-unavailable';
const warnUnavailable = (error: unknown) =>
  warnOnce(UNAVAILABLE, 'Browser storage is unavailable; Unstuck keeps its state in memory for this page.', undefined, error);

export function readItem(which: Area, key: string): string | undefined {
  if (memory[which].has(key)) return memory[which].get(key);
  try {
    return area(which)?.getItem(key) ?? undefined;
  } catch (error) {
    warnUnavailable(error);
    return undefined;
  }
}

export function writeItem(which: Area, key: string, value: string): void {
  memory[which].set(key, value);
  if (!storagePolicy.allowed) return;
  try {
    area(which)?.setItem(key, value);
    memory[which].delete(key);
  } catch (error) {
    warnUnavailable(error);
  }
}

export function removeItem(which: Area, key: string): void {
  memory[which].delete(key);
  try {
    area(which)?.removeItem(key);
  } catch (error) {
    warnUnavailable(error);
  }
}

/** The keys starting with `prefix`, in the browser's storage and in memory. */
export function storedKeys(which: Area, prefix: string): string[] {
  const keys = new Set([...memory[which].keys()].filter((key) => key.startsWith(prefix)));
  try {
    for (const key of Object.keys(area(which) ?? {})) if (key.startsWith(prefix)) keys.add(key);
  } catch (error) {
    warnUnavailable(error);
  }
  return [...keys];
}

export function readJson<T>(which: Area, key: string, fallback: T): T {
  const text = readItem(which, key);
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function writeJson(which: Area, key: string, value: unknown): void {
  writeItem(which, key, JSON.stringify(value));
}

/** A stored list of times (epoch ms), checked (storage is the visitor's to edit): those after `since`, the newest 20. */
export const recentTimes = (stored: unknown, since: number): number[] =>
  Array.isArray(stored) ? stored.filter((at): at is number => typeof at === 'number' && at > since).slice(-20) : [];

/** Times kept under `key`, those after `since` (journey signals replayed on the next page). */
export const readTimes = (which: Area, key: string, since: number): number[] => recentTimes(readJson<unknown>(which, key, []), since);

/** Adds a time to the list under `key`, keeping those after `since`, the newest 20; returns the list. */
export function addTime(which: Area, key: string, at: number, since: number): number[] {
  const times = [...readTimes(which, key, since), at].slice(-20);
  writeJson(which, key, times);
  return times;
}

function persistentId(which: Area, key: string): string {
  let id = readItem(which, key);
  if (!id) {
    id = newId();
    writeItem(which, key, id);
  }
  return id;
}

/** The visitor: stable across visits (localStorage), the input of holdout assignment. */
export const visitorId = (): string => persistentId('local', 'unstuck:visitor');

/** The visit (session id): one per tab session (sessionStorage). */
export const visitId = (): string => persistentId('session', 'unstuck:visit');

/** Consent was granted: write what was kept in memory meanwhile to the browser's storage. */
export function persistMemoryStorage(): void {
  for (const which of ['local', 'session'] as const) {
    for (const [key, value] of [...memory[which]]) writeItem(which, key, value);
  }
}

/** Remove what the kit stored (keys starting with `unstuck:`), in memory too, except what `keep` keeps. */
export function forgetStorage({ keep = () => false }: { keep?: (key: string) => boolean } = {}): void {
  for (const which of ['local', 'session'] as const) {
    for (const key of [...memory[which].keys()]) if (!keep(key)) memory[which].delete(key);
    const store = area(which);
    try {
      for (const key of Object.keys(store ?? {})) if (key.startsWith('unstuck:') && !keep(key)) store?.removeItem(key);
    } catch (error) {
      warnUnavailable(error);
    }
  }
}

/** Forget in-memory copies; for tests. */
export function resetMemoryStorage(): void {
  memory.local.clear();
  memory.session.clear();
  forgetWarning(UNAVAILABLE);
}
