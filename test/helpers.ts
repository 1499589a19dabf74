/** Shared test helpers: markup builders, real input, and an event recorder. */
import { sendMouse } from '@web/test-runner-commands';
import { nextTask } from '../src/internal/next-task.js';
import { resetMemoryStorage } from '../src/internal/storage.js';

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

export const FORM_MARKUP = `<form action="#submitted" method="get">
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
