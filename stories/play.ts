/**
 * Helpers for `play` functions: find the wrapper, wait for its question card, and read it.
 * The card lives in the wrapper's shadow root (`.panel`, replies `.choice`, close `.dismiss`);
 * approved responses and the way to a person are cloned into the light DOM.
 */
import { expect, waitFor } from 'storybook/test';
import type { UnstuckWrapper } from '../src/index.js';

export type Wrapper = UnstuckWrapper & { reportSearch?: (results: number) => void };

/** The first Unstuck wrapper in the story. */
export function wrapperIn(canvasElement: HTMLElement): Wrapper {
  const found = canvasElement.querySelector<Wrapper>(
    'unstuck-zone, unstuck-form, unstuck-checkout-step, unstuck-pricing, unstuck-search, unstuck-cancel',
  );
  if (!found) throw new Error('No Unstuck wrapper in this story.');
  return found;
}

/**
 * Waits until the page has been idle once: the kit loads its card then, and the bundler's
 * preload links it inserts are a change to the page — which a dead-click play must not take
 * for its click's effect.
 */
export const afterIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 2_000 }));

/** The question card, if it is showing. */
export const panelOf = (wrapper: Element): HTMLElement | null => wrapper.shadowRoot?.querySelector<HTMLElement>('.panel') ?? null;

/** Waits until the question card shows, and returns it. */
export async function waitForQuestion(wrapper: Element, timeout = 8_000): Promise<HTMLElement> {
  await waitFor(() => expect(panelOf(wrapper), 'the question card').not.toBeNull(), { timeout, interval: 100 });
  return panelOf(wrapper)!;
}

/** Waits until the question card is gone. */
export async function waitForNoQuestion(wrapper: Element, timeout = 3_000): Promise<void> {
  await waitFor(() => expect(panelOf(wrapper), 'the question card').toBeNull(), { timeout, interval: 100 });
}

/** The reply buttons of the open card. */
export const choicesOf = (wrapper: Element): HTMLButtonElement[] =>
  Array.from(wrapper.shadowRoot?.querySelectorAll<HTMLButtonElement>('.choice') ?? []);

/** The reply button with this label. */
export function choiceButton(wrapper: Element, label: string): HTMLButtonElement {
  const button = choicesOf(wrapper).find((candidate) => candidate.textContent?.trim() === label);
  if (!button) throw new Error(`No reply labelled "${label}" in the card.`);
  return button;
}

/** The preview badges of the open card, in order. */
export const badgesOf = (wrapper: Element): string[] =>
  Array.from(wrapper.shadowRoot?.querySelectorAll('.badge') ?? []).map((badge) => badge.textContent?.trim() ?? '');

/** The configuration warnings shown in the card (preview and debug). */
export const warningsOf = (wrapper: Element): string[] =>
  Array.from(wrapper.shadowRoot?.querySelectorAll('.warning') ?? []).map((warning) => warning.textContent?.trim() ?? '');

/** The cloned approved response (light DOM), if a reply was taken. */
export const responseOf = (wrapper: Element): HTMLElement | null => wrapper.querySelector<HTMLElement>(':scope > [data-unstuck-clone="response"]');

/** The cloned way to a person (light DOM), if the card is open. */
export const humanOf = (wrapper: Element): HTMLElement | null => wrapper.querySelector<HTMLElement>(':scope > [data-unstuck-clone="human"]');

/** Resolves after `ms` milliseconds. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Seen {
  type: string;
  detail: Record<string, unknown>;
}

/** Records the events a wrapper dispatches from now on, for assertions. */
export function recordEvents(wrapper: Element): Seen[] {
  const seen: Seen[] = [];
  for (const type of ['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-dismiss', 'unstuck-escalate', 'unstuck-outcome']) {
    wrapper.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent<Record<string, unknown>>).detail }));
  }
  return seen;
}

/** Waits for the question and checks that `signal` is what detected the moment. */
export async function expectAskedFor(wrapper: Element, seen: Seen[], signal: string, timeout?: number): Promise<HTMLElement> {
  const panel = await waitForQuestion(wrapper, timeout);
  const detect = seen.find((event) => event.type === 'unstuck-detect');
  await expect(detect?.detail.signal, 'the signal that detected the moment').toBe(signal);
  return panel;
}
