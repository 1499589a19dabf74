import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../internal/dom.js';
import { recentInput } from '../internal/recent-input.js';

/**
 * Where the card goes (docs/accessibility.md, "Seen at the moment, never in the way"). It takes
 * room in the page's flow (`inline`, `auto`) only when the visitor's own input just happened — the
 * Layout Instability API does not count a shift then — and the prompt and first reply are then in
 * view; otherwise it floats: in the top layer (Popover API) where the browser has it, else fixed
 * above the page, moved with `transform` (which never counts as a layout shift), inside the visual
 * viewport (above an on-screen keyboard), never over the focused control, never taking focus.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The visible area: the visual viewport in the layout viewport's coordinates. */
export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Gap between the floating card, its anchor and the edges of the visible area. */
export const FLOAT_MARGIN_PX = 8;
/** Room the prompt and first reply need, at least, when the card must shrink to stay clear. */
export const MIN_CARD_HEIGHT_PX = 140;

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box | null) => !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a floating card of `card` size goes: just below, then just above each anchor (aligned to
 * its start edge), then the visible area's corners (bottom first) — the first that fits the visible
 * area and stays off `avoid` (the focused control). If none does, the card shrinks into the larger
 * band above or below `avoid`. Returns the box and the height the card may take.
 */
export function floatBox(card: { width: number; height: number }, anchors: Box[], avoid: Box | null, area: Area, rtl = false): { box: Box; maxHeight: number } {
  const m = FLOAT_MARGIN_PX;
  const width = Math.min(card.width, area.width - 2 * m);
  const full = area.height - 2 * m;
  const height = Math.min(card.height, full);
  const [minX, maxX] = [area.left + m, area.left + area.width - m - width];
  const [minY, maxY] = [area.top + m, area.top + area.height - m - height];
  const x = (at: number) => Math.min(Math.max(at, minX), maxX);
  const [start, end] = rtl ? [maxX, minX] : [minX, maxX];
  const candidates: Box[] = [];
  for (const anchor of anchors) {
    const left = x(rtl ? anchor.right - width : anchor.left);
    candidates.push(box(left, anchor.bottom + m, width, height), box(left, anchor.top - m - height, width, height));
  }
  candidates.push(box(end, maxY, width, height), box(start, maxY, width, height), box(end, minY, width, height), box(start, minY, width, height));
  const fits = (b: Box) => b.top >= minY - 0.5 && b.top <= maxY + 0.5;
  const free = candidates.find((b) => fits(b) && !overlaps(b, avoid));
  if (free) return { box: free, maxHeight: full };
  if (!avoid) return { box: candidates.find(fits) ?? box(end, minY, width, height), maxHeight: full };
  // Nowhere free at full height (a phone with its keyboard open): shrink into the larger band.
  const above = avoid.top - m - minY;
  const below = area.top + area.height - m - (avoid.bottom + m);
  const band = Math.max(above, below, MIN_CARD_HEIGHT_PX);
  const shrunk = Math.min(height, band);
  const top = Math.min(Math.max(below >= above ? avoid.bottom + m : avoid.top - m - shrunk, minY), area.top + area.height - m - shrunk);
  return { box: box(x(rtl ? avoid.right - width : avoid.left), top, width, shrunk), maxHeight: shrunk };
}

export type Mode = 'flow' | 'float';

interface PlacementHost extends ReactiveControllerHost, HTMLElement {
  readonly placement: string;
}

/** The visual viewport (above an on-screen keyboard), in client coordinates. */
function visibleArea(): Area {
  const viewport = globalThis.visualViewport;
  return viewport
    ? { left: viewport.offsetLeft, top: viewport.offsetTop, width: viewport.width, height: viewport.height }
    : { left: 0, top: 0, width: innerWidth, height: innerHeight };
}

/** The focused control and its labels: the visitor reads both. */
function withLabels(control: Element): Box {
  const boxes = [control, ...((control as HTMLInputElement).labels ?? [])].map((element) => element.getBoundingClientRect());
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

const supportsPopover = () => typeof HTMLElement.prototype.showPopover === 'function';

/** Keeps the shown card where it is seen and in nobody's way; measured only while it shows. */
export class CardPlacement implements ReactiveController {
  mode: Mode = 'float';
  /** The floating card is in the top layer (Popover API). */
  popover = false;
  /** The card is on screen (across a move in the page). */
  private active = false;
  private listening = false;
  /** A card in the flow was found in view once: it stays there while the visitor scrolls. */
  private settled = false;
  private frame = 0;

  constructor(
    private readonly host: PlacementHost,
    private readonly panel: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** The card is about to show: in the flow only as a result of the visitor's own input. */
  start(): void {
    this.mode = this.host.placement !== 'corner' && recentInput() ? 'flow' : 'float';
    this.popover = this.mode === 'float' && supportsPopover();
    this.settled = false;
    this.active = true;
    this.listen(true);
  }

  stop(): void {
    this.active = false;
    this.listen(false);
  }

  hostUpdated(): void {
    if (this.active) this.place();
  }

  /** Moved in the page: a popover closes when its element leaves the document; open it again. */
  hostConnected(): void {
    if (!this.active) return;
    if (!this.settled) this.listen(true);
    this.place();
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const target of [window, globalThis.visualViewport]) {
      target?.[method]('resize', this.schedule, { passive: true } as AddEventListenerOptions);
      target?.[method]('scroll', this.schedule, { passive: true, capture: true } as AddEventListenerOptions);
    }
    document[method]('focusin', this.schedule, { passive: true } as AddEventListenerOptions);
    if (!on) cancelAnimationFrame(this.frame);
  }

  private readonly schedule = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };

  /** Measures and moves the card (after a render, before the frame paints). */
  private place(): void {
    const panel = this.panel();
    if (!panel) return;
    // Into the top layer before measuring anything: one layout for the frame, not two.
    if (this.popover && !panel.matches(':popover-open')) panel.showPopover();
    const focused = deepActiveElement();
    const control = focused && focused !== document.body && !panel.contains(focused) && !focused.closest('[data-unstuck-clone]') ? withLabels(focused) : null;
    const area = visibleArea();
    if (this.mode === 'flow') {
      if (this.settled) return;
      // In the flow only if the prompt and first reply are in view and clear of the focused control.
      const first = panel.querySelector('.choice') ?? panel;
      const seen = box(area.left, area.top, area.width, area.height);
      const [top, bottom] = [panel.getBoundingClientRect().top, first.getBoundingClientRect().bottom];
      if (top >= seen.top && bottom <= seen.bottom && !overlaps(box(0, top, innerWidth, bottom - top), control)) {
        // It stays where it is: no more measuring on scroll, resize or focus.
        this.settled = true;
        this.listen(false);
        return;
      }
      this.mode = 'float';
      this.popover = supportsPopover();
      this.host.requestUpdate();
      return;
    }
    const rect = panel.getBoundingClientRect();
    const host = this.host.getBoundingClientRect();
    const around = box(host.left, host.top, host.width, host.height);
    const inside = control && focused && this.host.contains(focused) ? [control] : [];
    const { placement } = this.host;
    const anchors = placement === 'corner' ? [] : placement === 'inline' ? [around] : [...inside, around];
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const { box: at, maxHeight } = floatBox({ width: rect.width, height: panel.scrollHeight }, anchors, control, area, rtl);
    // A page's own `::part(panel)` margin would move a floating card: the outer scope wins over
    // the shadow tree's normal declarations, not over its `!important` ones.
    panel.style.setProperty('margin', '0', 'important');
    panel.style.setProperty('max-block-size', `${Math.floor(maxHeight)}px`);
    panel.style.setProperty('transform', `translate(${Math.round(at.left)}px, ${Math.round(at.top)}px)`);
  }
}
