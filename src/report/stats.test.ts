import { expect } from '@open-wc/testing';
import { newcombe, wilson } from './stats.js';

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
});
