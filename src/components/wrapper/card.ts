import { nothing, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CardPlacement } from '../../controllers/placement.js';
import { announce } from '../../internal/announce.js';
import { deepActiveElement } from '../../internal/dom.js';
import { CONTENT_CHANGE, watchContent } from '../hidden-element.js';
import type { MomentEmitted, MomentEvent } from '../../logic/moment.machine.js';
import type { UnstuckChoice } from '../choice/choice.js';
import type { UnstuckHuman } from '../human/human.js';
import type { UnstuckQuestion } from '../question/question.js';
import { cardStyles } from './card.styles.js';
import { placeClones, type Clones } from './clone.js';
import type { ContentController } from './content.js';
import { renderPanel } from './panel.js';

export interface CardHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly placement: string;
  readonly preview: boolean;
  readonly debug: boolean;
}

export interface CardOptions extends Clones {
  /** The wrapper's approved content (created with this module). */
  content(): ContentController;
  /** The visitor's choices, to the machine. */
  send(event: Extract<MomentEvent, { type: 'choose' | 'dismiss' | 'close' }>): void;
  humanFirst(): boolean;
  /** The question is visible: `unstuck-show`. */
  shown(prompt: string, choices: { value: string; label: string }[], at: number): void;
  /** A reply was taken and its response is visible: `unstuck-answer`. */
  answered(choice: UnstuckChoice, at: number): void;
  fault(error: unknown): void;
}

const styled = new WeakSet<ShadowRoot>();
// Parse the card's stylesheet when this module loads (at idle time), not at the first show.
void cardStyles.styleSheet;
// Lit prepares a template the first time it renders it; render the question's card once, detached,
// while this module arrives, so the first question's frame does not (BENCHMARKS.md, issue 17).
try {
  const noop = () => {};
  const choice = { label: '', value: '' } as UnstuckChoice;
  const panel = renderPanel(
    { view: 'question', question: { prompt: '', dismissLabel: '' } as UnstuckQuestion, human: { label: '' } as UnstuckHuman, humanFirst: false, shown: [{ choice, badge: '', usable: true }], answered: null, warnings: [], badges: false, mode: 'float', popover: false },
    { choose: noop, dismiss: noop, keydown: noop, focusin: noop },
  );
  render(panel, document.createDocumentFragment());
} catch {
  // A warm-up only: the first question prepares its own templates.
}

/** The card's and the debug overlay's styles join the wrapper's in its shadow root, once per root. */
export function adoptCardStyles(host: { readonly renderRoot: HTMLElement | DocumentFragment }): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  const sheet = cardStyles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: cardStyles.cssText }));
}

/**
 * The question card on screen: what it shows (hidden, the question, or a response), showing it
 * without taking focus (one polite announcement instead), moving focus to a response the visitor
 * chose, Esc and the close button, and giving focus back when it closes. This module and what it
 * imports load only when a moment needs the card (docs/architecture.md, "The critical path").
 */
export class CardController implements ReactiveController {
  view: 'hidden' | 'question' | 'response' = 'hidden';
  private answered: UnstuckChoice | null = null;
  private returnFocus: Element | null = null;
  private readonly placement: CardPlacement;

  constructor(
    private readonly host: CardHost,
    private readonly options: CardOptions,
  ) {
    host.addController(this);
    this.placement = new CardPlacement(host, () => this.panel());
    watchContent();
    // An authoring element changed: an open question shows its new labels, badges and warnings.
    host.addEventListener(CONTENT_CHANGE, () => {
      // A hidden card renders nothing from them: no render of the wrapper.
      if (this.view === 'hidden' && !host.debug) return;
      try {
        if (this.view === 'question') options.content().refresh();
      } catch (error) {
        options.fault(error);
      }
      host.requestUpdate();
    });
  }

  /** What the machine says the card must do. */
  emitted(event: MomentEmitted): void {
    if (event.type === 'show') void this.show(event.at);
    else if (event.type === 'answer') void this.answer(event.choice, event.at);
    else if (event.type === 'dismiss' || event.type === 'close') this.hide();
  }

  hostConnected(): void {
    adoptCardStyles(this.host);
  }

  /** Clones the response (if any) and, unless the card hides, the way to a person. */
  private place(response: HTMLTemplateElement | null, withHuman = true): void {
    const content = this.options.content();
    placeClones(this.host, response, withHuman ? (content.humanFor(content.question)?.template ?? null) : null, this.options);
  }

  private async show(at: number): Promise<void> {
    const content = this.options.content();
    const question = content.question!;
    this.answered = null;
    this.placement.start();
    this.set('question');
    this.place(null);
    await this.host.updateComplete;
    // Where it is and how to reach it: the card comes after the wrapped content in the tab order.
    const where = this.placement.mode === 'flow' ? 'below this part of the page' : 'shown over the page, next to this part';
    announce(`${question.prompt} — a question for you, ${where}. Press Tab past its fields to reach it.`);
    this.options.shown(question.prompt, content.shown.map(({ choice }) => ({ value: choice.value, label: choice.label.trim() })), at);
  }

  private async answer(value: string, at: number): Promise<void> {
    const choice = (this.answered = this.options.content().choice(value) ?? null);
    if (!choice) return;
    this.set('response');
    this.place(choice.template);
    this.options.answered(choice, at);
    await this.host.updateComplete;
    (this.host.renderRoot.querySelector('.response') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** Take the card away; focus returns where it was if it was inside. */
  hide(): void {
    if (this.view === 'hidden') return;
    const active = deepActiveElement();
    const focusWasInside = !!active && (this.host.renderRoot.contains(active) || !!active.closest('[data-unstuck-clone]'));
    this.set('hidden');
    this.place(null, false);
    this.placement.stop();
    if (focusWasInside && this.returnFocus?.isConnected) (this.returnFocus as HTMLElement).focus?.({ preventScroll: true });
    this.returnFocus = null;
  }

  render(): TemplateResult | typeof nothing {
    const content = this.options.content();
    const { question } = content;
    const { preview, debug } = this.host;
    if (this.view === 'hidden' || !question) return nothing;
    const state = {
      view: this.view,
      question,
      human: content.humanFor(question),
      humanFirst: this.options.humanFirst(),
      shown: content.shown,
      answered: this.answered,
      warnings: preview || debug ? content.warnings : [],
      badges: preview,
      mode: this.placement.mode,
      popover: this.placement.popover,
    };
    return renderPanel(state, this.handlers);
  }

  private set(view: CardController['view']): void {
    this.view = view;
    this.host.requestUpdate();
  }

  private panel(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.panel');
  }

  private readonly handlers = {
    choose: (choice: UnstuckChoice) => this.options.send({ type: 'choose', choice: choice.value, escalate: choice.escalate, at: Date.now() }),
    dismiss: () => this.options.send({ type: this.view === 'response' ? 'close' : 'dismiss', at: Date.now() }),
    keydown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.handlers.dismiss();
    },
    focusin: (event: FocusEvent) => {
      const from = event.relatedTarget as Element | null;
      if (from && !this.panel()?.contains(from) && !from.closest?.('[data-unstuck-clone]')) this.returnFocus = from;
    },
  };
}
