import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { coordinator, type Eligibility } from '../../coordinator/coordinator.js';
import type { UnstuckEvent, UnstuckEventDetail, UnstuckMomentDetail } from '../../events/detail.js';
import { UnstuckAnswerEvent } from '../../events/unstuck-answer.js';
import { UnstuckDetectEvent, type UnstuckDetectDetail } from '../../events/unstuck-detect.js';
import { UnstuckDismissEvent } from '../../events/unstuck-dismiss.js';
import { UnstuckErrorEvent } from '../../events/unstuck-error.js';
import { UnstuckEscalateEvent } from '../../events/unstuck-escalate.js';
import { UnstuckOutcomeEvent } from '../../events/unstuck-outcome.js';
import { UnstuckShowEvent } from '../../events/unstuck-show.js';
import { announce, ensureLiveRegion } from '../../internal/announce.js';
import { onOff } from '../../internal/converters.js';
import { deepActiveElement } from '../../internal/dom.js';
import { parseDuration, parseFraction } from '../../internal/duration.js';
import { CONTENT_CHANGE } from '../../internal/hidden-element.js';
import { newId, stableFraction } from '../../internal/ids.js';
import { warnProblem, type Problem } from '../../internal/problems.js';
import { visitId, visitorId } from '../../internal/storage.js';
import { momentMachine, type MomentEmitted, type MomentEvent, type MomentInput, type MomentMachine } from '../../machines/moment.machine.js';
import type { SignalRule, SignalRules } from '../../machines/signals.js';
import { delivery } from '../../sinks/delivery.js';
import { toWire } from '../../sinks/wire.js';
import { ActivitySensor } from '../../sensors/activity.js';
import { ExitIntentSensor } from '../../sensors/exit-intent.js';
import { GoalSensor } from '../../sensors/goal.js';
import { LoopSensor } from '../../sensors/loops.js';
import { RageSensor } from '../../sensors/rage.js';
import { TabAwaySensor } from '../../sensors/tab-away.js';
import type { Sensor } from '../../sensors/sensor.js';
import { UnstuckChoice } from '../choice/choice.js';
import { UnstuckHuman } from '../human/human.js';
import { UnstuckQuestion } from '../question/question.js';
import { CornerPlacement } from './corner-placement.js';
import { MomentEngine } from './engine.js';
import { compileRules, describeRule, type SignalSpec } from './signal-specs.js';
import { wrapperStyles } from './wrapper.styles.js';

const MAX_CHOICES = 5;
const MIN_CHOICES = 3;

type View = 'hidden' | 'question' | 'response';

interface ShownChoice {
  choice: UnstuckChoice;
  badge: string;
  usable: boolean;
}

/**
 * The shared base of every wrapper element. It watches the wrapped content through its
 * sensors, runs one moment machine, asks the one question when a pattern shows the visitor is
 * stuck, shows the approved response, offers a person, and reports the outcome.
 * Subclasses differ only in `signals` (presets), extra sensors and what counts as the goal.
 *
 * @slot - The content to watch (a form, a step, a table…), plus the `<unstuck-question>` and
 *   `<unstuck-human>` authoring elements, which render nothing themselves.
 * @slot response - Filled by the kit with a clone of the chosen response's `<template>`.
 * @slot human - Filled by the kit with a clone of the `<unstuck-human>` `<template>`.
 *
 * @fires unstuck-detect - A pattern crossed its threshold. Cancelable: `preventDefault()` vetoes the question.
 * @fires unstuck-show - The question is visible.
 * @fires unstuck-answer - A choice was taken; its approved response is visible.
 * @fires unstuck-dismiss - The question was closed without a choice.
 * @fires unstuck-escalate - The way to a person was used.
 * @fires unstuck-outcome - Exactly once per detected moment: `continued`, `escalated` or `abandoned`.
 * @fires unstuck-error - A configuration problem (also one `console.warn`).
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
 * @cssprop --unstuck-z-index - Stacking level of the corner card.
 */
export class UnstuckWrapper extends LitElement {
  static override styles = wrapperStyles;

  /** @internal The moment logic; a subclass or a test may provide a variant (`momentMachine.provide(...)`). */
  static machine: MomentMachine = momentMachine;

  /** @internal The signals this element watches and their default thresholds (its presets). */
  static signals: readonly SignalSpec[] = [
    { name: 'idle', kind: 'quiet', preset: '45s' },
    { name: 'loops', kind: 'alternation', preset: '3/90s' },
    { name: 'rage', kind: 'chain', preset: '3/1s' },
    { name: 'exit-intent', kind: 'switch', preset: 'on' },
    { name: 'tab-away', kind: 'count', preset: 'off' },
  ];

  /** @internal Whether the way to a person comes first when `human-first` is not set. */
  static humanFirstByDefault = false;

  /** Id of this stuck moment in reports. Required. */
  @property({ reflect: true }) moment = '';

  /** Journey name, for loops across pages and for reports. */
  @property() journey: string | null = null;

  /** Step of the journey this page is, for loops across pages and for reports. */
  @property() step: string | null = null;

  /** Hesitation: no activity inside while visible and engaged for this long (`45s`, `2m`, `off`). Default per element. */
  @property() idle: string | null = null;

  /** The same two sections or journey pages alternated N times in a window (`3/90s`, `off`). */
  @property() loops: string | null = null;

  /** Repeated clicks on one spot (30 px): N clicks each within the duration of the previous (`3/1s`, `off`). */
  @property() rage: string | null = null;

  /** Pointer leaves through the top of the window after engagement, or on touch a fling to the top (`on`, `off`). */
  @property({ attribute: 'exit-intent' }) exitIntent: string | null = null;

  /** The visitor leaves the tab and comes back N times in a window (`3/5m`); `off` by default. */
  @property({ attribute: 'tab-away' }) tabAway: string | null = null;

  /** CSS selector whose click inside means "moved forward". */
  @property() goal = '[data-unstuck-goal]';

  /** Fraction 0–1 of detected moments that get no question but are measured (control group). */
  @property() holdout: string | null = null;

  /** After a dismissal, do not ask this moment again for this long. */
  @property() cooldown: string | null = null;

  /** How long after detection forward movement still counts as `continued`. */
  @property({ attribute: 'outcome-window' }) outcomeWindow: string | null = null;

  /** Which wrapper wins when two detect at once (higher wins). */
  @property({ type: Number }) priority = 0;

  /**
   * Show the way to a person first and prominently (payment declined, cancellation, security
   * checks). Off by default, on for `unstuck-cancel`; `human-first="off"` turns it off there.
   */
  @property({ attribute: 'human-first', converter: onOff }) humanFirst: boolean | null = null;

  /** `inline` (after the wrapped content) or `corner` (a fixed card that never covers the focused control). */
  @property({ reflect: true }) placement: 'inline' | 'corner' = 'inline';

  /**
   * `light` (default), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`: use it
   * when the page itself has a dark mode).
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Show the question now with approval badges, including hidden choices. Sends and stores
   * nothing: no events are dispatched except `unstuck-error`.
   */
  @property({ type: Boolean, reflect: true }) preview = false;

  /** Live overlay of every signal's count against its threshold and the machine's state. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** Watch nothing. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private view: View = 'hidden';
  @state() private shown: ShownChoice[] = [];
  @state() private warnings: string[] = [];
  @state() private debugText = '';

  private readonly engine = new MomentEngine(this);
  protected readonly activity: ActivitySensor;
  private readonly sensors: Sensor[] = [];
  private readonly corner = new CornerPlacement(this, () => this.renderRoot.querySelector('.panel'));
  private question: UnstuckQuestion | null = null;
  private answered: UnstuckChoice | null = null;
  private detection: string | null = null;
  private signal: string | null = null;
  private dormant = false;
  private returnFocus: Element | null = null;
  private stopDebug?: () => void;

  constructor() {
    super();
    this.activity = new ActivitySensor(this);
    this.sensors.push(
      this.activity,
      new RageSensor(this),
      new LoopSensor(this),
      new ExitIntentSensor(this, () => this.activity.engaged),
      new TabAwaySensor(this, () => this.activity.engaged),
      new GoalSensor(this),
    );
    this.addEventListener(CONTENT_CHANGE, () => this.contentChanged());
  }

  /** @internal Whether a submit of a form inside counts as moving forward. */
  get goalOnSubmit(): boolean {
    return false;
  }

  /** An authoring element changed: an open card shows its new labels, badges and warnings. */
  private contentChanged(): void {
    try {
      this.refreshOpenCard();
    } catch (error) {
      this.fault(error);
    }
    this.requestUpdate();
  }

  private refreshOpenCard(): void {
    if (this.question && this.view === 'question') {
      const shown = this.choicesOf(this.question);
      this.shown = this.preview ? shown : shown.filter((entry) => entry.usable);
      this.warnings = this.warningsFor(this.question, shown);
    }
  }

  /** Adds a sensor; subclasses call it from their constructor. */
  protected addSensor(sensor: Sensor): void {
    this.sensors.push(sensor);
  }

  // ── Public API ────────────────────────────────────────────────────────────

  /** Tell the wrapper the visitor moved forward (same as a goal click). */
  reachGoal(): void {
    this.engine.send({ type: 'goal', at: this.now() });
  }

  /** Ask now, as if `signal` had been detected (default `manual`). Honours every rule. */
  ask(signal = 'manual'): void {
    this.sense({ type: 'ask', signal, at: this.now() });
  }

  // ── Host services for sensors and the engine ──────────────────────────────

  /** @internal */
  sense(event: MomentEvent): void {
    if (this.disabled || this.preview || this.dormant) return;
    // Keystrokes matter to the machine only while a question waits for a pause in typing.
    if (event.type === 'typing') {
      this.lastTypingAt = event.at;
      if (!this.awaitingPause) return;
    }
    this.engine.send(event);
  }

  private lastTypingAt = Number.NEGATIVE_INFINITY;
  private awaitingPause = false;

  /** @internal */
  now(): number {
    return Date.now();
  }

  /** @internal Unexpected errors inside the kit: one warning, never a throw into the page. */
  fault(error: unknown): void {
    this.report({ reason: 'internal-error', attribute: null, message: `ran into an internal error and keeps the page working: ${String(error)}` });
  }

  /** @internal */
  badGoalSelector(error: unknown): void {
    this.report({ reason: 'invalid-attribute', attribute: 'goal', message: `goal="${this.goal}" is not a valid CSS selector (${String(error)}); goal clicks are not counted.` });
  }

  /** @internal */
  beforeLeave(): void {
    for (const sensor of this.sensors) sensor.flush();
  }

  /** @internal */
  get machine(): MomentMachine {
    return (this.constructor as typeof UnstuckWrapper).machine;
  }

  /** @internal */
  machineInput(): MomentInput {
    this.compiled = this.rules();
    return { rules: this.compiled, outcomeWindowMs: this.durationOf('outcome-window', this.outcomeWindow, '10m'), pauseMs: 1_500 };
  }

  /** @internal The current rule of a signal (undefined when off), for sensors. */
  rule(signal: string): SignalRule | undefined {
    this.compiled ??= this.rules();
    return this.compiled[signal];
  }

  private compiled: SignalRules | undefined;

  // ── Lifecycle ─────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    ensureLiveRegion();
    if (!this.moment.trim()) {
      this.report({ reason: 'missing-attribute', attribute: 'moment', message: `has no moment="…" id; its events are reported as "${this.momentId}".` });
    }
    this.dormant = !this.preview && coordinator.seen(this.momentId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    queueMicrotask(() => {
      if (this.isConnected) return; // moved, not removed
      this.hide();
      coordinator.release(this);
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('debug')) this.watchDebug();
    this.checkAttributes(changed);
    if (!this.hasUpdated) return;
    const specs = (this.constructor as typeof UnstuckWrapper).signals;
    const ruleChanged = specs.some((spec) => changed.has(camel(spec.name))) || changed.has('outcomeWindow');
    if (ruleChanged) {
      const { rules, outcomeWindowMs } = this.machineInput();
      this.engine.send({ type: 'configure', rules, outcomeWindowMs });
      for (const sensor of this.sensors) {
        sensor.reconsider();
        sensor.resync();
      }
    }
    if (changed.has('preview') || (changed.has('disabled') && !this.disabled)) {
      this.hide();
      this.engine.restart();
      if (this.debug) this.watchDebug();
      if (this.preview) this.startPreview();
    }
  }

  protected override firstUpdated(): void {
    if (this.preview) this.startPreview();
    this.validateContent();
  }

  /** Attributes read outside the machine: warn once, fall back to the default. */
  private checkAttributes(changed: PropertyValues): void {
    // Frameworks may set the property to a string ("2"): read it as a number.
    if (changed.has('priority') && !Number.isFinite(Number(this.priority))) {
      this.report({ reason: 'invalid-attribute', attribute: 'priority', message: `priority="${this.getAttribute('priority')}" is not a number; using 0.` });
    }
    if (changed.has('placement') && this.placement !== 'inline' && this.placement !== 'corner') {
      this.report({ reason: 'invalid-attribute', attribute: 'placement', message: `placement="${this.placement}" is not inline or corner; using inline.` });
      this.placement = 'inline';
    }
    if (changed.has('goal')) {
      try {
        document.createDocumentFragment().querySelector(this.goal);
      } catch (error) {
        this.badGoalSelector(error);
      }
    }
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    return html`<slot></slot>${this.view === 'hidden' ? nothing : this.renderPanel()}${this.debug ? this.renderDebug() : nothing}`;
  }

  private renderPanel(): TemplateResult {
    const question = this.question!;
    const human = this.humanFor(question);
    const humanPart = html`<div part="human" class="human">
      <p part="human-label" class="human-label">${human?.label ?? 'Talk to a person'}</p>
      <slot name="human"></slot>
    </div>`;
    const warnings = this.preview || this.debug ? this.warnings : [];
    const humanFirst = this.humanFirst ?? (this.constructor as typeof UnstuckWrapper).humanFirstByDefault;
    return html`<section
      part="panel"
      class="panel ${humanFirst ? 'human-first' : ''}"
      role="region"
      aria-labelledby="prompt"
      data-corner=${this.corner.corner}
      @keydown=${this.onPanelKeydown}
      @focusin=${this.onPanelFocusin}
    >
      <div class="header">
        <p id="prompt" part="prompt" class="prompt">${question.prompt}</p>
        <button part="dismiss" class="dismiss" type="button" aria-label=${question.dismissLabel} @click=${this.onDismissClick}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        </button>
      </div>
      ${warnings.map((warning) => html`<p part="warning" class="warning">${warning}</p>`)}
      ${human && humanFirst ? humanPart : nothing}
      ${this.view === 'question'
        ? html`<ul part="choices" class="choices" role="list">
            ${this.shown.map(
              ({ choice, badge, usable }) => html`<li>
                <button part="choice" class="choice" type="button" @click=${() => this.choose(choice)}>${choice.label}</button>
                ${this.preview ? html`<span part="badge" class="badge" data-usable=${usable}>${badge}</span>` : nothing}
              </li>`,
            )}
          </ul>`
        : html`<div part="response" class="response" tabindex="-1" aria-label=${this.answered?.label ?? ''}>
            <slot name="response"></slot>
          </div>`}
      ${human && !humanFirst ? humanPart : nothing}
    </section>`;
  }

  private renderDebug(): TemplateResult {
    return html`<pre part="debug" class="debug" aria-hidden="true">${this.debugText}</pre>`;
  }

  // ── The moment's events ───────────────────────────────────────────────────

  /** Events emitted while the detection waits to be announced (kept in order behind it). */
  private held: MomentEmitted[] | null = null;
  private gaveUp = false;
  private wakeUp: (() => void) | null = null;

  private waitUntil(at: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(0, at - this.now()));
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeUp = null;
        resolve();
      }
      this.wakeUp = done;
    });
  }

  /** @internal Called by the engine for everything the machine emits. */
  onMoment(event: MomentEmitted): void {
    if (this.held && event.type !== 'detect') {
      this.held.push(event);
      // The visitor left while the question waited for the gap: announce the detection now.
      if (event.type === 'outcome') {
        this.gaveUp = true;
        this.wakeUp?.();
      }
      return;
    }
    switch (event.type) {
      case 'detect':
        return void this.onDetect(event.signal, event.signals, event.at);
      case 'show':
        return void this.onShow();
      case 'answer':
        return void this.onAnswer(event.at);
      case 'dismiss':
        this.hide();
        if (!this.preview) coordinator.startCooldown(this.momentId, event.at + this.durationOf('cooldown', this.cooldown, '7d'));
        this.deliver(new UnstuckDismissEvent(this.momentDetail(event.at)));
        return;
      case 'close':
        return this.hide();
      case 'escalate':
        this.deliver(new UnstuckEscalateEvent(this.momentDetail(event.at)));
        return;
      case 'outcome':
        this.deliver(new UnstuckOutcomeEvent({ ...this.momentDetail(event.at), outcome: event.outcome, ms: event.ms, asked: event.asked, suppressed: event.reason }));
        return;
    }
  }

  private async onDetect(signal: string, signals: Record<string, number>, at: number): Promise<void> {
    this.signal = signal;
    this.detection = newId();
    const decide = (verdict: 'ask' | 'holdout' | 'suppress', reason?: string) => {
      if (!this.preview && !(verdict === 'suppress' && (reason === 'busy' || reason === 'gap'))) coordinator.markSeen(this.momentId, at);
      if (verdict === 'ask') {
        // From here until the question shows, typing restarts the wait.
        this.awaitingPause = true;
        this.engine.send({ type: 'typing', at: this.lastTypingAt });
      }
      this.engine.send({ type: 'decide', verdict, reason, at: this.now() });
    };
    this.question = this.pickQuestion(signal);
    this.held = [];
    this.gaveUp = false;
    let eligibility: Eligibility = !this.question
      ? { verdict: 'suppress', reason: 'no-question' }
      : this.preview
        ? { verdict: 'ask' }
        : await coordinator.request(this, this.now());
    // Too soon after another question: wait for the gap to pass (while still on the page).
    while (eligibility.verdict === 'suppress' && eligibility.retryAt !== undefined && this.isConnected && !this.gaveUp) {
      await this.waitUntil(eligibility.retryAt);
      if (!this.isConnected || this.gaveUp) break;
      eligibility = await coordinator.request(this, this.now());
    }
    const suppressed = eligibility.verdict === 'suppress' ? eligibility.reason : null;
    const detect = new UnstuckDetectEvent({ ...this.baseDetail(at), id: this.detection, signals, suppressed, ...this.detectDetail() });
    const proceed = this.deliver(detect);
    // Anything the moment emitted while it waited (an outcome on pagehide) follows its detection.
    const held = this.held;
    this.held = null;
    // An outcome computed before the decision learns why no question came.
    for (const event of held ?? []) this.onMoment(event.type === 'outcome' ? { ...event, reason: event.reason ?? suppressed } : event);
    if (!proceed) {
      coordinator.release(this);
      return decide('suppress', suppressed ?? 'vetoed');
    }
    if (eligibility.verdict === 'suppress') return decide('suppress', eligibility.reason);
    if (this.preview) return decide('ask');
    coordinator.countAsked(this.now());
    if (this.group === 'holdout') {
      coordinator.release(this);
      return decide('holdout');
    }
    decide('ask');
  }

  /** Extra detail for `unstuck-detect` (e.g. the plans compared); subclasses add theirs. */
  protected detectDetail(): Partial<UnstuckDetectDetail> {
    return {};
  }

  /** Adjust a clone of an approved response before it is shown (e.g. name the plan in view). */
  protected fillResponse(_response: HTMLElement): void {}

  private async onShow(): Promise<void> {
    this.awaitingPause = false;
    this.answered = null;
    this.view = 'question';
    this.placeClones(null);
    await this.updateComplete;
    this.corner.start();
    const question = this.question!;
    announce(`${question.prompt}`);
    this.deliver(
      new UnstuckShowEvent({ ...this.momentDetail(this.now()), question: question.prompt, choices: this.shown.map(({ choice }) => choice.value) }),
    );
  }

  private async onAnswer(at: number): Promise<void> {
    const choice = this.answered!;
    this.view = 'response';
    this.placeClones(choice.template);
    this.deliver(new UnstuckAnswerEvent({ ...this.momentDetail(at), choice: choice.value, approval: choice.approval }));
    await this.updateComplete;
    (this.renderRoot.querySelector('.response') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private choose(choice: UnstuckChoice): void {
    this.answered = choice;
    this.engine.send({ type: 'choose', choice: choice.value, escalate: choice.escalate, at: this.now() });
  }

  private readonly onDismissClick = () => {
    this.engine.send(this.view === 'response' ? { type: 'close', at: this.now() } : { type: 'dismiss', at: this.now() });
  };

  private readonly onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onDismissClick();
  };

  private readonly onPanelFocusin = (event: FocusEvent) => {
    const from = event.relatedTarget as Element | null;
    if (from && !this.panelContains(from)) this.returnFocus = from;
  };

  private panelContains(node: Element): boolean {
    const panel = this.renderRoot.querySelector('.panel');
    return !!panel?.contains(node) || !!node.closest?.('[data-unstuck-clone]');
  }

  /** Take the card away; focus returns where it was if it was inside. */
  private hide(): void {
    if (this.view === 'hidden') return;
    const active = deepActiveElement();
    const focusWasInside = !!active && (this.renderRoot.contains(active) || !!active.closest('[data-unstuck-clone]'));
    this.view = 'hidden';
    this.placeClones(null, false);
    this.corner.stop();
    coordinator.release(this);
    if (focusWasInside && this.returnFocus?.isConnected) (this.returnFocus as HTMLElement).focus?.({ preventScroll: true });
    this.returnFocus = null;
  }

  // ── Content: question, choices, human ─────────────────────────────────────

  /** The first question that answers this signal and has enough usable choices. */
  private pickQuestion(signal: string): UnstuckQuestion | null {
    for (const question of this.ownQuestions()) {
      if (!this.preview && !question.answers(signal)) continue;
      const shown = this.choicesOf(question);
      if (this.preview || shown.filter((entry) => entry.usable).length >= MIN_CHOICES) {
        this.shown = this.preview ? shown : shown.filter((entry) => entry.usable);
        this.warnings = this.warningsFor(question, shown);
        return question;
      }
    }
    return null;
  }

  /** What preview and debug show on the card about the configuration. */
  private warningsFor(question: UnstuckQuestion, shown: ShownChoice[]): string[] {
    const warnings: string[] = [];
    if (!this.humanFor(question)) warnings.push('No way to a person: add <unstuck-human> with a <template>.');
    if (shown.filter((entry) => entry.usable).length < MIN_CHOICES) warnings.push('Fewer than 3 approved choices: this question is not asked in production.');
    if (!this.moment.trim()) warnings.push('No moment="…" id: reports cannot tell this moment apart.');
    return warnings;
  }

  /** The choices of a question with their status; reports each problem once. */
  private choicesOf(question: UnstuckQuestion): ShownChoice[] {
    const now = this.now();
    const values = new Set<string>();
    if (looksLikeMarkup(question.prompt)) {
      this.report({ reason: 'markup-in-text', attribute: 'prompt', message: `question prompt contains markup; it is shown as plain text.` });
    }
    const all = question.choices.map((choice) => {
      const status = choice.status(now);
      if (status.problem) this.report(status.problem);
      if (looksLikeMarkup(choice.label)) {
        this.report({ reason: 'markup-in-text', attribute: 'label', message: `choice "${choice.value}" has markup in its label; it is shown as plain text.` });
      }
      if (status.usable && values.has(choice.value)) {
        this.report({ reason: 'duplicate-value', attribute: 'value', message: `has two choices with value="${choice.value}"; only the first is shown.` });
        return { choice, badge: 'Duplicate value — hidden in production', usable: false };
      }
      values.add(choice.value);
      return { choice, badge: status.badge, usable: status.usable };
    });
    const usable = all.filter((entry) => entry.usable);
    if (usable.length > MAX_CHOICES) {
      this.report({ reason: 'too-many-choices', attribute: null, message: `question "${question.prompt}" has ${usable.length} usable choices; only the first ${MAX_CHOICES} are shown.` });
      const kept = new Set(usable.slice(0, MAX_CHOICES));
      return all.map((entry) => (entry.usable && !kept.has(entry) ? { ...entry, usable: false, badge: 'Beyond the first 5 — hidden' } : entry));
    }
    if (usable.length < MIN_CHOICES) {
      this.report({ reason: 'too-few-choices', attribute: null, message: `question "${question.prompt}" has ${usable.length} usable choices (needs ${MIN_CHOICES}–${MAX_CHOICES}); it is not asked.` });
    }
    return all;
  }

  private ownQuestions(): UnstuckQuestion[] {
    return Array.from(this.querySelectorAll('unstuck-question')).filter(
      (question): question is UnstuckQuestion => question instanceof UnstuckQuestion && this.owns(question),
    );
  }

  /** The question's own `unstuck-human`, else the wrapper's. */
  private humanFor(question: UnstuckQuestion): UnstuckHuman | null {
    const own = Array.from(question.children).find((child): child is UnstuckHuman => child instanceof UnstuckHuman);
    if (own?.template) return own;
    const wrapperHuman = Array.from(this.querySelectorAll('unstuck-human')).find(
      (human): human is UnstuckHuman => human instanceof UnstuckHuman && this.owns(human) && !human.closest('unstuck-question') && !!human.template,
    );
    return wrapperHuman ?? null;
  }

  /** Authoring elements belong to the nearest wrapper around them. */
  private owns(element: Element): boolean {
    let parent = element.parentElement;
    while (parent && parent !== this) {
      if (parent instanceof UnstuckWrapper) return false;
      parent = parent.parentElement;
    }
    return parent === this;
  }

  /** Checks the authoring content once it is parsed, so problems show up before any visitor is stuck. */
  private validateContent(): void {
    const questions = this.ownQuestions();
    if (questions.length === 0) {
      this.report({ reason: 'no-question', attribute: null, message: 'has no <unstuck-question>; it measures but never asks.' });
    }
    // The debug overlay shows them from the start, so an editor can fix the page before testing.
    this.warnings = questions[0]
      ? this.warningsFor(questions[0], this.choicesOf(questions[0]))
      : ['No <unstuck-question>: this wrapper measures but never asks.'];
    this.refreshDebug?.();
    for (const question of questions) {
      this.choicesOf(question);
      if (!this.humanFor(question)) {
        this.report({ reason: 'missing-human', attribute: null, message: `question "${question.prompt}" has no <unstuck-human> with a <template>: add a way to a person.` });
      }
    }
  }

  /**
   * Clones the approved response and the human path into the light DOM (so the site's CSS
   * styles them), or removes the clones. Scripts are dropped from clones.
   */
  private placeClones(response: HTMLTemplateElement | null | undefined, withHuman = true): void {
    for (const clone of Array.from(this.querySelectorAll(':scope > [data-unstuck-clone]'))) clone.remove();
    const human = withHuman && this.question ? this.humanFor(this.question) : null;
    if (response) {
      const clone = cloneTemplate(response, 'response');
      this.fillResponse(clone);
      this.append(clone);
    }
    if (human?.template) {
      const clone = cloneTemplate(human.template, 'human');
      clone.addEventListener('click', (event) => {
        if ((event.target as Element).closest?.('a[href], button, [role=button], [role=link]')) {
          this.engine.send({ type: 'escalate', at: this.now() });
        }
      });
      this.append(clone);
    }
  }

  // ── Preview and debug ─────────────────────────────────────────────────────

  private startPreview(): void {
    // After the children are parsed and upgraded.
    queueMicrotask(() => this.engine.send({ type: 'ask', signal: 'preview', at: this.now() }));
  }

  private refreshDebug?: () => void;

  private watchDebug(): void {
    this.stopDebug?.();
    this.stopDebug = undefined;
    this.refreshDebug = undefined;
    if (!this.debug) return;
    const refresh = () => {
      const snapshot = this.engine.snapshot;
      if (!snapshot) return;
      const { rules, counts } = snapshot.context;
      const lines = Object.entries(rules).map(([name, rule]) => {
        const progress = rule.kind === 'quiet' ? 'timer' : describeRule(rule) === 'on' ? 'watching:' : `${counts[name] ?? 0} of`;
        return `${name.padEnd(12)} ${progress} ${describeRule(rule)}`;
      });
      this.debugText = [`${this.localName} · ${this.momentId}`, `state: ${JSON.stringify(snapshot.value)}`, ...lines, ...this.warnings.map((warning) => `⚠ ${warning}`)].join('\n');
    };
    refresh();
    this.refreshDebug = refresh;
    this.stopDebug = this.engine.observe(refresh);
  }

  // ── Events out ────────────────────────────────────────────────────────────

  /** @internal The moment id in reports (a stand-in when the attribute is missing). */
  get momentId(): string {
    return this.moment.trim() || `unnamed-${this.localName}`;
  }

  /** This visitor's stable group for this moment. */
  private get group(): 'treatment' | 'holdout' {
    if (this.preview) return 'treatment';
    const fraction = this.fractionOf('holdout', this.holdout, coordinator.settings.holdout);
    return fraction > 0 && stableFraction(`${visitorId()}:${this.momentId}`) < fraction ? 'holdout' : 'treatment';
  }

  private baseDetail(at: number): UnstuckEventDetail {
    return {
      id: newId(),
      moment: this.momentId,
      journey: this.journey,
      step: this.step,
      element: this.localName,
      signal: this.signal,
      group: this.group,
      at,
      visit: this.preview ? 'preview' : visitId(),
      ...(this.preview ? { preview: true } : {}),
    };
  }

  private momentDetail(at: number): UnstuckMomentDetail {
    return { ...this.baseDetail(at), detection: this.detection ?? '' };
  }

  /**
   * Dispatches from the wrapper, or from the document once the wrapper was removed (so a
   * late outcome still reaches listeners). Nothing is dispatched in preview but errors.
   * Returns false when a listener cancelled the event.
   */
  private deliver(event: UnstuckEvent<UnstuckEventDetail>): boolean {
    if (this.preview && !(event instanceof UnstuckErrorEvent)) return true;
    const proceed = this.isConnected ? this.dispatchEvent(event) : document.dispatchEvent(event);
    if (!this.preview) delivery.publish(toWire(event));
    return proceed;
  }

  /** @internal One `console.warn` and one `unstuck-error` per problem. */
  report(problem: Problem): void {
    if (!warnProblem(this, problem)) return;
    try {
      this.deliver(new UnstuckErrorEvent({ ...this.baseDetail(this.now()), ...problem }));
    } catch {
      // A listener that throws must not turn a warning into a page error.
    }
  }

  // ── Attributes → rules ────────────────────────────────────────────────────

  private rules() {
    const specs = (this.constructor as typeof UnstuckWrapper).signals;
    return compileRules(specs, (name) => (this as unknown as Record<string, string | null>)[camel(name)] ?? null, (problem) => this.report(problem));
  }

  private durationOf(attribute: string, value: string | null, fallback: string): number {
    if (value === null) return parseDuration(fallback) as number;
    const ms = parseDuration(value);
    if (typeof ms === 'number') return ms;
    this.report({ reason: 'invalid-attribute', attribute, message: `${attribute}="${value}" is not a duration such as 30s, 10m or 7d; using ${fallback}.` });
    return parseDuration(fallback) as number;
  }

  private fractionOf(attribute: string, value: string | null, fallback: number): number {
    if (value === null) return fallback;
    const fraction = parseFraction(value);
    if (fraction !== undefined) return fraction;
    this.report({ reason: 'invalid-attribute', attribute, message: `${attribute}="${value}" is not a fraction between 0 and 1; using ${fallback}.` });
    return fallback;
  }
}

/** Text that an author may have meant as HTML: it is rendered as text, with a warning. */
const looksLikeMarkup = (text: string | null) => /<[a-z!/]/i.test(text ?? '');

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function cloneTemplate(template: HTMLTemplateElement, slot: 'response' | 'human'): HTMLElement {
  const container = document.createElement('div');
  container.slot = slot;
  container.dataset.unstuckClone = slot;
  // Frameworks that build a <template> with DOM calls (React, Vue) put its children on the
  // element itself instead of in .content: accept both.
  const source = template.content.childNodes.length ? template.content : template;
  const content = document.createDocumentFragment();
  for (const node of Array.from(source.childNodes)) content.append(node.cloneNode(true));
  defuse(content);
  container.append(content);
  return container;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];

/**
 * Approved content is the team's own markup, but it is pasted by people: clones never carry
 * scripts, inline event handlers or `javascript:` URLs (cloning from an inert template means
 * none of them has run yet).
 */
function defuse(content: DocumentFragment): void {
  for (const script of Array.from(content.querySelectorAll('script'))) script.remove();
  for (const element of Array.from(content.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || (URL_ATTRIBUTES.includes(lower) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u001f]/g, '')))) {
        element.removeAttribute(name);
      }
    }
  }
}
