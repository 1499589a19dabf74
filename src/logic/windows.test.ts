import { expect } from '@open-wc/testing';
import { countAt, record, type SignalRule, type Track, type Occurrence } from './windows.js';

function feed(rule: SignalRule, occurrences: Occurrence[]): number[] {
  let track: Track = [];
  return occurrences.map((occurrence) => {
    const result = record(rule, track, occurrence);
    track = result.track;
    return result.count;
  });
}

describe('signal rules', () => {
  it('counts occurrences inside a sliding window', () => {
    const rule: SignalRule = { kind: 'count', count: 2, windowMs: 60_000 };
    expect(feed(rule, [{ at: 0 }, { at: 59_999 }])).to.deep.equal([1, 2]);
    expect(feed(rule, [{ at: 0 }, { at: 60_000 }])).to.deep.equal([1, 1]);
  });

  it('counts per key when asked to (the same field)', () => {
    const rule: SignalRule = { kind: 'count', count: 3, windowMs: 300_000, perKey: true };
    const counts = feed(rule, [
      { at: 0, key: 'a' },
      { at: 1, key: 'b' },
      { at: 2, key: 'a' },
      { at: 3, key: 'b' },
      { at: 4, key: 'a' },
    ]);
    expect(counts).to.deep.equal([1, 1, 2, 2, 3]);
  });

  it('chains rage clicks only when close in time and space', () => {
    const rule: SignalRule = { kind: 'chain', count: 3, gapMs: 1_000, radius: 30 };
    expect(feed(rule, [{ at: 0, x: 10, y: 10 }, { at: 400, x: 15, y: 12 }, { at: 800, x: 12, y: 18 }])).to.deep.equal([1, 2, 3]);
    // Too slow between the second and third.
    expect(feed(rule, [{ at: 0, x: 10, y: 10 }, { at: 400, x: 10, y: 10 }, { at: 1_401, x: 10, y: 10 }])).to.deep.equal([1, 2, 1]);
    // Too far apart (pagination links 40 px apart).
    expect(feed(rule, [{ at: 0, x: 10, y: 10 }, { at: 200, x: 50, y: 10 }, { at: 400, x: 90, y: 10 }])).to.deep.equal([1, 1, 1]);
  });

  it('counts returns between the same two keys', () => {
    const rule: SignalRule = { kind: 'alternation', count: 3, windowMs: 90_000 };
    const keys = ['a', 'b', 'a', 'b', 'a'];
    expect(feed(rule, keys.map((key, i) => ({ at: i * 1_000, key: `section:${key}` })))).to.deep.equal([0, 0, 1, 2, 3]);
  });

  it('does not count a tour of three sections, re-entering one, or old returns', () => {
    const rule: SignalRule = { kind: 'alternation', count: 3, windowMs: 90_000 };
    const tour = ['a', 'b', 'c', 'a', 'b', 'c'].map((key, i) => ({ at: i, key: `section:${key}` }));
    expect(Math.max(...feed(rule, tour))).to.equal(0);
    const repeats = ['a', 'a', 'b', 'b', 'a'].map((key, i) => ({ at: i, key: `section:${key}` }));
    expect(feed(rule, repeats).at(-1)).to.equal(1);
    const slow = ['a', 'b', 'a', 'b', 'a'].map((key, i) => ({ at: i * 40_000, key: `section:${key}` }));
    expect(feed(rule, slow).at(-1)).to.be.lessThan(3);
  });

  it('keeps pages and sections apart', () => {
    const rule: SignalRule = { kind: 'alternation', count: 3, windowMs: 90_000 };
    const mixed = ['page:cart', 'page:pay', 'section:x', 'page:cart', 'page:pay', 'page:cart'].map((key, i) => ({ at: i, key }));
    expect(feed(rule, mixed).at(-1)).to.equal(3);
  });

  it('reports what a track still holds at a later time', () => {
    const rule: SignalRule = { kind: 'count', count: 2, windowMs: 1_000 };
    const track: Track = [{ at: 0 }, { at: 500 }];
    expect(countAt(rule, track, 600)).to.equal(2);
    expect(countAt(rule, track, 1_200)).to.equal(1);
  });
});
