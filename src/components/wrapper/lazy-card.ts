import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ensureLiveRegion } from '../../internal/live-region.js';
import { watchInput } from '../../internal/recent-input.js';
import type { MomentEmitted } from '../../logic/moment.machine.js';
import type { CardController, CardHost, CardOptions } from './card.js';
import { detectedModule } from './on-detection.js';

type CardEvent = Extract<MomentEmitted, { type: 'show' | 'answer' | 'dismiss' | 'close' }>;
const FOR_CARD = new Set<MomentEmitted['type']>(['show', 'answer', 'dismiss', 'close']);

/**
 * Stands in for the card until its module has loaded, so a page whose visitor is never stuck
 * never parses it (docs/architecture.md, "The critical path"). What the machine tells the card
 * while it loads waits here, in order; once loaded, everything goes straight through.
 */
export class LazyCard implements ReactiveController {
  #card: CardController | null = null;
  #waiting: CardEvent[] = [];

  constructor(
    private readonly host: CardHost,
    private readonly options: CardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A live region must exist before text is put in it, whether or not the card has loaded.
    ensureLiveRegion();
    // Whether the card may take room in the flow depends on the visitor's last input (placement.ts).
    watchInput();
    detectedModule.preload();
  }

  /** What the machine says the card must do. */
  emitted(event: MomentEmitted): void {
    if (!FOR_CARD.has(event.type)) return;
    const card = this.#created();
    if (card && !this.#waiting.length) return card.emitted(event);
    // Nothing is on screen yet: only a show needs the card.
    if (!this.#waiting.length && event.type !== 'show') return;
    this.#waiting.push(event as CardEvent);
    if (this.#waiting.length === 1) {
      detectedModule.load().then(
        () => {
          for (const waiting of this.#waiting.splice(0)) this.#created()?.emitted(waiting);
        },
        (error: unknown) => {
          this.#waiting = [];
          this.options.fault(error);
        },
      );
    }
  }

  /** Take the card away (and forget a show still waiting for the module). */
  hide(): void {
    this.#waiting = [];
    this.#card?.hide();
  }

  render(): TemplateResult | typeof nothing {
    return this.#card?.render() ?? nothing;
  }

  #created(): CardController | null {
    const module = detectedModule.module;
    if (!this.#card && module) this.#card = new module.CardController(this.host, this.options);
    return this.#card;
  }
}
