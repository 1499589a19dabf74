import { expect } from '@open-wc/testing';
import { BACK, roundTripReturns, type TrailEntry } from './journey.js';

const trail = (...steps: string[]): TrailEntry[] => steps.map((step, at) => ({ step, at }));

describe('journey trail', () => {
  it('counts each return to a step after going back to an earlier one', () => {
    expect(roundTripReturns(trail('cart', 'checkout', 'cart', 'checkout', 'cart', 'checkout'), 'checkout')).to.deep.equal([3, 5]);
  });

  it('counts a back link whose destination is unknown', () => {
    expect(roundTripReturns(trail('cart', 'checkout', BACK, 'checkout'), 'checkout')).to.deep.equal([3]);
  });

  it('does not count going forward and coming back, or a reload', () => {
    expect(roundTripReturns(trail('cart', 'checkout', 'review', 'checkout'), 'checkout')).to.deep.equal([]);
    expect(roundTripReturns(trail('cart', 'checkout', 'checkout'), 'checkout')).to.deep.equal([]);
  });

  it('for the first step, nothing is earlier', () => {
    expect(roundTripReturns(trail('cart', 'checkout', 'cart'), 'cart')).to.deep.equal([]);
  });
});
