import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/unstuck.js';
import { Unstuck } from '../src/page/api.js';
import type { UnstuckForm } from '../src/components/form/form.js';
import type { UnstuckZone } from '../src/components/zone/zone.js';
import { newId, stableFraction } from '../src/internal/ids.js';
import { resetSettings } from '../src/page/settings.js';
import { QUEUE_PREFIX } from '../src/sinks/names.js';
import type { WireEvent } from '../src/sinks/wire.js';
import {
  clickOn,
  collector,
  COLLECTOR_URL,
  FORM_MARKUP,
  HUMAN_MARKUP,
  questionMarkup,
  settle,
  storedText,
  useKitTest,
} from './helpers.js';

const CANARY = 'CANARY-7f3a-SECRET';
const ZONE = `<a href="#next" class="next" data-unstuck-goal>Next</a><button type="button" class="dead">Dead</button>`;

async function zone(moment: string, attributes = '') {
  return fixture<UnstuckZone>(`<unstuck-zone moment="${moment}" ${attributes}>${ZONE}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
}

/** Ask, answer the first choice, use the human path, then reach the goal: every event type. */
async function fullMoment(element: UnstuckZone) {
  element.ask();
  await settle();
  await element.updateComplete;
  await clickOn(element.shadowRoot!.querySelector('.choice')!);
  element.querySelector('[slot=human] a')!.addEventListener('click', (event) => event.preventDefault());
  await clickOn(element.querySelector('[slot=human] a')!);
  element.reachGoal();
  await clickOn(element.shadowRoot!.querySelector('.dismiss')!); // closes the card (no event)
}

describe('measurement: sinks', () => {
  const kit = useKitTest();
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    resetSettings();
    for (const name of ['dataLayer', 'analytics', 'gtag', 'posthog']) delete globals[name];
  });

  it('sends every event to datalayer, segment, ga4 and posthog in their own shapes', async () => {
    const calls: Record<string, unknown[][]> = { segment: [], ga4: [], posthog: [] };
    globals.dataLayer = [];
    globals.analytics = { track: (...args: unknown[]) => calls.segment!.push(args) };
    globals.gtag = (...args: unknown[]) => calls.ga4!.push(args);
    globals.posthog = { capture: (...args: unknown[]) => calls.posthog!.push(args) };
    Unstuck.configure({ sinks: ['datalayer', 'segment', 'ga4', 'posthog'] });
    await fullMoment(await zone('sinks'));

    const layer = globals.dataLayer as { event: string; unstuck: WireEvent }[];
    expect(layer.map((entry) => entry.event)).to.deep.equal(['unstuck_detect', 'unstuck_show', 'unstuck_answer', 'unstuck_escalate', 'unstuck_outcome']);
    expect(layer[2]!.unstuck).to.include({ type: 'unstuck-answer', v: 1, choice: 'why', moment: 'sinks' });
    expect(calls.segment!.map(([name]) => name)).to.deep.equal(['Unstuck Detect', 'Unstuck Show', 'Unstuck Answer', 'Unstuck Escalate', 'Unstuck Outcome']);
    const [, gaName, gaParams] = calls.ga4![2]!;
    expect(gaName).to.equal('unstuck_answer');
    expect(gaParams).to.include({ choice: 'why', approval_by: 'Legal · R. Diaz', v: 1 });
    expect(Object.values(gaParams as object).every((value) => typeof value !== 'object')).to.be.true;
    expect(calls.posthog!.map(([name]) => name)).to.include('unstuck answer');
    expect(kit.recorder.of('unstuck-answer')[0]!.detail.id).to.equal(layer[2]!.unstuck.id);
  });

  it('a sink that throws or whose library is missing is skipped with one warning; the others still get it', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const received: WireEvent[] = [];
      globals.gtag = () => {
        throw new Error('gtag broke');
      };
      Unstuck.configure({ sinks: ['segment', 'ga4', 'datalayer'] });
      Unstuck.addSink((event) => received.push(event));
      await fullMoment(await zone('faulty'));
      expect(received.map((event) => event.type)).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-escalate', 'unstuck-outcome']);
      expect((globals.dataLayer as unknown[]).length).to.equal(5);
      const messages = warn.args.map(([message]) => String(message));
      expect(messages.filter((message) => message.includes('segment sink is skipped'))).to.have.length(1);
      expect(messages.filter((message) => message.includes('ga4 sink is skipped'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('<unstuck-config> attributes configure delivery, and later changes take effect', async () => {
    const received: WireEvent[] = [];
    Unstuck.addSink((event) => received.push(event));
    const root = await fixture(`<div><unstuck-config consent="denied"></unstuck-config></div>`);
    (await zone('later')).ask();
    await settle();
    expect(received, 'denied: nothing').to.have.length(0);
    root.querySelector('unstuck-config')!.setAttribute('consent', 'granted');
    await settle();
    (await zone('later-2')).ask();
    await settle();
    expect(received.map((event) => event.moment)).to.include('later-2');
  });
});

describe('measurement: consent and privacy', () => {
  const kit = useKitTest();
  let received: WireEvent[];
  beforeEach(() => {
    received = [];
    Unstuck.addSink((event) => received.push(event));
    Unstuck.configure({ gapMs: 0, maxPerSession: 100 });
  });
  afterEach(() => {
    resetSettings();
    Unstuck.configure({ gapMs: 60_000, maxPerSession: 2 });
  });

  it('consent="required": help still works, but nothing is stored or sent until consent; then the held events go', async () => {
    Unstuck.configure({ consent: 'required' });
    const element = await zone('pending');
    await fullMoment(element);
    expect(kit.recorder.types(), 'help still works').to.include.members(['unstuck-show', 'unstuck-answer']);
    expect(received).to.have.length(0);
    expect(storedText()).to.not.contain('unstuck:');
    Unstuck.consent(true);
    expect(received.map((event) => event.type)).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-escalate', 'unstuck-outcome']);
    expect(storedText()).to.contain('unstuck:visit=');
  });

  it('consent denied: the held events are dropped; nothing is stored, nothing reaches the collector', async () => {
    await collector.reset();
    Unstuck.configure({ consent: 'required', endpoint: COLLECTOR_URL });
    await fullMoment(await zone('denied'));
    Unstuck.consent(false);
    (await zone('denied-2')).ask();
    await settle();
    await kit.clock.tickAsync(30_000);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(received).to.have.length(0);
    expect(storedText()).to.not.contain('unstuck:');
    expect((await collector.received()).requests).to.have.length(0);
  });

  it('Global Privacy Control counts as denied unless gpc="ignore"', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      await collector.reset();
      Unstuck.configure({ consent: 'granted', endpoint: COLLECTOR_URL });
      await fullMoment(await zone('gpc'));
      await kit.clock.tickAsync(30_000);
      expect((await collector.received()).requests, 'nothing reaches the collector').to.have.length(0);
      expect(received).to.have.length(0);
      expect(storedText()).to.not.contain('unstuck:');
      Unstuck.configure({ gpc: 'ignore' });
      (await zone('gpc-ignored')).ask();
      await settle();
      expect(received.map((event) => event.moment)).to.include('gpc-ignored');
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('nothing a visitor types reaches any payload or storage; no query strings or fragments', async () => {
    await collector.reset();
    Unstuck.configure({ endpoint: COLLECTOR_URL });
    history.replaceState(null, '', `?q=${CANARY}#${CANARY}`);
    try {
      const form = await fixture<UnstuckForm>(
        `<unstuck-form moment="canary" field-churn="2/5m">${FORM_MARKUP}${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`,
      );
      await clickOn(form.querySelector('[name=ssn]')!);
      await sendKeys({ type: CANARY });
      for (let i = 0; i < 2; i++) {
        for (let k = 0; k < CANARY.length; k++) await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: CANARY });
      }
      await settle();
      await kit.clock.tickAsync(2_000); // the question waits for a pause in typing
      await form.updateComplete;
      await clickOn(form.shadowRoot!.querySelector('.choice')!);
      await clickOn(form.querySelector('button[type=submit]')!);
      await kit.clock.tickAsync(6_000);
      const log = await collector.until(4);
      expect(log.events.map((event) => event.type)).to.include.members(['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-outcome']);
      const everything = JSON.stringify(log.events) + JSON.stringify(received) + storedText();
      expect(everything).to.not.contain(CANARY);
      expect(everything).to.not.contain('?q=');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('URLs in events lose their query string and fragment', async () => {
    const element = await zone('scrub', `step="https://shop.example/cart?coupon=${CANARY}#top"`);
    element.ask();
    await settle();
    expect(received[0]!.step).to.equal('https://shop.example/cart');
  });
});

describe('measurement: outcomes, holdout and the schema', () => {
  const kit = useKitTest();
  afterEach(() => resetSettings());

  it('every emitted event matches docs/events.schema.json', async () => {
    const received: WireEvent[] = [];
    Unstuck.addSink((event) => received.push(event));
    const warn = sinon.stub(console, 'warn');
    try {
      await fullMoment(await zone('schema-1'));
      const dismissed = await zone('schema-2', 'idle="soon"');
      await kit.clock.tickAsync(61_000);
      dismissed.ask();
      await settle();
      await dismissed.updateComplete;
      await clickOn(dismissed.shadowRoot!.querySelector('.dismiss')!);
      const held = await zone('schema-3', 'holdout="1"');
      held.ask();
      await settle();
      held.remove();
      await Promise.resolve();
      const pricing = await fixture(`<unstuck-pricing moment="schema-4"><div data-unstuck-option="a">A</div>${questionMarkup()}</unstuck-pricing>`);
      (pricing as UnstuckZone).ask();
      await settle();
      const overflow: WireEvent = { ...received[0]!, type: 'unstuck-overflow', id: newId(), dropped: 3 };
      delete (overflow as Record<string, unknown>).signals;
      delete (overflow as Record<string, unknown>).suppressed;
      delete (overflow as Record<string, unknown>).evidence;
      const all = [...received, overflow];
      expect(new Set(all.map((event) => event.type))).to.have.all.keys(
        'unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-escalate', 'unstuck-dismiss', 'unstuck-outcome', 'unstuck-error', 'unstuck-overflow',
      );
      const problems = await executeServerCommand('validate-events', { events: all });
      expect(problems).to.deep.equal([]);
      // And the schema is strict: an unknown field (a leaked value) fails.
      const leaked = await executeServerCommand('validate-events', { events: [{ ...all[0], value: CANARY }] });
      expect(leaked).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('a goal click that navigates away is continued: the outcome is queued before the page unloads', async () => {
    await collector.reset();
    Unstuck.configure({ endpoint: COLLECTOR_URL });
    const element = await zone('navigates');
    element.ask();
    await settle();
    element.querySelector('.next')!.addEventListener('click', (event) => event.preventDefault());
    await clickOn(element.querySelector('.next')!);
    const queued = Object.keys(localStorage)
      .filter((key) => key.startsWith(QUEUE_PREFIX))
      .map((key) => JSON.parse(localStorage.getItem(key)!).event as WireEvent);
    expect(queued.find((event) => event.type === 'unstuck-outcome')).to.include({ outcome: 'continued' });
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    const log = await collector.until(3);
    const outcomes = log.events.filter((event) => event.type === 'unstuck-outcome');
    expect(outcomes).to.have.length(1);
    expect(outcomes[0]).to.include({ outcome: 'continued', moment: 'navigates' });
  });

  it('exactly one outcome per detected moment, in both groups', async () => {
    const moments = [await zone('one', 'holdout="0"'), await zone('two', 'holdout="1"')];
    for (const element of moments) {
      element.ask();
      await settle();
      element.reachGoal();
      element.reachGoal();
      element.remove();
      await Promise.resolve();
      await kit.clock.tickAsync(61_000);
    }
    const outcomes = kit.recorder.of('unstuck-outcome').map((event) => [event.detail.moment, event.detail.group]);
    expect(outcomes).to.deep.equal([
      ['one', 'treatment'],
      ['two', 'holdout'],
    ]);
  });

  it('holdout assignment is stable and its rate within ±2 points over 10,000 visitors', () => {
    for (const rate of [0.1, 0.2, 0.5]) {
      let held = 0;
      for (let visitor = 0; visitor < 10_000; visitor++) {
        const id = newId();
        const inHoldout = stableFraction(`${id}:checkout-payment`) < rate;
        expect(stableFraction(`${id}:checkout-payment`) < rate, 'stable').to.equal(inHoldout);
        if (inHoldout) held++;
      }
      expect(Math.abs(held / 10_000 - rate), `rate ${rate}`).to.be.lessThan(0.02);
    }
  });

  it('<unstuck-config holdout> is the default for every wrapper without its own', async () => {
    await fixture(`<unstuck-config holdout="1"></unstuck-config>`);
    const element = await zone('config-holdout');
    element.ask();
    await settle();
    expect(kit.recorder.of('unstuck-detect')[0]!.detail.group).to.equal('holdout');
  });
});
