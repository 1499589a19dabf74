import { expect } from '@open-wc/testing';
import { ADAPTERS, GA4, ga4Name, MissingLibrary } from './adapters.js';
import { SCHEMA_VERSION, type WireEvent } from './wire.js';

const detect = (signals: Record<string, number>, extra: Record<string, unknown> = {}): WireEvent => ({
  type: 'unstuck-detect', v: SCHEMA_VERSION, id: 'e1', moment: 'loan', journey: null, step: null, element: 'unstuck-form',
  signal: 'field-stall', group: 'treatment', at: 1, visit: 'v1', signals, suppressed: null, ...extra,
});

/** What the ga4 sink hands to gtag for this event: [command, name, parameters]. */
function pushed(event: Record<string, unknown>): [string, string, Record<string, string | number | boolean>] {
  const calls: unknown[][] = [];
  ADAPTERS.ga4!(event as WireEvent, { gtag: (...args: unknown[]) => calls.push(args) });
  return calls[0] as [string, string, Record<string, string | number | boolean>];
}
const ga4Parameters = (event: Record<string, unknown>) => pushed(event)[2];

describe('GA4 rules (support.google.com/analytics/answer/9267744), on what the ga4 sink pushes', () => {
  it('names: letters, digits and underscores only', () => {
    const names = Object.keys(ga4Parameters(detect({ 'field-stall': 2, 'exit-intent': 1, 'round-trips': 3 })));
    expect(names).to.include.members(['signals_field_stall', 'signals_exit_intent', 'signals_round_trips']);
    for (const name of names) expect(name).to.match(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(ga4Name('a.b c-d/é')).to.equal('a_b_c_d__');
  });

  it('names start with a letter', () => {
    expect(ga4Name('1st')).to.equal('u1st');
    expect(ga4Name('_x')).to.equal('u_x');
  });

  it('names are at most 40 characters', () => {
    const long = 'x'.repeat(60);
    const parameters = ga4Parameters(detect({ [long]: 1 }));
    for (const name of Object.keys(parameters)) expect(name.length).to.be.at.most(GA4.maxName);
    expect(parameters).to.have.property(`signals_${'x'.repeat(32)}`, 1);
  });

  it('reserved prefixes (ga_, google_, firebase_) are never sent', () => {
    for (const reserved of ['ga_session', 'google_x', 'firebase_y', 'GA_upper']) {
      expect(GA4.reserved.test(ga4Name(reserved)), reserved).to.equal(false);
    }
    const parameters = ga4Parameters({ ...detect({}), ga_custom: 'x', google_thing: 'y' });
    expect(Object.keys(parameters).filter((name) => GA4.reserved.test(name))).to.deep.equal([]);
    expect(parameters).to.include({ u_ga_custom: 'x', u_google_thing: 'y' });
  });

  it('values are at most 100 characters', () => {
    const parameters = ga4Parameters({ ...detect({}), message: 'm'.repeat(300), choices: Array.from({ length: 40 }, (_, i) => `choice-${i}`) });
    expect(parameters.message).to.have.length(GA4.maxValue);
    expect(String(parameters.choices)).to.have.length(GA4.maxValue);
  });

  it('at most 25 parameters: the event\'s own fields first, then the largest signal counts', () => {
    const signals = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i}`, i]));
    const parameters = ga4Parameters(detect(signals, { approval: { by: 'Legal', on: '2026-10-01' } }));
    expect(Object.keys(parameters)).to.have.length(GA4.maxParameters);
    expect(parameters).to.include({ id: 'e1', moment: 'loan', group: 'treatment', approval_by: 'Legal', approval_on: '2026-10-01' });
    const kept = Object.keys(parameters).filter((name) => name.startsWith('signals_'));
    expect(kept[0]).to.equal('signals_s29');
    expect(kept).to.not.include('signals_s0');
  });

  it('values are flat: no objects, no nulls', () => {
    const parameters = ga4Parameters(detect({ idle: 1 }));
    expect(Object.values(parameters).every((value) => ['string', 'number', 'boolean'].includes(typeof value))).to.equal(true);
    expect(parameters).to.not.have.property('journey');
  });

  it('the event name obeys the same rules', () => {
    const [command, name] = pushed(detect({ idle: 1 }, { type: 'unstuck-escalate' }));
    expect(command).to.equal('event');
    expect(name).to.equal('unstuck_escalate');
  });
});

describe('analytics libraries, handed over or global', () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.posthog;
    delete globals.analytics;
  });

  it('an instance handed over wins over the global', () => {
    const got: string[] = [];
    globals.posthog = { capture: () => got.push('global') };
    ADAPTERS.posthog!(detect({}), { posthog: { capture: () => got.push('instance') } });
    expect(got).to.deep.equal(['instance']);
  });

  it('without an instance, the global is looked up at each event (a library that loads later still gets them)', () => {
    expect(() => ADAPTERS.segment!(detect({}), {})).to.throw(MissingLibrary, /Unstuck.configure\(\{ analytics \}\)/);
    const got: string[] = [];
    globals.analytics = { track: (name: string) => got.push(name) };
    ADAPTERS.segment!(detect({}), {});
    expect(got).to.deep.equal(['Unstuck Detect']);
  });

  it('an instance without the method says so', () => {
    expect(() => ADAPTERS.posthog!(detect({}), { posthog: {} as never })).to.throw(MissingLibrary, /handed to Unstuck.configure has no capture/);
  });
});
