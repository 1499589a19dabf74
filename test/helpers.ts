/** Shared test helpers: markup builders, real input, and an event recorder. */
import { fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { detectedModule } from '../src/components/wrapper/on-detection.js';
import { nextTask } from '../src/internal/next-task.js';
import { builtInModule } from '../src/sinks/delivery.js';
import { resetMemoryStorage } from '../src/internal/storage.js';

// The card and the built-in sinks load lazily on real pages (lazy-card.ts, delivery.ts); tests that
// do not test that start with them loaded, so a question shows and an event is sent in the same
// task as its cause. lazy-card.test.ts and outbox.test.ts cover the rest.
await Promise.all([detectedModule.load(), builtInModule.load()]);

export const EVENT_TYPES = [
  'unstuck-detect',
  'unstuck-show',
  'unstuck-answer',
  'unstuck-dismiss',
  'unstuck-escalate',
  'unstuck-outcome',
  'unstuck-error',
] as const;

export interface ChoiceSpec {
  value: string;
  label?: string;
  approved?: boolean;
  expiresOn?: string;
  escalate?: boolean;
  response?: string;
}

const approvedChoice = (value: string): ChoiceSpec => ({ value });

export const THREE_CHOICES = ['why', 'security', 'later'].map(approvedChoice);

export function choiceMarkup({ value, label, approved = true, expiresOn, escalate, response }: ChoiceSpec): string {
  const approval = approved ? ` approved-by="Legal · R. Diaz" approved-on="2026-10-01"` : '';
  const expiry = expiresOn ? ` expires-on="${expiresOn}"` : '';
  return `<unstuck-choice value="${value}" label="${label ?? `Label ${value}`}"${approval}${expiry}${escalate ? ' escalate' : ''}>
      <template><p class="response-${value}">${response ?? `Approved answer for ${value}. <a href="#more-${value}">More</a>`}</p></template>
    </unstuck-choice>`;
}

export function questionMarkup(choices: ChoiceSpec[] = THREE_CHOICES, attributes = ''): string {
  return `<unstuck-question prompt="What's making you pause here?" ${attributes}>${choices.map(choiceMarkup).join('')}</unstuck-question>`;
}

export const HUMAN_MARKUP = `<unstuck-human label="Talk to a person">
    <template><a class="call" href="#call">Call 800 555 0100</a></template>
  </unstuck-human>`;

/**
 * Forms in tests submit into a hidden frame: the submit goes through (it is not cancelled, so it
 * counts as forward movement) without navigating the test page away.
 */
export const SINK_FRAME = `<iframe name="unstuck-sink" title="Form results" hidden></iframe>`;

export const FORM_MARKUP = `${SINK_FRAME}<form action="about:blank" method="get" target="unstuck-sink">
    <label>Name <input name="name" autocomplete="off"></label>
    <label>SSN <input name="ssn" autocomplete="off"></label>
    <label>Amount <input name="amount" type="number" value="1"></label>
    <button type="submit">Apply</button>
  </form>`;

/** Records every Unstuck event that reaches the document. */
export function recordEvents() {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  for (const type of EVENT_TYPES) document.addEventListener(type, listener);
  return {
    events,
    types: () => events.map((event) => event.type).filter((type) => type !== 'unstuck-error'),
    of: (type: string) => events.filter((event) => event.type === type),
    stop: () => EVENT_TYPES.forEach((type) => document.removeEventListener(type, listener)),
  };
}

/** Centre of an element in viewport coordinates, for sendMouse. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

export async function clickOn(element: Element, offset: [number, number] = [0, 0]): Promise<void> {
  const [x, y] = centre(element);
  await sendMouse({ type: 'click', position: [x + offset[0], y + offset[1]] });
}

/** A real double or triple click (click counts 1…count), as a person selecting text makes. */
export async function multiClick(element: Element, count: number): Promise<void> {
  const [x, y] = centre(element);
  await executeServerCommand('multi-click', { x, y, count });
}

/** Clear every trace the kit keeps between tests. */
export function resetStorage(): void {
  for (const area of [localStorage, sessionStorage]) {
    for (const key of Object.keys(area)) if (key.startsWith('unstuck:')) area.removeItem(key);
  }
  resetMemoryStorage();
}

/** The wrapper's open card, if any. */
export const panelOf = (wrapper: Element) => wrapper.shadowRoot?.querySelector<HTMLElement>('.panel') ?? null;

/** Let tasks queued with MessageChannel (coordinator, announcements) run; fake timers leave it alone. */
export const settle = async (tasks = 2) => {
  for (let i = 0; i < tasks; i++) await new Promise<void>((resolve) => nextTask(resolve));
};

/** The test start time on the fake clock (approvals in the markup are valid then). */
export const TEST_NOW = Date.parse('2026-11-22T10:00:00Z');

/**
 * Per-test setup for element tests: clean storage, a fake clock for timers and Date, an event
 * recorder; afterwards the fixtures are removed *before* the clock is restored, so a removed
 * wrapper's last outcome lands in its own test.
 */
export function useKitTest() {
  const context = {} as { clock: sinon.SinonFakeTimers; recorder: ReturnType<typeof recordEvents> };
  beforeEach(() => {
    resetStorage();
    context.clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: TEST_NOW });
    context.recorder = recordEvents();
  });
  afterEach(async () => {
    fixtureCleanup();
    await Promise.resolve();
    await settle();
    context.recorder.stop();
    context.clock.restore();
    document.getSelection()?.removeAllRanges();
  });
  return context;
}

/**
 * Awaits `work` that itself waits on timers (axe does) while a fake clock is installed,
 * by advancing the fake clock in small steps until it settles.
 */
export async function whileTicking<T>(clock: sinon.SinonFakeTimers, work: Promise<T>): Promise<T> {
  let done = false;
  const result = Promise.resolve(work).finally(() => {
    done = true;
  });
  while (!done) {
    await clock.tickAsync(20);
    await new Promise<void>((resolve) => nextTask(resolve));
  }
  return result;
}

/** A real mouse-wheel scroll over the page. */
export async function wheel(deltaY: number, at: [number, number] = [10, 10]): Promise<void> {
  await executeServerCommand('wheel', { x: at[0], y: at[1], deltaY });
}

/** A real touch tap on an element. */
export async function touchTap(element: Element): Promise<void> {
  const [x, y] = centre(element);
  await executeServerCommand('touch-tap', { x, y });
}

/** A real, quick touch swipe down the screen (the page scrolls up). */
export async function touchSwipeDown(from = 40, to = 560): Promise<void> {
  await executeServerCommand('touch-swipe', { x: 120, fromY: from, toY: to });
}

/**
 * The page's next idle time has passed: the wrappers' page-observing sensors listen
 * (controllers/sensors.ts). Within 2 s, as the kit's own idle callback (registered first, so it
 * runs first): a page that is never idle does not hang the test.
 */
export const pageIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 }));

/** Two animation frames: IntersectionObserver and rAF work have run. */
export const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export interface CollectorLog {
  events: { id: string; type: string; [key: string]: unknown }[];
  requests: { status: number | 'dropped'; count?: number }[];
}

export const COLLECTOR_URL = '/__unstuck/collect';

export const collector = {
  reset: () => executeServerCommand('collector-reset'),
  script: (steps: { status?: number; retryAfter?: number | string; drop?: boolean }[]) => executeServerCommand('collector-script', { steps }),
  received: () => executeServerCommand('collector-received') as Promise<CollectorLog>,
  /** Waits (by polling the server) until `count` requests were made. */
  async untilRequests(count: number, tries = 200): Promise<CollectorLog> {
    let log = await this.received();
    for (let i = 0; i < tries && log.requests.length < count; i++) log = await this.received();
    return log;
  },
  /** Waits (by polling the server, which needs no timers) until `count` events arrived. */
  async until(count: number, tries = 200): Promise<CollectorLog> {
    let log = await this.received();
    for (let i = 0; i < tries && log.events.length < count; i++) log = await this.received();
    return log;
  },
};

/** Every value the kit keeps in localStorage and sessionStorage, as one string. */
export function storedText(): string {
  const values: string[] = [];
  for (const area of [localStorage, sessionStorage]) for (const key of Object.keys(area)) values.push(`${key}=${area.getItem(key)}`);
  return values.join('\n');
}

/** A same-origin page in a frame (a second page of the visit, a fixture with its own scripts), loaded. */
export async function loadFrame(src: string, [width, height] = [900, 700]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = src;
  });
  return frame;
}

/** Polls `check` in real time (every 20 ms, `tries` times); for pages whose timers are their own. */
export async function until(check: () => boolean, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

/** axe-core's WCAG 2.2 A/AA rules on `element`: the violations, readable. */
export async function axe(element: Element): Promise<string[]> {
  if (!window.axe) await import('axe-core/axe.min.js' as string);
  const result = await window.axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${node.target.join(' ')} ${(node as { failureSummary?: string }).failureSummary ?? ''}`).join(', ')})`);
}
