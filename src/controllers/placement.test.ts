import { expect } from '@open-wc/testing';
import { chooseCorner, cornerBox } from './placement.js';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('corner placement', () => {
  it('prefers the bottom end corner', () => {
    expect(chooseCorner(card, box(100, 100, 200, 40), viewport)).to.equal('bottom-end');
  });

  it('moves away from a focused control in the bottom right', () => {
    expect(chooseCorner(card, box(800, 700, 150, 40), viewport)).to.equal('bottom-start');
  });

  it('goes to the top when the whole bottom is taken', () => {
    expect(chooseCorner(card, box(0, 650, 1000, 60), viewport)).to.equal('top-end');
  });

  it('on a narrow screen, picks the edge farther from the control', () => {
    const narrow = { width: 320, height: 640 };
    const wide = { width: 288, height: 300 };
    expect(chooseCorner(wide, box(10, 500, 300, 40), narrow)).to.equal('top-end');
    expect(chooseCorner(wide, box(10, 60, 300, 40), narrow)).to.equal('bottom-end');
  });

  it('mirrors the end side in right-to-left pages', () => {
    expect(cornerBox('bottom-end', 300, 200, 1000, 800, true).left).to.equal(16);
    expect(cornerBox('bottom-end', 300, 200, 1000, 800, false).right).to.equal(984);
  });
});
