import { expect } from '@open-wc/testing';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { momentMachine, type Detection, type Found, type MomentEmitted, type MomentInput, type Permission } from './moment.machine.js';

/** What the watch hands over (logic/watch.ts): here a manual `ask()` at time `at`. */
const foundAt = (at = 0, signal = 'manual'): Found => ({ signal, at, tracks: {}, counts: {}, evidence: {} });

const input: MomentInput = {
  rules: {
    idle: { kind: 'quiet', ms: 45_000 },
    rage: { kind: 'chain', count: 3, gapMs: 1_000, radius: 30 },
    errors: { kind: 'count', count: 2, windowMs: 60_000 },
  },
  found: foundAt(),
  outcomeWindowMs: 600_000,
};

interface Page {
  /** The coordinator's answers, in turn (the last one repeats); default: ask. */
  answers?: Omit<Permission, 'at'>[];
  /** False: a listener vetoes `unstuck-detect`. */
  proceed?: boolean;
}

/** The machine on a simulated clock from a detection, with the page's side provided as recorders. */
function start(overrides: Partial<MomentInput> = {}, page: Page = {}) {
  const clock = new SimulatedClock();
  const calls: string[] = [];
  const announced: Detection[] = [];
  const emitted: MomentEmitted[] = [];
  let asked = 0;
  const machine = momentMachine.provide({
    actors: {
      permission: fromPromise<Permission, { signal: string; at: number }>(async ({ input }) => {
        const answer = page.answers?.[Math.min(asked++, page.answers.length - 1)] ?? { verdict: 'ask' };
        calls.push(`permission@${input.at}`);
        return { ...answer, at: clock.now() || input.at };
      }),
      announce: fromPromise(async ({ input }: { input: Detection }) => {
        announced.push(input);
        emitted.push({ type: 'detect' } as unknown as MomentEmitted);
        return { proceed: page.proceed ?? true, at: input.at };
      }),
    },
    actions: {
      markSeen: (_, { at }) => void calls.push(`seen@${at}`),
      startCooldown: (_, { at }) => void calls.push(`cooldown@${at}`),
      countAsked: (_, { at }) => void calls.push(`counted@${at}`),
      release: () => void calls.push('release'),
    },
  });
  const actor = createActor(machine, { input: { ...input, ...overrides }, clock });
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  const types = () => emitted.map((event) => event.type as string);
  return { clock, actor, emitted, types, calls, announced };
}

/** Let the provided promise actors settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('moment machine', () => {
  it('asks, answers, measures: one outcome, continued when the goal follows', async () => {
    const { actor, emitted, types } = start();
    await settled();
    expect(actor.getSnapshot().matches({ moment: { ui: { open: { asking: 'visible' } } } })).to.be.true;
    actor.send({ type: 'choose', choice: 'why', escalate: false, at: 10 });
    actor.send({ type: 'goal', at: 20_000 });
    actor.send({ type: 'goal', at: 30_000 });
    expect(types()).to.deep.equal(['detect', 'show', 'answer', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'continued', ms: 20_000, asked: true });
    expect(actor.getSnapshot().matches({ moment: { ui: { open: 'answered' }, measure: 'done' } })).to.be.true;
  });

  it('waits for a typing pause before showing', async () => {
    const { actor, clock, types } = start({ lastTypingAt: 0, found: foundAt(500) });
    await settled();
    expect(types()).to.deep.equal(['detect']);
    clock.increment(900);
    actor.send({ type: 'typing', at: 1_400 });
    clock.increment(1_400);
    expect(types()).to.deep.equal(['detect']);
    clock.increment(100);
    expect(types()).to.deep.equal(['detect', 'show']);
  });

  it('a keystroke reported late (the sensor batches keys) still counts from when it was typed', async () => {
    const late = start({ lastTypingAt: 0, found: foundAt(100) });
    await settled();
    late.clock.increment(250);
    late.actor.send({ type: 'typing', at: 200, reportedAt: 250 }); // typed at 200, reported at 250
    late.clock.increment(1_449);
    expect(late.types(), '1.5 s after the keystroke, not after the report').to.deep.equal(['detect']);
    late.clock.increment(1);
    expect(late.types()).to.deep.equal(['detect', 'show']);
  });

  it('counts a dismissed moment as abandoned when the window runs out, and starts its cooldown', async () => {
    const { actor, clock, emitted, types, calls } = start({ outcomeWindowMs: 60_000 });
    await settled();
    actor.send({ type: 'dismiss', at: 1_000 });
    clock.increment(60_000);
    expect(types()).to.deep.equal(['detect', 'show', 'dismiss', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'abandoned', ms: 60_000 });
    expect(calls).to.include.members(['cooldown@1000', 'release']);
  });

  it('counts a moment where the person was reached and no goal followed as escalated', async () => {
    const { actor, emitted, types } = start();
    await settled();
    actor.send({ type: 'escalate', at: 100 });
    actor.send({ type: 'leave', at: 5_000 });
    expect(types()).to.deep.equal(['detect', 'show', 'escalate', 'close', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'escalated', ms: 5_000 });
  });

  it('another reply after the first shows its response instead; still one outcome', async () => {
    const { actor, emitted, types } = start();
    await settled();
    actor.send({ type: 'choose', choice: 'why', escalate: false, at: 1 });
    actor.send({ type: 'choose', choice: 'security', escalate: false, at: 2 });
    expect(actor.getSnapshot().context.choice).to.equal('security');
    actor.send({ type: 'goal', at: 3 });
    expect(types()).to.deep.equal(['detect', 'show', 'answer', 'answer', 'outcome']);
    expect(emitted.filter((event) => event.type === 'answer').map((event) => (event as { choice: string }).choice)).to.deep.equal(['why', 'security']);
  });

  it('an escalate choice escalates as it answers', async () => {
    const { actor, types } = start();
    await settled();
    actor.send({ type: 'choose', choice: 'call', escalate: true, at: 1 });
    expect(types()).to.deep.equal(['detect', 'show', 'answer', 'escalate']);
    expect(actor.getSnapshot().context.escalated).to.be.true;
  });

  it('measures the holdout group without showing anything, counted against the caps', async () => {
    const { actor, emitted, types, calls } = start({}, { answers: [{ verdict: 'ask', holdout: true }] });
    await settled();
    actor.send({ type: 'escalate', at: 10 });
    actor.send({ type: 'goal', at: 7_000 });
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'continued', asked: false });
    expect(calls).to.deep.equal(['permission@0', 'seen@0', 'counted@0', 'release']);
  });

  it('measures a suppressed moment and says why it was not asked', async () => {
    const { actor, emitted, announced } = start({}, { answers: [{ verdict: 'suppress', reason: 'cooldown' }] });
    await settled();
    actor.send({ type: 'leave', at: 10 });
    expect(announced[0]?.suppressed).to.equal('cooldown');
    expect(emitted.at(-1)).to.deep.include({ type: 'outcome', outcome: 'abandoned', asked: false, reason: 'cooldown' });
  });

  it('a vetoed detection is not asked, gives the slot back, and is measured as vetoed', async () => {
    const { actor, emitted, types, calls } = start({}, { proceed: false });
    await settled();
    actor.send({ type: 'goal', at: 50 });
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ asked: false, reason: 'vetoed' });
    expect(calls).to.include('release').and.not.include('counted@0');
  });

});

describe('moment machine: the page decides', () => {
  it('too soon after another question: waits out the gap on the clock, then asks', async () => {
    const { actor, clock, types, calls, announced } = start({}, { answers: [{ verdict: 'suppress', reason: 'gap', retryAt: 30_000 }, { verdict: 'ask' }] });
    await settled();
    expect(actor.getSnapshot().matches({ moment: { ui: 'gap' } })).to.be.true;
    expect(types()).to.deep.equal([]);
    clock.increment(29_999);
    await settled();
    expect(calls).to.deep.equal(['permission@0']);
    clock.increment(1);
    await settled();
    expect(calls.slice(0, 2)).to.deep.equal(['permission@0', 'permission@0']);
    expect(types()).to.deep.equal(['detect', 'show']);
    expect(announced[0]?.suppressed).to.equal(null);
  });

  it('leaving during the gap announces the detection (suppressed: gap) before its outcome', async () => {
    const { actor, types, emitted, announced, calls } = start({}, { answers: [{ verdict: 'suppress', reason: 'gap', retryAt: 30_000 }] });
    await settled();
    actor.send({ type: 'leave', at: 5_000 });
    // The outcome waits for the announcement to finish.
    expect(types()).to.deep.equal(['detect']);
    await settled();
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(announced[0]?.suppressed).to.equal('gap');
    expect(emitted.at(-1)).to.deep.include({ outcome: 'abandoned', asked: false, reason: 'gap' });
    expect(calls).to.not.include('seen@0');
    expect(actor.getSnapshot().output, 'the visitor left: nothing more to watch').to.deep.equal({ again: false });
  });

  it('leaving while the page is asked: the answer still comes first, the slot is given back, one outcome', async () => {
    const { actor, types, calls } = start();
    actor.send({ type: 'leave', at: 1 });
    await settled();
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(calls).to.include('release').and.not.include('counted@0');
    expect(actor.getSnapshot().hasTag('pending')).to.be.false;
  });

  it('busy: measured, then the wrapper may watch again, the moment not marked seen', async () => {
    const { actor, types, calls } = start({}, { answers: [{ verdict: 'suppress', reason: 'busy' }] });
    await settled();
    actor.send({ type: 'goal', at: 10 });
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(actor.getSnapshot().status).to.equal('done');
    expect(actor.getSnapshot().output).to.deep.equal({ again: true });
    expect(calls.filter((call) => call.startsWith('seen'))).to.deep.equal([]);
  });

  it('a moment suppressed for good (cooldown) does not watch again on this page', async () => {
    const { actor } = start({}, { answers: [{ verdict: 'suppress', reason: 'cooldown' }] });
    await settled();
    actor.send({ type: 'goal', at: 10 });
    expect(actor.getSnapshot().output).to.deep.equal({ again: false });
  });

});

describe('moment machine: holds', () => {
  it('holds the question while the visitor is on a control it must not interrupt', async () => {
    const { actor, types } = start({ held: true });
    await settled();
    expect(types()).to.deep.equal(['detect']);
    actor.send({ type: 'hold', held: false });
    expect(types()).to.deep.equal(['detect', 'show']);
  });

  it('after the typing pause, a hold still keeps the question back', async () => {
    const { actor, clock, types } = start({ lastTypingAt: 0, held: true, found: foundAt(100) });
    await settled();
    clock.increment(5_000);
    expect(types()).to.deep.equal(['detect']);
    actor.send({ type: 'hold', held: false });
    expect(types()).to.deep.equal(['detect', 'show']);
  });
});
