import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DebugController } from '../../controllers/debug.js';
import { Dispatcher } from '../../controllers/dispatch.js';
import { MomentController } from '../../controllers/moment.js';
import { SensorsController } from '../../controllers/sensors.js';
import type { UnstuckDetectDetail } from '../../events/unstuck-detect.js';
import { onOff } from '../../internal/converters.js';
import type { MomentEvent } from '../../logic/moment.setup.js';
import { publish } from '../../page/consent.js';
import { COMMON_SIGNALS } from '../../signals/common.js';
import type { Sensor } from '../../signals/sensor.js';
import { propertyOf, signalsSet, untilSet, type Presets, type SensorClass, type Signal, type SignalProperties } from '../../signals/signal.js';
import { checkWrapperAttributes, readDuration } from '../attributes.js';
import { UnstuckElement } from '../unstuck-element.js';
import type { ContentController } from './content.js';
import { LazyCard } from './lazy-card.js';
import { detectedModule } from './on-detection.js';
import { linkToPage } from './page-link.js';
import { wrapperStyles } from './wrapper.styles.js';

/** What a subclass adds to `unstuck-detect`'s detail (e.g. the plans compared). Behind a symbol: not public. */
export const detectDetail = Symbol('detectDetail');
/** How a subclass adjusts a clone of an approved response before it shows (e.g. names the plan in view). */
export const fillResponse = Symbol('fillResponse');
/** The sensor feeding one of this wrapper's signals, for subclasses (e.g. search reports a search to it). */
export const sensorOf = Symbol('sensorOf');

// The signal properties (idle, loops, rage, deadClick, pattern…) come from the signal list.
export interface UnstuckWrapper extends SignalProperties<typeof COMMON_SIGNALS> {}

/**
 * The shared base of every wrapper element. It watches the wrapped content through the sensors of
 * its signals, runs one moment machine, asks the one question when a pattern shows the visitor is
 * stuck, shows the approved response, offers a person, and reports the outcome. A wrapper differs
 * only by its signal list, presets and goal (docs/architecture.md).
 *
 * @slot - The content to watch (a form, a step, a table…), plus the `<unstuck-question>` and
 *   `<unstuck-human>` authoring elements, which render nothing themselves.
 * @slot response - Filled by the kit with a clone of the chosen response's `<template>`.
 * @slot human - Filled by the kit with a clone of the `<unstuck-human>` `<template>`.
 *
 * @fires {UnstuckDetectEvent} unstuck-detect - A pattern crossed its threshold. Cancelable: `preventDefault()` vetoes the question.
 * @fires {UnstuckShowEvent} unstuck-show - The question is visible.
 * @fires {UnstuckAnswerEvent} unstuck-answer - A choice was taken; its approved response is visible.
 * @fires {UnstuckDismissEvent} unstuck-dismiss - The question was closed without a choice.
 * @fires {UnstuckEscalateEvent} unstuck-escalate - The way to a person was used.
 * @fires {UnstuckOutcomeEvent} unstuck-outcome - Exactly once per detected moment: `continued`, `escalated` or `abandoned`.
 * @fires {UnstuckErrorEvent} unstuck-error - A configuration problem (also one `console.warn`).
 *
 * @csspart panel - The question card (a labelled region).
 * @csspart prompt - The question text.
 * @csspart choices - The list of replies.
 * @csspart choice - One reply button.
 * @csspart badge - The approval badge under a reply (preview only).
 * @csspart dismiss - The close button.
 * @csspart response - The area holding the approved response.
 * @csspart human - The way to a person.
 * @csspart human-label - The heading of the way to a person.
 * @csspart warning - A configuration warning shown in preview and debug.
 * @csspart debug - The debug overlay.
 *
 * @cssprop --unstuck-font - Font family of the card. Default: inherited from the page.
 * @cssprop --unstuck-color-surface - Card background.
 * @cssprop --unstuck-color-text - Card text colour.
 * @cssprop --unstuck-color-muted - Secondary text (badges, labels).
 * @cssprop --unstuck-color-accent - Reply buttons' border and focus ring.
 * @cssprop --unstuck-color-accent-text - Text on accent surfaces.
 * @cssprop --unstuck-color-border - Card border.
 * @cssprop --unstuck-color-warning - Warnings and "hidden in production" badges.
 * @cssprop --unstuck-radius - Corner radius of the card and buttons.
 * @cssprop --unstuck-space - Base spacing unit.
 * @cssprop --unstuck-shadow - Card elevation.
 * @cssprop --unstuck-max-width - Widest the card may be.
 * @cssprop --unstuck-z-index - Stacking level of the floating card where the browser has no Popover API (in the top layer otherwise).
 */
export class UnstuckWrapper extends UnstuckElement {
  static override styles = wrapperStyles;

  /** The signals this element watches; each creates its attribute, property and sensor (docs/architecture.md, "Add a signal"). */
  static signals: readonly Signal[] = COMMON_SIGNALS;

  /** This element's defaults for some signals, e.g. `{ idle: '30s' }`. */
  static presets: Presets = {};

  /** Whether the way to a person comes first when `human-first` is not set. */
  static humanFirstByDefault = false;

  /** Whether a submit of a form inside counts as moving forward. */
  static submitIsGoal = false;

  /** Sensors this element has besides its signals' (e.g. the cancel flow's confirm hold). */
  static sensors: readonly SensorClass[] = [];

  /** Each signal's attribute becomes a property, null while unset, before the class is registered (Lit's `finalize`). */
  protected static override finalize(): void {
    if (Object.hasOwn(this, 'finalized')) return;
    for (const { name } of this.signals) this.createProperty(untilSet(this.prototype, propertyOf(name), null, signalsSet), { attribute: name });
    super.finalize();
  }

  // Lit properties without decorators (their helpers cost more on the critical path than this), each
  // reading its default until set: no element assigns them when made (docs/architecture.md, "Start-up").
  static {
    const defaults = { moment: '', journey: null, step: null, goal: '[data-unstuck-goal]', holdout: null, cooldown: null, outcomeWindow: null, priority: 0, humanFirst: null, placement: 'auto', theme: 'light', preview: false, debug: false, disabled: false };
    for (const [name, fallback] of Object.entries(defaults)) untilSet(this.prototype, name, fallback);
  }
  static override properties: PropertyDeclarations = {
    // `useDefault` (Lit): a default is not written to the host, and removing the attribute restores it.
    moment: { reflect: true, useDefault: true }, journey: {}, step: {}, goal: {}, holdout: {}, cooldown: {},
    outcomeWindow: { attribute: 'outcome-window' }, priority: { type: Number }, humanFirst: { attribute: 'human-first', converter: onOff },
    placement: { reflect: true, useDefault: true }, theme: { reflect: true, useDefault: true },
    preview: { type: Boolean, reflect: true, useDefault: true }, debug: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
  };

  /** Id of this stuck moment in reports. Required. @default '' */
  declare moment: string;
  /** Journey name, for loops across pages and for reports. @default null */
  declare journey: string | null;
  /** Step of the journey this page is, for loops across pages and for reports. @default null */
  declare step: string | null;
  /** CSS selector whose click inside means "moved forward". @default '[data-unstuck-goal]' */
  declare goal: string;
  /** Fraction 0–1 of detected moments that get no question but are measured (control group). @default null */
  declare holdout: string | null;
  /** After a dismissal, do not ask this moment again for this long. @default null */
  declare cooldown: string | null;
  /** How long after detection forward movement still counts as `continued`. @default null */
  declare outcomeWindow: string | null;
  /** Which wrapper wins when two detect at once (higher wins). @default 0 */
  declare priority: number;
  /** Show the way to a person first and prominently (payment declined, cancellation, security checks). Off by default, on for `unstuck-cancel`; `human-first="off"` turns it off there. @default null */
  declare humanFirst: boolean | null;
  /** `auto` (default: in the page's flow after the content when the visitor's input just caused it and it is in view, else floating near where they are stuck), `inline` (after the wrapped content; floating at that spot when it would push the page), or `corner` (a corner of the visible area). Never over the focused control or the on-screen keyboard. @default 'auto' */
  declare placement: 'auto' | 'inline' | 'corner';
  /** `light` (default), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`: use it when the page itself has a dark mode). @default 'light' */
  declare theme: 'light' | 'dark' | 'auto';
  /** Show the question now with approval badges, including hidden choices. Sends and stores nothing: no events are dispatched except `unstuck-error`. @default false */
  declare preview: boolean;
  /** Live overlay of every signal's count against its threshold and the machine's state. @default false */
  declare debug: boolean;
  /** Watch nothing. A moment under way ends as if the visitor left (it is still measured). @default false */
  declare disabled: boolean;

  readonly #warn = (problem: Parameters<Dispatcher['problem']>[0]) => this.#dispatch.problem(problem);
  readonly #fault = (error: unknown) =>
    this.#warn({ reason: 'internal-error', attribute: null, message: `ran into an internal error and keeps the page working: ${String(error)}` });
  readonly #page = linkToPage(this, {
    moment: () => this.#momentId,
    // Before the content's module has loaded (a visitor leaving at once) nothing says there is no question.
    pick: (signal) => this.#content?.pick(signal) !== null,
    announce: (detection) => this.#dispatch.detect(detection, this[detectDetail]()),
    warn: this.#warn,
  });

  readonly #dispatch = new Dispatcher(this, { moment: () => this.#momentId, group: () => this.#page.group(), publish });

  #contentController?: ContentController;
  /** The approved content, once its module (detected.ts) has loaded. */
  get #content(): ContentController | undefined {
    const module = detectedModule.module;
    return (this.#contentController ??= module && new module.ContentController(this, {
      warn: this.#warn,
      preview: () => this.preview,
      unnamed: () => !this.moment.trim(),
      isWrapper: (element) => element instanceof UnstuckWrapper,
    }));
  }

  readonly #sensors = new SensorsController(this, this.#class.signals, this.#class.presets, {
    sense: (observation) => this.#sense(observation),
    moment: () => this.#momentId,
    submitIsGoal: () => this.#class.submitIsGoal,
    configure: (rules) => this.#moment.send({ type: 'configure', rules, outcomeWindowMs: this.#outcomeWindowMs() }),
    fault: this.#fault,
    warn: this.#warn,
  }, this.#class.sensors);

  readonly #moment = new MomentController(this, {
    module: detectedModule,
    rules: () => this.#sensors.rules,
    outcomeWindowMs: () => this.#outcomeWindowMs(),
    seen: () => this.#page.seen(),
    page: this.#page.page,
    emitted: (event) => (this.#card.emitted(event), this.#dispatch.emitted(event)),
    beforeLeave: () => this.#sensors.flush(),
    fault: this.#fault,
  });

  readonly #card = new LazyCard(this, {
    content: () => this.#content!,
    // Preview shows the card without a moment: the visitor's choices go straight back to it.
    send: (event) => (this.preview ? this.#card.emitted(event.type === 'choose' ? { ...event, type: 'answer' } : event) : this.#moment.send(event)),
    humanFirst: () => this.humanFirst ?? this.#class.humanFirstByDefault,
    shown: (question, choices, at) => this.#dispatch.show(at, question, choices),
    answered: (choice, at) => this.#dispatch.answer(at, choice.value, choice.label.trim(), choice.approval),
    fill: (response) => this[fillResponse](response),
    escalated: () => this.#sense({ type: 'escalate', at: Date.now() }),
    fault: this.#fault,
  });

  #debug?: DebugController;
  /** The debug overlay comes with the card's module: created when `debug` is first on. */
  #refreshDebug(): void {
    if (!this.debug && !this.#debug) return;
    const module = detectedModule.module;
    if (!module) return this.#afterModule(() => this.requestUpdate(), true);
    if (!this.#debug) {
      module.adoptCardStyles(this);
      this.#debug = new module.DebugController(this, {
        label: () => `${this.localName} · ${this.#momentId}`,
        rules: () => this.#sensors.rules,
        moment: () => this.#moment.view,
        warnings: () => this.#content?.warnings ?? [],
        observe: (listener) => this.#moment.observe(listener),
      });
    }
    this.#debug.refresh();
  }

  /** Tell the wrapper the visitor moved forward (same as a goal click). */
  reachGoal(): void {
    this.#sense({ type: 'goal', at: Date.now() });
  }

  /** Ask now, as if `signal` had been detected (default `manual`). Honours every rule. */
  ask(signal = 'manual'): void {
    this.#sensors.listenNow();
    this.#sense({ type: 'ask', signal, at: Date.now() });
  }

  protected [detectDetail](): Partial<UnstuckDetectDetail> {
    return {};
  }
  protected [fillResponse](_response: HTMLElement): void {}
  protected [sensorOf]<S extends Sensor>(signal: Signal<string, S>): S | undefined {
    return this.#sensors.of(signal);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.moment.trim()) {
      this.#warn({ reason: 'missing-attribute', attribute: 'moment', message: `has no moment="…" id; its events are reported as "${this.#momentId}".` });
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    checkWrapperAttributes(this, changed, this.#warn);
    if (this.hasUpdated && (this.#sensors.affectedBy(changed) || changed.has('outcomeWindow'))) this.#sensors.rulesChanged();
    // Leaving a mode ends its actor (a live moment is still measured); the next observation starts a fresh one.
    if (this.hasUpdated && (changed.has('preview') || changed.has('disabled'))) {
      this.#moment.end();
      this.#card.hide();
      if (this.preview) this.#startPreview();
    }
    this.#refreshDebug();
  }

  protected override firstUpdated(): void {
    if (this.preview) this.#startPreview();
    // Problems in the content show once its module has loaded (at idle time): before any visitor is stuck.
    this.#afterModule(() => (this.#content?.validate(), this.#refreshDebug()));
  }

  /** Run `use` now if the detected module is there, else once it arrives (fetching it now when `load`). */
  #afterModule(use: () => void, load = false): void {
    if (detectedModule.module) return use();
    (load ? detectedModule.load() : detectedModule.loaded()).then(() => this.isConnected && use(), this.#fault);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>${this.#card.render()}${this.debug && this.#debug ? html`<pre part="debug" class="debug" aria-hidden="true">${this.#debug.text}</pre>` : nothing}`;
  }

  get #class(): typeof UnstuckWrapper {
    return this.constructor as typeof UnstuckWrapper;
  }

  /** The moment id in reports (a stand-in when the attribute is missing). */
  get #momentId(): string {
    return this.moment.trim() || `unnamed-${this.localName}`;
  }

  #outcomeWindowMs(): number {
    return readDuration('outcome-window', this.outcomeWindow, 600_000, this.#warn);
  }

  /** Observations reach the machine only while the wrapper watches (not disabled, not previewing). */
  #sense(event: MomentEvent): void {
    if (!this.disabled && !this.preview) this.#moment.send(event);
  }

  #startPreview(): void {
    // After the children are parsed and upgraded, and the card's module is there.
    this.#afterModule(() => queueMicrotask(() => this.preview && this.#content?.pick('preview') && this.#card.emitted({ type: 'show', at: Date.now() })), true);
  }
}
