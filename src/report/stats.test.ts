import { expect } from '@open-wc/testing';
import { newcombe, sequential, verdictOf, wilson, type Interval } from './stats.js';

const close = (actual: number | undefined, expected: number) => expect(actual).to.be.closeTo(expected, 0.0001);

describe('report statistics', () => {
  it('Wilson score interval matches published values', () => {
    // Newcombe (1998), table I: 81/263 → 0.2553 to 0.3662; 15/148 → 0.0624 to 0.1605.
    close(wilson(81, 263)!.low, 0.2553);
    close(wilson(81, 263)!.high, 0.3662);
    close(wilson(15, 148)!.low, 0.0624);
    close(wilson(15, 148)!.high, 0.1605);
    // Edge cases: 0/10 and 10/10 stay inside [0, 1]; no trials, no interval.
    close(wilson(0, 10)!.low, 0);
    close(wilson(0, 10)!.high, 0.2775);
    close(wilson(10, 10)!.high, 1);
    expect(wilson(0, 0)).to.be.null;
  });

  it("Newcombe's hybrid interval for a difference matches published values", () => {
    // Newcombe (1998), table II example (a): 56/70 − 48/80 = 0.2000, CI 0.0524 to 0.3339.
    const interval = newcombe(56, 70, 48, 80)!;
    close(interval.difference, 0.2);
    close(interval.low, 0.0524);
    close(interval.high, 0.3339);
    // Example (e): 10/10 − 0/10 = 1, CI 0.6075 to 1.
    const extreme = newcombe(10, 10, 0, 10)!;
    close(extreme.low, 0.6075);
    close(extreme.high, 1);
  });

  it('the confidence sequence is wider than the fixed interval, narrows with data, and decides only when it excludes zero', () => {
    const fixed = newcombe(300, 1_000, 250, 1_000)!;
    const always = sequential(300, 1_000, 250, 1_000)!;
    close(always.difference, 0.05);
    expect(always.high - always.low).to.be.greaterThan(fixed.high - fixed.low);
    expect(verdictOf(fixed)).to.equal('helps');
    expect(verdictOf(always), 'not yet: the sequence still includes zero').to.equal('not yet known');
    const more = sequential(3_000, 10_000, 2_500, 10_000)!;
    expect(more.high - more.low).to.be.lessThan(always.high - always.low);
    expect(verdictOf(more)).to.equal('helps');
    expect(verdictOf(sequential(250, 10_000, 2_500, 10_000)!)).to.equal('hurts');
    // 3/3 against 0/3 cannot decide anything (no zero-width interval from a tiny sample).
    expect(verdictOf(sequential(3, 3, 0, 3)!)).to.equal('not yet known');
    expect(sequential(0, 0, 1, 2)).to.be.null;
  });

  it('keeps its 5 % error rate over 30 daily looks, where a fixed interval looked at daily does not (simulation)', () => {
    // No true effect: both arms continue at 30 %. Each day 80 treatment and 20 holdout moments
    // (a 20 % holdout); the team looks every morning for 30 days and stops at the first decision.
    let seed = 20_261_204;
    const random = () => {
      // mulberry32: a seeded generator, so the figures are the same on every run.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const binomial = (n: number, p: number) => {
      let successes = 0;
      for (let i = 0; i < n; i++) if (random() < p) successes++;
      return successes;
    };
    const EXPERIMENTS = 2_000;
    let sequentialFalse = 0;
    let fixedFalse = 0;
    for (let experiment = 0; experiment < EXPERIMENTS; experiment++) {
      let [s1, n1, s2, n2] = [0, 0, 0, 0];
      let sequentialDecided = false;
      let fixedDecided = false;
      for (let day = 0; day < 30; day++) {
        s1 += binomial(80, 0.3);
        n1 += 80;
        s2 += binomial(20, 0.3);
        n2 += 20;
        const decided = (interval: Interval | null) => !!interval && verdictOf(interval) !== 'not yet known';
        sequentialDecided ||= decided(sequential(s1, n1, s2, n2));
        fixedDecided ||= decided(newcombe(s1, n1, s2, n2));
      }
      if (sequentialDecided) sequentialFalse++;
      if (fixedDecided) fixedFalse++;
    }
    const sequentialRate = sequentialFalse / EXPERIMENTS;
    const fixedRate = fixedFalse / EXPERIMENTS;
    expect(sequentialRate, `always-valid: ${(sequentialRate * 100).toFixed(1)} % false positives`).to.be.at.most(0.05);
    expect(fixedRate, `fixed-horizon, peeking daily: ${(fixedRate * 100).toFixed(1)} %`).to.be.greaterThan(0.1);
  });
});
