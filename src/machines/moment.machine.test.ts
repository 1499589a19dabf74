import { expect } from '@open-wc/testing';
import { createActor, SimulatedClock } from 'xstate';
import { momentMachine, type MomentEmitted, type MomentInput } from './moment.machine.js';

const input: MomentInput = {
  rules: {
    idle: { kind: 'quiet', ms: 45_000 },
    rage: { kind: 'chain', count: 3, gapMs: 1_000, radius: 30 },
    errors: { kind: 'count', count: 2, windowMs: 60_000 },
  },
  outcomeWindowMs: 600_000,
};

function start(overrides: Partial<MomentInput> = {}) {
  const clock = new SimulatedClock();
  const actor = createActor(momentMachine, { input: { ...input, ...overrides }, clock });
  const emitted: MomentEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  const types = () => emitted.map((event) => event.type);
  return { clock, actor, emitted, types };
}

describe('moment machine', () => {
  it('keeps watching below the threshold', () => {
    const { actor, types } = start();
    actor.send({ type: 'signal', signal: 'errors', at: 0 });
    expect(actor.getSnapshot().value).to.equal('watching');
    expect(actor.getSnapshot().context.counts.errors).to.equal(1);
    expect(types()).to.deep.equal([]);
  });

  it('detects when a count crosses its threshold and reports the counts seen', () => {
    const { actor, emitted } = start();
    actor.send({ type: 'signal', signal: 'errors', at: 1_000 });
    actor.send({ type: 'signal', signal: 'errors', at: 2_000 });
    expect(actor.getSnapshot().matches({ moment: { ui: 'deciding' } })).to.be.true;
    expect(emitted[0]).to.deep.include({ type: 'detect', signal: 'errors', at: 2_000 });
    expect((emitted[0] as { signals: Record<string, number> }).signals).to.deep.equal({ idle: 0, rage: 0, errors: 2 });
  });

  it('ignores signals it has no rule for (a signal turned off)', () => {
    const { actor } = start();
    for (let i = 0; i < 10; i++) actor.send({ type: 'signal', signal: 'loops', at: i, key: `section:${i % 2}` });
    expect(actor.getSnapshot().value).to.equal('watching');
  });

  it('fires a quiet timer on the simulated clock, and re-arming restarts it', () => {
    const { actor, clock, emitted } = start();
    actor.send({ type: 'timer.arm', signal: 'idle', at: 0 });
    clock.increment(30_000);
    actor.send({ type: 'timer.arm', signal: 'idle', at: 30_000 });
    clock.increment(44_999);
    expect(actor.getSnapshot().value).to.equal('watching');
    clock.increment(1);
    expect(emitted[0]).to.deep.include({ type: 'detect', signal: 'idle', at: 75_000 });
  });

  it('does not fire a disarmed timer', () => {
    const { actor, clock } = start();
    actor.send({ type: 'timer.arm', signal: 'idle', at: 0 });
    actor.send({ type: 'timer.disarm', signal: 'idle' });
    clock.increment(100_000);
    expect(actor.getSnapshot().value).to.equal('watching');
  });

  it('asks, answers, measures: one outcome, continued when the goal follows', () => {
    const { actor, emitted, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'ask', at: 5 });
    expect(actor.getSnapshot().matches({ moment: { ui: { asking: 'visible' } } })).to.be.true;
    actor.send({ type: 'choose', choice: 'why', escalate: false, at: 10 });
    actor.send({ type: 'goal', at: 20_000 });
    actor.send({ type: 'goal', at: 30_000 });
    expect(types()).to.deep.equal(['detect', 'show', 'answer', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'continued', ms: 20_000, asked: true });
    expect(actor.getSnapshot().matches({ moment: { ui: 'answered', measure: 'done' } })).to.be.true;
  });

  it('waits for a typing pause before showing', () => {
    const { actor, clock, types } = start();
    actor.send({ type: 'typing', at: 0 });
    actor.send({ type: 'ask', signal: 'manual', at: 500 });
    actor.send({ type: 'decide', verdict: 'ask', at: 500 });
    expect(types()).to.deep.equal(['detect']);
    clock.increment(900);
    actor.send({ type: 'typing', at: 1_400 });
    clock.increment(1_400);
    expect(types()).to.deep.equal(['detect']);
    clock.increment(100);
    expect(types()).to.deep.equal(['detect', 'show']);
  });

  it('counts a dismissed moment as abandoned when the window runs out', () => {
    const { actor, clock, emitted, types } = start({ outcomeWindowMs: 60_000 });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'ask', at: 0 });
    actor.send({ type: 'dismiss', at: 1_000 });
    clock.increment(60_000);
    expect(types()).to.deep.equal(['detect', 'show', 'dismiss', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'abandoned', ms: 60_000 });
  });

  it('counts a moment where the person was reached and no goal followed as escalated', () => {
    const { actor, emitted, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'ask', at: 0 });
    actor.send({ type: 'escalate', at: 100 });
    actor.send({ type: 'leave', at: 5_000 });
    expect(types()).to.deep.equal(['detect', 'show', 'escalate', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'escalated', ms: 5_000 });
  });

  it('an escalate choice escalates as it answers', () => {
    const { actor, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'ask', at: 0 });
    actor.send({ type: 'choose', choice: 'call', escalate: true, at: 1 });
    expect(types()).to.deep.equal(['detect', 'show', 'answer', 'escalate']);
    expect(actor.getSnapshot().context.escalated).to.be.true;
  });

  it('measures the holdout group without showing anything', () => {
    const { actor, emitted, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'holdout', at: 0 });
    actor.send({ type: 'escalate', at: 10 });
    actor.send({ type: 'goal', at: 7_000 });
    expect(types()).to.deep.equal(['detect', 'outcome']);
    expect(emitted.at(-1)).to.deep.include({ outcome: 'continued', asked: false });
  });

  it('measures a suppressed moment and says why it was not asked', () => {
    const { actor, emitted } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'suppress', reason: 'cooldown', at: 0 });
    actor.send({ type: 'leave', at: 10 });
    expect(emitted.at(-1)).to.deep.include({ type: 'outcome', outcome: 'abandoned', asked: false, reason: 'cooldown' });
  });

  it('keeps watching after a goal: a visitor can move on and still get stuck (a declined card)', () => {
    const { actor, types } = start();
    actor.send({ type: 'goal', at: 0 });
    actor.send({ type: 'signal', signal: 'errors', at: 1 });
    actor.send({ type: 'signal', signal: 'errors', at: 2 });
    expect(types()).to.deep.equal(['detect']);
  });

  it('cancels armed timers on detection so nothing fires twice', () => {
    const { actor, clock, types } = start();
    actor.send({ type: 'timer.arm', signal: 'idle', at: 0 });
    actor.send({ type: 'signal', signal: 'errors', at: 1 });
    actor.send({ type: 'signal', signal: 'errors', at: 2 });
    clock.increment(100_000);
    expect(types()).to.deep.equal(['detect']);
  });

  it('takes new rules while watching', () => {
    const { actor, types } = start();
    actor.send({ type: 'configure', rules: { errors: { kind: 'count', count: 1, windowMs: 1_000 } }, outcomeWindowMs: 1_000 });
    actor.send({ type: 'signal', signal: 'errors', at: 0 });
    expect(types()).to.deep.equal(['detect']);
  });
});

describe('moment machine: holds and second chances', () => {
  it('holds the question while the visitor is on a control it must not interrupt', () => {
    const { actor, types } = start();
    actor.send({ type: 'hold', held: true });
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'ask', at: 0 });
    expect(types()).to.deep.equal(['detect']);
    actor.send({ type: 'hold', held: false });
    expect(types()).to.deep.equal(['detect', 'show']);
  });

  it('after the typing pause, a hold still keeps the question back', () => {
    const { actor, clock, types } = start();
    actor.send({ type: 'typing', at: 0 });
    actor.send({ type: 'hold', held: true });
    actor.send({ type: 'ask', signal: 'manual', at: 100 });
    actor.send({ type: 'decide', verdict: 'ask', at: 100 });
    clock.increment(5_000);
    expect(types()).to.deep.equal(['detect']);
    actor.send({ type: 'hold', held: false });
    expect(types()).to.deep.equal(['detect', 'show']);
  });

  it('a moment suppressed because another question was open watches again once measured', () => {
    const { actor, types } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'suppress', reason: 'busy', at: 0 });
    actor.send({ type: 'goal', at: 10 });
    expect(actor.getSnapshot().value).to.equal('watching');
    actor.send({ type: 'signal', signal: 'errors', at: 20 });
    actor.send({ type: 'signal', signal: 'errors', at: 30 });
    expect(types()).to.deep.equal(['detect', 'outcome', 'detect']);
  });

  it('a moment suppressed for good (cooldown) does not watch again on this page', () => {
    const { actor } = start();
    actor.send({ type: 'ask', signal: 'manual', at: 0 });
    actor.send({ type: 'decide', verdict: 'suppress', reason: 'cooldown', at: 0 });
    actor.send({ type: 'leave', at: 10 });
    expect(actor.getSnapshot().value).to.equal('finished');
  });
});
