import { expect } from '@open-wc/testing';
import { FLOAT_MARGIN_PX, floatBox, MIN_CARD_HEIGHT_PX, type Box } from './placement.js';

const desktop = { left: 0, top: 0, width: 1280, height: 900 };
/** A 390×844 phone with its keyboard open: the visual viewport is the top 500 px. */
const phoneWithKeyboard = { left: 0, top: 0, width: 390, height: 500 };
const card = { width: 384, height: 260 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, area: typeof desktop) => a.left >= area.left && a.top >= area.top && a.right <= area.left + area.width && a.bottom <= area.top + area.height;

describe('floating placement (floatBox)', () => {
  it('goes just below the anchor, aligned to its start, when there is room', () => {
    const field = box(100, 200, 300, 40);
    const { box: at } = floatBox(card, [field], field, desktop);
    expect(at).to.include({ left: 100, top: 240 + FLOAT_MARGIN_PX });
  });

  it('goes above the anchor when below is out of view', () => {
    const field = box(100, 800, 300, 40);
    const { box: at } = floatBox(card, [field], field, desktop);
    expect(at.bottom).to.equal(800 - FLOAT_MARGIN_PX);
    expect(inside(at, desktop)).to.be.true;
  });

  it('with no anchor in view, takes a corner of the visible area (bottom end first), off the focused control', () => {
    const { box: at } = floatBox(card, [], box(1000, 800, 200, 40), desktop);
    expect(inside(at, desktop)).to.be.true;
    expect(overlaps(at, box(1000, 800, 200, 40))).to.be.false;
    expect(at.left, 'the start corner, since the end one is taken').to.equal(FLOAT_MARGIN_PX);
  });

  it('mirrors start and end on right-to-left pages', () => {
    expect(floatBox(card, [], null, desktop, true).box.left).to.equal(FLOAT_MARGIN_PX);
    expect(floatBox(card, [], null, desktop, false).box.right).to.equal(1280 - FLOAT_MARGIN_PX);
  });

  it('on a phone with the keyboard open: inside the visual viewport, never over the focused field, shrunk if it must', () => {
    for (const fieldTop of [40, 200, 420]) {
      const field = box(16, fieldTop, 358, 44);
      const { box: at, maxHeight } = floatBox({ width: 384, height: 480 }, [field], field, phoneWithKeyboard);
      expect(inside(at, phoneWithKeyboard), `field at ${fieldTop}`).to.be.true;
      expect(overlaps(at, field), `field at ${fieldTop}`).to.be.false;
      expect(maxHeight).to.be.at.least(MIN_CARD_HEIGHT_PX);
      expect(at.right - at.left, 'narrower than the screen').to.equal(390 - 2 * FLOAT_MARGIN_PX);
    }
  });

  it('a scrolled visual viewport (pinch zoom) moves the card with it', () => {
    const zoomed = { left: 300, top: 400, width: 640, height: 450 };
    const { box: at } = floatBox(card, [], null, zoomed);
    expect(inside(at, zoomed)).to.be.true;
  });
});
