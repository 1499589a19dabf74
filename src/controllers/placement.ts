import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../internal/dom.js';

export type Corner = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';

/** Distance of the corner card from the viewport edges; matches the stylesheet. */
export const CORNER_MARGIN_PX = 16;
const ORDER: Corner[] = ['bottom-end', 'bottom-start', 'top-end', 'top-start'];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a card of this size sits in `corner` of a viewport (in `dir=ltr` terms for `end`). */
export function cornerBox(corner: Corner, width: number, height: number, viewportWidth: number, viewportHeight: number, rtl = false): Box {
  const atEnd = corner.endsWith('end') !== rtl;
  const left = atEnd ? viewportWidth - CORNER_MARGIN_PX - width : CORNER_MARGIN_PX;
  const top = corner.startsWith('bottom') ? viewportHeight - CORNER_MARGIN_PX - height : CORNER_MARGIN_PX;
  return { left, top, right: left + width, bottom: top + height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Picks the first corner where the card does not cover the focused control. */
export function chooseCorner(card: { width: number; height: number }, control: Box, viewport: { width: number; height: number }, rtl = false): Corner {
  for (const corner of ORDER) {
    if (!overlaps(cornerBox(corner, card.width, card.height, viewport.width, viewport.height, rtl), control)) return corner;
  }
  // Nowhere is free (a narrow screen): the edge farther from the control.
  return (control.top + control.bottom) / 2 > viewport.height / 2 ? 'top-end' : 'bottom-end';
}

interface PlacementHost extends ReactiveControllerHost, HTMLElement {
  placement: string;
}

/**
 * Keeps `placement="corner"` from covering the focused control: measured when the card shows
 * and when focus moves while it is open (not in any hot path).
 */
export class CornerPlacement implements ReactiveController {
  corner: Corner = 'bottom-end';
  private active = false;

  constructor(
    private readonly host: PlacementHost,
    private readonly panel: () => Element | null,
  ) {
    host.addController(this);
  }

  start(): void {
    if (this.host.placement !== 'corner' || this.active) return;
    this.active = true;
    document.addEventListener('focusin', this.place, { passive: true });
    window.addEventListener('resize', this.place, { passive: true });
    this.place();
  }

  stop(): void {
    this.active = false;
    document.removeEventListener('focusin', this.place);
    window.removeEventListener('resize', this.place);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private readonly place = () => {
    const panel = this.panel();
    const focused = deepActiveElement();
    if (!panel || !focused || focused === document.body || panel.contains(focused) || focused.closest('[data-unstuck-clone]')) return;
    const card = panel.getBoundingClientRect();
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const corner = chooseCorner(card, focused.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }, rtl);
    if (corner !== this.corner) {
      this.corner = corner;
      this.host.requestUpdate();
    }
  };
}
