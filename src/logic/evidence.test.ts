import { expect } from '@open-wc/testing';
import { SimulatedClock } from 'xstate';
import type { Found } from './detection.js';
import { makesPattern, nextCheck, rounded, scoreOf, weigh } from './evidence.js';
import { Watch } from './watch.js';
import { parseRule, PATTERN_SCORE, type SignalRules } from './windows.js';

/** The seed's example at the pricing table's defaults: idle 45 s, scroll-back 2/60s, help-visit 2/10m. */
const RULES: SignalRules = {
  idle: { kind: 'quiet', ms: 45_000 },
  'field-stall': { kind: 'quiet', ms: 20_000 },
  'scroll-back': { kind: 'count', count: 2, windowMs: 60_000 },
  'help-visit': { kind: 'count', count: 2, windowMs: 600_000 },
  rage: { kind: 'chain', count: 3, gapMs: 1_000, radius: 30 },
  pattern: { kind: 'evidence', score: PATTERN_SCORE },
};

/** A watch on a simulated clock; `found()` is what it found, if anything. */
function start(rules: SignalRules = RULES) {
  const clock = new SimulatedClock();
  let found: Found | undefined;
  const watch = new Watch(rules, clock, (what) => (found = what));
  return { watch, clock, found: () => found };
}

describe('evidence (pattern)', () => {
  it('reads pattern="…": on, off, a score; anything else is not a value', () => {
    expect(parseRule('evidence', 'on')).to.deep.equal({ kind: 'evidence', score: 1.5 });
    expect(parseRule('evidence', '')).to.deep.equal({ kind: 'evidence', score: 1.5 });
    expect(parseRule('evidence', '1.2')).to.deep.equal({ kind: 'evidence', score: 1.2 });
    expect(parseRule('evidence', 'off')).to.equal('off');
    for (const bad of ['0', '-1', 'lots', '1.2.3', '2/60s']) expect(parseRule('evidence', bad), bad).to.equal(undefined);
  });

  it('weighs each signal by its fraction of its own threshold, stillness once', () => {
    const tracks = { 'scroll-back': [{ at: 0 }], 'help-visit': [{ at: 1_000 }] };
    const contributions = weigh(RULES, tracks, { idle: 10_000, 'field-stall': 25_000 }, 40_000);
    // idle 30 s of 45 s = 0.67 and a field stall of 15 s of 20 s = 0.75 are one stillness: the larger counts.
    expect(rounded(contributions)).to.deep.equal({ 'scroll-back': 0.5, 'help-visit': 0.5, 'field-stall': 0.75 });
    expect(scoreOf(contributions)).to.equal(1.75);
    // A count leaves the evidence with its window.
    expect(weigh(RULES, tracks, {}, 61_000)).to.deep.equal({ 'help-visit': 0.5 });
  });

  it('counts one signal per family: the same behaviour is not evidence twice', () => {
    const rules: SignalRules = {
      loops: { kind: 'alternation', count: 3, windowMs: 90_000, family: 'back-and-forth' },
      'round-trips': { kind: 'count', count: 2, windowMs: 300_000, family: 'back-and-forth' },
      returns: { kind: 'count', count: 2, windowMs: 30 * 86_400_000, family: null },
      errors: { kind: 'count', count: 2, windowMs: 60_000 },
    };
    const tracks = {
      loops: [{ at: 0, key: 'page:cart' }, { at: 1, key: 'page:pay' }, { at: 2, key: 'page:cart' }],
      'round-trips': [{ at: 2 }],
      returns: [{ at: 0 }],
      errors: [{ at: 2 }],
    };
    expect(rounded(weigh(rules, tracks, {}, 3))).to.deep.equal({ 'round-trips': 0.5, errors: 0.5 });
  });

  it('needs two signals whatever the score', () => {
    const rule = { kind: 'evidence', score: 0.5 } as const;
    expect(makesPattern(rule, { rage: 0.67 })).to.be.false;
    expect(makesPattern(rule, { rage: 0.34, idle: 0.2 })).to.be.true;
    expect(makesPattern({ kind: 'evidence', score: 1.5 }, { rage: 0.67, idle: 0.8 })).to.be.false;
  });

  it('schedules a check only while other evidence exists and a quiet timer counts', () => {
    const rule = { kind: 'evidence', score: 1.5 } as const;
    expect(nextCheck(rule, RULES, {}, { idle: 0 }, 1_000), 'stillness alone: its own timer decides').to.equal(undefined);
    expect(nextCheck(rule, RULES, { 'scroll-back': [{ at: 0 }] }, {}, 1_000), 'nothing counting').to.equal(undefined);
    // 0.5 + 0.5 from counts: idle must reach 0.5 of 45 s, 22.5 s after it was armed.
    expect(nextCheck(rule, RULES, { 'scroll-back': [{ at: 0 }], 'help-visit': [{ at: 0 }] }, { idle: 2_000 }, 3_000)).to.equal(24_500);
    // Needing a whole stillness or more: idle detects alone first.
    expect(nextCheck(rule, RULES, { 'scroll-back': [{ at: 0 }] }, { idle: 2_000 }, 3_000)).to.equal(undefined);
  });

  it("detects the seed's example through pattern: a scroll back, a help visit and 22.5 s of stillness", () => {
    const { watch, clock, found } = start();
    watch.observe('help-visit', { at: 0 });
    clock.increment(5_000);
    watch.observe('scroll-back', { at: 5_000 });
    watch.arm('idle', 5_000);
    clock.increment(22_499);
    expect(found(), 'not yet').to.equal(undefined);
    clock.increment(1);
    expect(found()?.signal).to.equal('pattern');
    expect(found()?.at).to.equal(27_500);
    expect(rounded(found()!.evidence)).to.deep.equal({ 'help-visit': 0.5, 'scroll-back': 0.5, idle: 0.5 });
  });

  it('each of those signals alone stays quiet, and so does pattern="off"', () => {
    for (const signal of ['help-visit', 'scroll-back']) {
      const { watch, clock, found } = start();
      watch.observe(signal, { at: 0 });
      clock.increment(600_000);
      expect(found(), signal).to.equal(undefined);
    }
    const { watch, clock, found } = start({ ...RULES, idle: { kind: 'quiet', ms: 45_000 } });
    watch.arm('idle', 0);
    clock.increment(44_999);
    expect(found(), 'idle below its own threshold').to.equal(undefined);
    const { pattern: _, ...off } = RULES;
    const quiet = start(off);
    quiet.watch.observe('help-visit', { at: 0 });
    quiet.watch.observe('scroll-back', { at: 0 });
    quiet.watch.arm('idle', 0);
    quiet.clock.increment(44_000);
    expect(quiet.found(), 'pattern off').to.equal(undefined);
  });

  it('a signal that detects alone reports its evidence with the others', () => {
    const { watch, clock, found } = start();
    watch.observe('help-visit', { at: 0 });
    watch.arm('idle', 0);
    clock.increment(9_000);
    watch.observe('scroll-back', { at: 9_000 });
    watch.observe('scroll-back', { at: 9_000 });
    expect(found()?.signal).to.equal('scroll-back');
    expect(rounded(found()!.evidence)).to.deep.equal({ 'help-visit': 0.5, 'scroll-back': 1, idle: 0.2 });
  });

  it('no check is pending once the evidence has left its window, and activity re-arming idle moves the check', () => {
    const { watch, clock, found } = start();
    watch.observe('scroll-back', { at: 0 });
    watch.arm('idle', 0);
    // 0.5 + idle needs 1.0: idle's own timer fires first at 45 s (detects as idle, not pattern).
    clock.increment(45_000);
    expect(found()?.signal).to.equal('idle');
    const second = start();
    second.watch.observe('scroll-back', { at: 0 });
    second.watch.observe('help-visit', { at: 0 });
    second.watch.arm('idle', 0);
    second.clock.increment(20_000);
    second.watch.arm('idle', 20_000); // the visitor moved: stillness starts again
    second.clock.increment(22_499);
    expect(second.found()).to.equal(undefined);
    second.clock.increment(1);
    expect(second.found()?.signal).to.equal('pattern');
  });
});
