import { expect } from '@open-wc/testing';
import { SimulatedClock } from 'xstate';
import type { Found } from './detection.js';
import { Watch } from './watch.js';
import type { SignalRules } from './windows.js';

const RULES: SignalRules = {
  idle: { kind: 'quiet', ms: 45_000 },
  rage: { kind: 'chain', count: 3, gapMs: 1_000, radius: 30 },
  errors: { kind: 'count', count: 2, windowMs: 60_000 },
};

/** A watch on a simulated clock, recording what it found and how many timeouts are pending. */
function start(rules: SignalRules = RULES) {
  const clock = new SimulatedClock();
  const found: Found[] = [];
  const watch = new Watch(rules, clock, (what) => found.push(what));
  return { watch, clock, found, pending: () => (clock as unknown as { timeouts: Map<unknown, unknown> }).timeouts.size };
}

describe('watch (before a moment)', () => {
  it('keeps counting below the threshold', () => {
    const { watch, found } = start();
    watch.observe('errors', { at: 0 });
    expect(watch.counts.errors).to.equal(1);
    expect(found).to.deep.equal([]);
  });

  it('finds a count crossing its threshold, with every track and contribution then', () => {
    const { watch, found } = start();
    watch.observe('errors', { at: 1_000 });
    watch.observe('errors', { at: 2_000 });
    expect(found).to.have.length(1);
    expect(found[0]).to.deep.include({ signal: 'errors', at: 2_000, evidence: { errors: 1 } });
    expect(found[0]!.tracks.errors).to.have.length(2);
    watch.observe('errors', { at: 3_000 });
    expect(found, 'once: the watch stops when it finds').to.have.length(1);
  });

  it('ignores signals it has no rule for (a signal turned off)', () => {
    const { watch, found } = start();
    for (let i = 0; i < 10; i++) watch.observe('loops', { at: i, key: `section:${i % 2}` });
    expect(found).to.deep.equal([]);
  });

  it('fires a quiet timer on the clock; re-arming moves the deadline without a new timeout each time', () => {
    const { watch, clock, found, pending } = start();
    watch.arm('idle', 0);
    clock.increment(30_000);
    for (let at = 30_000; at < 31_000; at += 100) watch.arm('idle', at);
    expect(pending(), 'one timeout however often it is re-armed').to.equal(1);
    watch.arm('idle', 30_000 + 900);
    clock.increment(45_000 + 900 - 1);
    expect(found).to.deep.equal([]);
    clock.increment(1);
    expect(found[0]).to.deep.include({ signal: 'idle', at: 75_900 });
  });

  it('re-arming with weak signals pending sets no new timeout (the evidence check stays; it weighs again when due)', () => {
    const rules: SignalRules = { ...RULES, 'help-visit': { kind: 'count', count: 2, windowMs: 600_000 }, pattern: { kind: 'evidence', score: 1 } };
    const { watch, clock, found } = start(rules);
    let set = 0;
    const schedule = clock.setTimeout.bind(clock);
    clock.setTimeout = (callback, ms) => (set++, schedule(callback, ms));
    watch.observe('help-visit', { at: 0 });
    watch.arm('idle', 0);
    const before = set;
    for (let at = 100; at <= 20_000; at += 100) {
      clock.increment(100);
      watch.arm('idle', at);
    }
    expect(set - before, 'no timeout per re-arm').to.equal(0);
    // help-visit 0.5 + stillness: the pattern is due 22.5 s after the last activity (20 s), well before idle's own 45 s.
    clock.increment(22_499);
    expect(found, 'not before').to.deep.equal([]);
    clock.increment(1);
    expect(found[0]).to.deep.include({ signal: 'pattern', at: 42_500 });
  });

  it("reads a quiet timer's latest activity when it needs it: activity sends nothing, and neither the timer nor the evidence fires early", () => {
    const rules: SignalRules = { ...RULES, 'help-visit': { kind: 'count', count: 2, windowMs: 600_000 }, pattern: { kind: 'evidence', score: 1 } };
    const { watch, clock, found } = start(rules);
    let lastActivity = 0;
    watch.observe('help-visit', { at: 0 });
    watch.arm('idle', 0, () => lastActivity);
    // The visitor keeps moving for 20 s: only the sensor's own note changes.
    for (let at = 100; at <= 20_000; at += 100) {
      clock.increment(100);
      lastActivity = at;
    }
    expect(watch.armed.idle, 'the countdown restarts from the latest activity').to.equal(20_000);
    // help-visit 0.5 + stillness: due 22.5 s after the last activity (20 s), not 22.5 s after the arm.
    clock.increment(22_499);
    expect(found, 'not at 22.5 s after the arm, nor before 22.5 s of stillness').to.deep.equal([]);
    clock.increment(1);
    expect(found[0]).to.deep.include({ signal: 'pattern', at: 42_500 });

    const alone = start();
    let moved = 0;
    alone.watch.arm('idle', 0, () => moved);
    alone.clock.increment(30_000);
    moved = 30_000;
    alone.clock.increment(15_000);
    expect(alone.found, 'the 45 s count restarted at the activity').to.deep.equal([]);
    alone.clock.increment(30_000);
    expect(alone.found[0]).to.deep.include({ signal: 'idle', at: 75_000 });
  });

  it('counts a quiet period a few milliseconds short of its length at once: no second wakeup for them', () => {
    const { watch, clock, found, pending } = start();
    // The event that engaged the visitor noted its activity a moment after the arm.
    watch.arm('idle', 0, () => 3);
    clock.increment(45_000);
    expect(found[0], 'found when the one timeout fires').to.deep.include({ signal: 'idle', at: 45_000 });
    expect(pending()).to.equal(0);
  });

  it('does not fire a disarmed timer, nor after a goal (moving forward is not hesitation)', () => {
    const disarmed = start();
    disarmed.watch.arm('idle', 0);
    disarmed.watch.disarm('idle', 0);
    disarmed.clock.increment(100_000);
    expect(disarmed.found).to.deep.equal([]);
    const moved = start();
    moved.watch.arm('idle', 0);
    moved.watch.goal();
    moved.clock.increment(100_000);
    expect(moved.found).to.deep.equal([]);
    expect(moved.pending()).to.equal(0);
    moved.watch.observe('errors', { at: 100_001 });
    moved.watch.observe('errors', { at: 100_002 });
    expect(moved.found[0]?.signal, 'still watching after a goal').to.equal('errors');
  });

  it('cancels its timers when it finds, so nothing fires twice', () => {
    const { watch, clock, found, pending } = start();
    watch.arm('idle', 0);
    watch.observe('errors', { at: 1 });
    watch.observe('errors', { at: 2 });
    expect(pending()).to.equal(0);
    clock.increment(100_000);
    expect(found.map((what) => what.signal)).to.deep.equal(['errors']);
  });

  it('takes new rules, dropping armed timers', () => {
    const { watch, clock, found } = start();
    watch.arm('idle', 0);
    watch.configure({ errors: { kind: 'count', count: 1, windowMs: 1_000 } });
    clock.increment(100_000);
    expect(found).to.deep.equal([]);
    watch.observe('errors', { at: 100_000 });
    expect(found[0]?.signal).to.equal('errors');
  });

  it('asks at once, as if the signal had been detected', () => {
    const { watch, found } = start();
    watch.ask('manual', 5);
    expect(found[0]).to.deep.include({ signal: 'manual', at: 5 });
  });
});
