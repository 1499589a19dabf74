/**
 * The demo's own machinery, loaded by every page before the kit (`/src/unstuck.ts`):
 *
 * - "Demo speed": shortens the kit's thresholds so a question appears within seconds. It sets
 *   attributes on the wrappers and on <unstuck-config> before the elements upgrade, and only
 *   where the page did not set a value itself. Remembered in localStorage; toggling reloads.
 * - "Reset demo": forgets what the kit remembers (keys starting with `unstuck:`), so every
 *   question can appear again.
 * - "Live events": a side panel listing every Unstuck event of this visit, newest first.
 *
 * None of this is needed to use Unstuck: it only makes the demo quick to try and easy to watch.
 * Event data is always written with textContent, never as HTML.
 */

const SPEED_KEY = 'unstuck-demo:speed';
const PANEL_KEY = 'unstuck-demo:panel';
const LOG_KEY = 'unstuck-demo:log';
/** Events waiting for the collector: kept on reset, so nothing measured is lost from the report. */
const QUEUE_PREFIX = 'unstuck:q:';
const LOG_LIMIT = 80;
/** Where the panel sits beside the page rather than below it (the same breakpoint as demo.css). */
const WIDE = '(min-width: 68rem)';

const EVENT_TYPES = [
  'unstuck-detect',
  'unstuck-show',
  'unstuck-answer',
  'unstuck-dismiss',
  'unstuck-escalate',
  'unstuck-outcome',
  'unstuck-error',
] as const;

/** Short thresholds per element, applied with demo speed on (only where the page set none). */
const FAST_IDLE = '8s';
const FAST: Record<string, Record<string, string>> = {
  'unstuck-zone': { idle: FAST_IDLE },
  'unstuck-form': { idle: FAST_IDLE, 'field-stall': '6s' },
  'unstuck-pricing': { idle: FAST_IDLE, dither: '2/60s' },
  'unstuck-checkout-step': { idle: FAST_IDLE, 'round-trips': '1/5m', errors: '2/60s' },
  'unstuck-search': { idle: FAST_IDLE, 'failed-searches': '2/2m' },
  'unstuck-cancel': { idle: FAST_IDLE, returns: '2/30d' },
};
const FAST_CONFIG: Record<string, string> = { gap: '5s', 'max-per-session': '20' };

// ── Storage that never throws (private mode, blocked storage) ───────────────

function read(store: 'local' | 'session', key: string): string | null {
  try {
    return (store === 'local' ? localStorage : sessionStorage).getItem(key);
  } catch {
    return null;
  }
}

function write(store: 'local' | 'session', key: string, value: string): void {
  try {
    (store === 'local' ? localStorage : sessionStorage).setItem(key, value);
  } catch {
    // The demo still works for this page.
  }
}

function removeKitKeys(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith('unstuck:') && !key.startsWith(QUEUE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

// ── Demo speed: runs at module evaluation, i.e. after parsing and before the kit upgrades ──

const speedOn = read('local', SPEED_KEY) !== 'off';
/** What demo speed set, per wrapper, for the hint box. */
const applied = new Map<Element, string[]>();

if (speedOn) {
  for (const [tag, values] of Object.entries(FAST)) {
    for (const element of Array.from(document.querySelectorAll(tag))) {
      const set: string[] = [];
      for (const [name, value] of Object.entries(values)) {
        if (element.hasAttribute(name)) continue;
        element.setAttribute(name, value);
        set.push(`${name}="${value}"`);
      }
      applied.set(element, set);
    }
  }
  const config = document.querySelector('unstuck-config');
  if (config) {
    for (const [name, value] of Object.entries(FAST_CONFIG)) {
      if (!config.hasAttribute(name)) config.setAttribute(name, value);
    }
  }
}

// ── Small DOM helper (text only) ────────────────────────────────────────────

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// ── Live events: the log, kept for the visit so events from the previous page stay visible ──

interface LogEntry {
  id: string;
  type: string;
  moment: string;
  signal: string | null;
  details: string[];
  at: number;
  page: string;
}

const page = location.pathname.split('/').pop() || 'index.html';

function loadLog(): LogEntry[] {
  try {
    const stored = JSON.parse(read('session', LOG_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as LogEntry[]).filter((entry) => typeof entry?.type === 'string') : [];
  } catch {
    return [];
  }
}

const log: LogEntry[] = loadLog();

type Detail = Record<string, unknown>;

const seconds = (ms: unknown) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : '');

/** The interesting fields of an event, as short lines of text. */
function describe(type: string, detail: Detail): string[] {
  const lines: string[] = [];
  switch (type) {
    case 'unstuck-detect': {
      const signals = detail.signals as Record<string, number> | undefined;
      const counts = Object.entries(signals ?? {})
        .filter(([, count]) => count > 0)
        .map(([name, count]) => `${name} ${count}`);
      if (counts.length) lines.push(`counts: ${counts.join(', ')}`);
      if (Array.isArray(detail.options) && detail.options.length) lines.push(`plans compared: ${detail.options.join(', ')}`);
      if (detail.suppressed) lines.push(`suppressed: ${String(detail.suppressed)} — no question`);
      else lines.push(detail.group === 'holdout' ? 'holdout group: measured, never asked' : 'the question will be asked');
      return lines;
    }
    case 'unstuck-show':
      if (Array.isArray(detail.choices)) lines.push(`choices: ${detail.choices.join(', ')}`);
      break;
    case 'unstuck-answer': {
      lines.push(`choice: ${String(detail.choice)}`);
      const approval = detail.approval as { by?: string; on?: string } | undefined;
      if (approval?.by) lines.push(`approved by ${approval.by} on ${approval.on ?? '?'}`);
      break;
    }
    case 'unstuck-dismiss':
      lines.push('closed without a choice');
      break;
    case 'unstuck-escalate':
      lines.push('the way to a person was used');
      break;
    case 'unstuck-outcome':
      lines.push(`outcome: ${String(detail.outcome)} after ${seconds(detail.ms)}`);
      if (detail.asked === false) lines.push(`not asked${detail.suppressed ? ` (${String(detail.suppressed)})` : ''}`);
      break;
    case 'unstuck-error':
      lines.push(`${String(detail.reason)}${detail.attribute ? ` · ${String(detail.attribute)}` : ''}`);
      if (detail.message) lines.push(String(detail.message));
      break;
  }
  if (detail.group === 'holdout') lines.push('holdout group (measured, not asked)');
  return lines;
}

let list: HTMLOListElement | null = null;
let empty: HTMLParagraphElement | null = null;
let badge: HTMLSpanElement | null = null;

function renderEntry(entry: LogEntry): HTMLLIElement {
  const time = new Date(entry.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const item = el('li', { className: `ev${entry.page === page ? '' : ' ev--earlier'}`, attrs: { 'data-type': entry.type } });
  item.append(
    el('div', { className: 'ev__top' }, el('span', { className: 'ev__type', text: entry.type.replace('unstuck-', '') }), el('span', { className: 'ev__time', text: time })),
    el('p', { className: 'ev__line' }, el('b', { text: entry.moment || '—' }), entry.signal ? ` · ${entry.signal}` : ''),
    ...entry.details.map((line) => el('p', { className: 'ev__extra', text: line })),
  );
  if (entry.page !== page) item.append(el('span', { className: 'ev__page', text: `on ${entry.page}` }));
  return item;
}

function refreshCounts(): void {
  if (badge) badge.textContent = String(log.length);
  if (empty) empty.hidden = log.length > 0;
}

function record(event: Event): void {
  const detail = ((event as CustomEvent).detail ?? {}) as Detail;
  const id = typeof detail.id === 'string' ? detail.id : `${event.type}-${Date.now()}`;
  if (log.some((entry) => entry.id === id && entry.type === event.type)) return;
  const entry: LogEntry = {
    id,
    type: event.type,
    moment: typeof detail.moment === 'string' ? detail.moment : '',
    signal: typeof detail.signal === 'string' ? detail.signal : null,
    details: describe(event.type, detail),
    at: typeof detail.at === 'number' ? detail.at : Date.now(),
    page,
  };
  log.unshift(entry);
  log.length = Math.min(log.length, LOG_LIMIT);
  write('session', LOG_KEY, JSON.stringify(log));
  list?.prepend(renderEntry(entry));
  while (list && list.children.length > LOG_LIMIT) list.lastElementChild?.remove();
  refreshCounts();
}

for (const type of EVENT_TYPES) document.addEventListener(type, record);

// ── The demo bar, the panel and the hint ────────────────────────────────────

function buildBar(panel: HTMLElement): HTMLElement {
  const speed = el(
    'button',
    { className: 'switch', attrs: { type: 'button', 'aria-pressed': String(speedOn), title: 'Shorter thresholds so questions appear within seconds' } },
    'Demo speed',
    el('span', { className: 'switch__track', attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'switch__state', text: speedOn ? 'on' : 'off', attrs: { 'aria-hidden': 'true' } }),
  );
  speed.addEventListener('click', () => {
    write('local', SPEED_KEY, speedOn ? 'off' : 'on');
    location.reload();
  });

  const reset = el('button', { text: 'Reset demo', attrs: { type: 'button', title: 'Forget which questions were asked, so they can appear again' } });
  reset.addEventListener('click', () => {
    try {
      removeKitKeys(localStorage);
      removeKitKeys(sessionStorage);
      sessionStorage.removeItem(LOG_KEY);
    } catch {
      // Storage is blocked: there is nothing to reset.
    }
    location.reload();
  });

  badge = el('span', { className: 'count-badge', text: '0' });
  const toggle = el(
    'button',
    { attrs: { type: 'button', 'aria-controls': panel.id, 'aria-expanded': String(!panel.hidden) } },
    'Live events',
    badge,
  );
  toggle.addEventListener('click', () => {
    setPanel(panel, toggle, panel.hidden);
    write('local', PANEL_KEY, panel.hidden ? 'closed' : 'open');
    // On narrow screens the panel sits below the page: bring it into view.
    if (!panel.hidden && !window.matchMedia(WIDE).matches) panel.scrollIntoView({ block: 'start' });
  });

  const report = el('a', { text: 'Report', attrs: { href: './report.html' } });

  return el(
    'section',
    { className: 'demo-bar', attrs: { 'aria-label': 'Unstuck demo controls' } },
    el(
      'div',
      { className: 'demo-bar__inner' },
      el('p', { className: 'demo-bar__title' }, 'Unstuck demo ', el('span', { text: '· a fictional store' })),
      el('div', { className: 'demo-bar__controls' }, speed, reset, toggle, report),
    ),
  );
}

function setPanel(panel: HTMLElement, toggle: HTMLElement | null, open: boolean): void {
  panel.hidden = !open;
  toggle?.setAttribute('aria-expanded', String(open));
  panel.parentElement?.classList.toggle('has-panel', open);
}

function buildPanel(): HTMLElement {
  const clear = el('button', { className: 'events-panel__clear', text: 'Clear', attrs: { type: 'button' } });
  clear.addEventListener('click', () => {
    log.length = 0;
    write('session', LOG_KEY, '[]');
    list?.replaceChildren();
    refreshCounts();
  });
  list = el('ol', { className: 'events-list', attrs: { 'aria-label': 'Events, newest first' } });
  empty = el('p', { className: 'events-empty', text: 'Nothing yet. Get stuck somewhere: each page says how.' });
  for (const entry of log) list.append(renderEntry(entry));
  return el(
    'aside',
    { className: 'events-panel', attrs: { id: 'live-events', 'aria-labelledby': 'live-events-title' } },
    el('div', { className: 'events-panel__head' }, el('h2', { text: 'Live events', attrs: { id: 'live-events-title' } }), clear),
    el('p', {
      className: 'events-panel__intro',
      text: 'Every Unstuck event of this visit, newest first — the same events the collector receives for the report.',
    }),
    empty,
    list,
  );
}

/** Adds what demo speed changed (or that it is off) to the page's "What to try here" box. */
function describeSpeed(): void {
  const box = document.querySelector('.try');
  if (!box) return;
  const note = el('p', { className: 'try__speed' });
  if (!speedOn) {
    note.textContent = 'Demo speed is off: this page uses the kit’s real thresholds (idle 30–60 s, 2 questions per visit, 60 s apart). Turn it on in the top bar to see questions within seconds.';
  } else {
    const parts = [...applied].filter(([, set]) => set.length).map(([element, set]) => `<${element.localName}> ${set.join(' ')}`);
    note.textContent = parts.length
      ? `Demo speed is on. It set ${parts.join('; ')}, and gap="5s" max-per-session="20" on <unstuck-config>.`
      : 'Demo speed is on: every page gets short thresholds (idle="8s", field-stall="6s", …) and up to 20 questions per visit, 5 s apart.';
  }
  box.append(note);
}

function mount(): void {
  const panel = buildPanel();
  const stored = read('local', PANEL_KEY);
  const open = stored ? stored === 'open' : window.matchMedia(WIDE).matches;
  const layout = document.querySelector('.layout');
  if (layout) layout.append(panel);
  else document.body.append(panel);
  setPanel(panel, null, open);

  const bar = buildBar(panel);
  const skip = document.querySelector('.skip-link');
  if (skip) skip.after(bar);
  else document.body.prepend(bar);

  describeSpeed();
  refreshCounts();
}

mount();

export {};
