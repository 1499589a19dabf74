import { expect } from '@open-wc/testing';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { momentMachine, type Detection, type MomentEmitted, type MomentInput, type Permission } from './moment.machine.js';

const input: MomentInput = {
  rules: {
    idle: { kind: 'quiet', ms: 45_000 },
    rage: { kind: 'chain', count: 3, gapMs: 1_000, radius: 30 },
    errors: { kind: 'count', count: 2, windowMs: 60_000 },
  },
  outcomeWindowMs: 600_000,
};

interface Page {
  /** The coordinator's answers, in turn (the last one repeats); default: ask. */
  answers?: Omit<Permission, 'at'>[];
  /** False: a listener vetoes `unstuck-detect`. */
  proceed?: boolean;
}

/** The machine on a simulated clock, with the page's side provided as recorders. */
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
  it('keeps watching below the threshold', () => {
    const { actor, types } = start();
    actor.send({ type: 'signal', signal: 'errors', at: 0 });
    expect(actor.getSnapshot().value).to.equal('watching');
    expect(actor.getSnapshot().context.counts.errors).to.equal(1);
    expect(types()).to.deep.equal([]);
  });

  it('detects when a count crosses its threshold and announces the counts seen', async () => {
    const { actor, announced, calls } = start();
    actor.send({ type: 'signal', signal: 'errors', at: 1_000 });
    actor.send({ type: 'signal', signal: 'errors', at: 2_000 });
    expect(actor.getSnapshot().matches({ moment: { ui: 'permission' } })).to.be.true;
    await settled();
    expect(announced[0]).to.deep.equal({ signal: 'errors', signals: { idle: 0, rage: 0, errors: 2 }, evidence: { errors: 1 }, at: 2_000, suppressed: null });
    expect(calls).to.deep.equal(['permission@2000', 'seen@2000', 'counted@2000']);
  });

  it('ignores signals it has no rule for (a signal turned off)', () => {
    const { actor } = start();
    for (let i = 0; i < 10; i++) actor.send({ type: 'signal', signal: 'loops', at: i, key: `section:${i % 2}` });
    expect(actor.getSnapshot().value).to.equal('watching');
  });

  it('fires a quiet timer on the simulated clock, and re-arming restarts it', () => {
    const { actor, clock } = start();
    actor.send({ type: 'timer.arm', signal: 'idle', at: 0 });
    clock.increment(30_000);
    actor.send({ type: 'timer.arm', signal: 'idle', at: 30_000 });
    clock.increment(44_999);
    expect(actor.getSnapshot().value).to.equal('watching');
    clock.increment(1);
    expect(actor.getSnapshot().context).to.deep.include({ signal: 'idle', detectedAt: 75_000 });
  });

  it('does not fire a disarmed timer', () => {
    const { actor, clock } = start();
    actor.send({ type: 'timer.arm', signal: 'idle', at: 0 });
    actor.send({ type: 'timer.disarm', signal: 'idle', at: 0 });
    clock.increment(100_000);
    expect(actor.getSnapshot().value).to.equal('watching');
  });

  it('asks, answers, measures: one outcome, continued when the goal follows', async () => {
    const { actor, emitted, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
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
    const { actor, clock, types } = start();
    actor.send({ type: 'typing', at: 0 });
    actor.send({ type: 'ask', signal: 'manual', at: 500 });
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
    const late = start();
    late.actor.send({ type: 'typing', at: 0 });
    late.actor.send({ type: 'ask', signal: 'manual', at: 100 });
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
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'dismiss', at: 1_000 });
    clock.increment(60_000);
    expect(types()).to.deep.equal(['detect', 'show', 'dismiss', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'abandoned', ms: 60_000 });
    expect(calls).to.include.members(['cooldown@1000', 'release']);
  });

  it('counts a moment where the person was reached and no goal followed as escalated', async () => {
    const { actor, emitted, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'escalate', at: 100 });
    actor.send({ type: 'leave', at: 5_000 });
    expect(types()).to.deep.equal(['detect', 'show', 'escalate', 'close', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'escalated', ms: 5_000 });
  });

  it('another reply after the first shows its response instead; still one outcome', async () => {
    const { actor, emitted, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
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
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'choose', choice: 'call', escalate: true, at: 1 });
    expect(types()).to.deep.equal(['detect', 'show', 'answer', 'escalate']);
    expect(actor.getSnapshot().context.escalated).to.be.true;
  });

  it('measures the holdout group without showing anything, counted against the caps', async () => {
    const { actor, emitted, types, calls } = start({}, { answers: [{ verdict: 'ask', holdout: true }] });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'escalate', at: 10 });
    actor.send({ type: 'goal', at: 7_000 });
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'continued', asked: false });
    expect(calls).to.deep.equal(['permission@0', 'seen@0', 'counted@0', 'release']);
  });

  it('measures a suppressed moment and says why it was not asked', async () => {
    const { actor, emitted, announced } = start({}, { answers: [{ verdict: 'suppress', reason: 'cooldown' }] });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'leave', at: 10 });
    expect(announced[0]?.suppressed).to.equal('cooldown');
    expect(emitted.at(-1)).to.deep.include({ type: 'outcome', outcome: 'abandoned', asked: false, reason: 'cooldown' });
  });

  it('a vetoed detection is not asked, gives the slot back, and is measured as vetoed', async () => {
    const { actor, emitted, types, calls } = start({}, { proceed: false });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'goal', at: 50 });
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ asked: false, reason: 'vetoed' });
    expect(calls).to.include('release').and.not.include('counted@0');
  });

  it('keeps watching after a goal: a visitor can move on and still get stuck (a declined card)', () => {
    const { actor } = start();
    actor.send({ type: 'goal', at: 0 });
    actor.send({ type: 'signal', signal: 'errors', at: 1 });
    actor.send({ type: 'signal', signal: 'errors', at: 2 });
    expect(actor.getSnapshot().matches('moment')).to.be.true;
  });

  it('cancels armed timers on detection so nothing fires twice', async () => {
    const { actor, clock, announced } = start();
    actor.send({ type: 'timer.arm', signal: 'idle', at: 0 });
    actor.send({ type: 'signal', signal: 'errors', at: 1 });
    actor.send({ type: 'signal', signal: 'errors', at: 2 });
    clock.increment(100_000);
    await settled();
    expect(announced.map((detection) => detection.signal)).to.deep.equal(['errors']);
  });

  it('takes new rules while watching', () => {
    const { actor } = start();
    actor.send({ type: 'configure', rules: { errors: { kind: 'count', count: 1, windowMs: 1_000 } }, outcomeWindowMs: 1_000 });
    actor.send({ type: 'signal', signal: 'errors', at: 0 });
    expect(actor.getSnapshot().matches('moment')).to.be.true;
  });

  it('watches nothing when the moment was already seen in this visit', () => {
    const { actor } = start({ seen: true });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    expect(actor.getSnapshot().value).to.equal('finished');
  });
});

describe('moment machine: the page decides', () => {
  it('too soon after another question: waits out the gap on the clock, then asks', async () => {
    const { actor, clock, types, calls, announced } = start({}, { answers: [{ verdict: 'suppress', reason: 'gap', retryAt: 30_000 }, { verdict: 'ask' }] });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
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
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'leave', at: 5_000 });
    // The outcome waits for the announcement to finish.
    expect(types()).to.deep.equal(['detect']);
    await settled();
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(announced[0]?.suppressed).to.equal('gap');
    expect(emitted.at(-1)).to.deep.include({ outcome: 'abandoned', asked: false, reason: 'gap' });
    expect(calls).to.not.include('seen@0');
    expect(actor.getSnapshot().value).to.equal('finished');
  });

  it('leaving while the page is asked: the answer still comes first, the slot is given back, one outcome', async () => {
    const { actor, types, calls } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'leave', at: 1 });
    await settled();
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(calls).to.include('release').and.not.include('counted@0');
    expect(actor.getSnapshot().hasTag('pending')).to.be.false;
  });

  it('busy: measured, then watches again without marking the moment seen', async () => {
    const { actor, types, calls } = start({}, { answers: [{ verdict: 'suppress', reason: 'busy' }, { verdict: 'ask' }] });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'goal', at: 10 });
    expect(actor.getSnapshot().value).to.equal('watching');
    actor.send({ type: 'signal', signal: 'errors', at: 20 });
    actor.send({ type: 'signal', signal: 'errors', at: 30 });
    await settled();
    expect(types()).to.deep.equal(['detect', 'outcome', 'detect', 'show']);
    expect(calls.filter((call) => call.startsWith('seen'))).to.deep.equal(['seen@30']);
  });

  it('a moment suppressed for good (cooldown) does not watch again on this page', async () => {
    const { actor } = start({}, { answers: [{ verdict: 'suppress', reason: 'cooldown' }] });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    actor.send({ type: 'leave', at: 10 });
    expect(actor.getSnapshot().value).to.equal('finished');
  });

});

describe('moment machine: holds', () => {
  it('holds the question while the visitor is on a control it must not interrupt', async () => {
    const { actor, types } = start();
    actor.send({ type: 'hold', held: true });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    await settled();
    expect(types()).to.deep.equal(['detect']);
    actor.send({ type: 'hold', held: false });
    expect(types()).to.deep.equal(['detect', 'show']);
  });

  it('after the typing pause, a hold still keeps the question back', async () => {
    const { actor, clock, types } = start();
    actor.send({ type: 'typing', at: 0 });
    actor.send({ type: 'hold', held: true });
    actor.send({ type: 'ask', signal: 'manual', at: 100 });
    await settled();
    clock.increment(5_000);
    expect(types()).to.deep.equal(['detect']);
    actor.send({ type: 'hold', held: false });
    expect(types()).to.deep.equal(['detect', 'show']);
  });
});
