import type { Problem } from '../../internal/problems.js';
import type { UnstuckChoice } from '../choice/choice.js';
import { UnstuckHuman } from '../human/human.js';
import { UnstuckQuestion } from '../question/question.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const parseDay = (text: string | null): number | undefined => {
  if (!text || !ISO_DATE.test(text.trim())) return undefined;
  const time = Date.parse(`${text.trim()}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
};

/** Whether a choice may be shown to visitors, and what a preview badge says about it. */
export interface ChoiceStatus {
  usable: boolean;
  /** One line for the preview badge. */
  badge: string;
  problem?: Problem;
}

const MAX_CHOICES = 5;
const MIN_CHOICES = 3;

/** A choice as the card shows it: usable in production or not, and its preview badge. */
export interface ShownChoice {
  choice: UnstuckChoice;
  badge: string;
  usable: boolean;
}

export interface ContentOptions {
  warn(problem: Problem): void;
  preview(): boolean;
  /** The moment id is missing (a warning on the card). */
  unnamed(): boolean;
  /** Is this element a wrapper (authoring elements belong to the nearest one)? */
  isWrapper(element: Element): boolean;
}

/**
 * The wrapper's approved content: which question answers a signal, which of its choices may be
 * shown (approval rules, 3–5 choices, each problem reported once) and the way to a person.
 * Cloning what is shown belongs to the card (clone.ts), which loads only when needed.
 */
export class ContentController {
  /** The question of the moment under way. */
  question: UnstuckQuestion | null = null;
  shown: ShownChoice[] = [];
  /** What preview and debug show on the card about the configuration. */
  warnings: string[] = [];

  constructor(
    private readonly host: HTMLElement,
    private readonly options: ContentOptions,
  ) {}

  /** The first question that answers this signal and has enough usable choices (any question in preview). */
  pick(signal: string): UnstuckQuestion | null {
    const preview = this.options.preview();
    for (const question of this.questions()) {
      if (!preview && !question.answers(signal)) continue;
      const all = this.choicesOf(question);
      if (preview || all.filter((entry) => entry.usable).length >= MIN_CHOICES) {
        this.show(question, all);
        return (this.question = question);
      }
    }
    return null;
  }

  /** An authoring element changed: an open question shows its new labels, badges and warnings. */
  refresh(): void {
    if (this.question) this.show(this.question, this.choicesOf(this.question));
  }

  /** Checks the authoring content once parsed, so problems show before any visitor is stuck. */
  validate(): void {
    const questions = this.questions();
    if (!questions.length) this.options.warn({ reason: 'no-question', attribute: null, message: 'has no <unstuck-question>; it measures but never asks.' });
    // The debug overlay shows the first question's warnings from the start, so an editor can fix the page before testing.
    this.warnings = ['No <unstuck-question>: this wrapper measures but never asks.'];
    questions.forEach((question, index) => {
      const all = this.choicesOf(question);
      if (!this.humanFor(question)) {
        this.options.warn({ reason: 'missing-human', attribute: null, message: `question "${question.prompt}" has no <unstuck-human> with a <template>: add a way to a person.` });
      }
      if (index === 0) this.warnings = this.warningsFor(question, all);
    });
  }

  /** The question's own `unstuck-human`, else the wrapper's. */
  humanFor(question: UnstuckQuestion | null): UnstuckHuman | null {
    if (!question) return null;
    const own = Array.from(question.children).find((child): child is UnstuckHuman => child instanceof UnstuckHuman);
    if (own?.template) return own;
    const mine = Array.from(this.host.querySelectorAll('unstuck-human')).find(
      (human): human is UnstuckHuman => human instanceof UnstuckHuman && this.owns(human) && !human.closest('unstuck-question') && !!human.template,
    );
    return mine ?? null;
  }

  /** The shown choice with this value. */
  choice(value: string | null): UnstuckChoice | undefined {
    return this.shown.find(({ choice }) => choice.value === value)?.choice;
  }

  private show(question: UnstuckQuestion, all: ShownChoice[]): void {
    this.shown = this.options.preview() ? all : all.filter((entry) => entry.usable);
    this.warnings = this.warningsFor(question, all);
  }

  private warningsFor(question: UnstuckQuestion, all: ShownChoice[]): string[] {
    const warnings: string[] = [];
    if (!this.humanFor(question)) warnings.push('No way to a person: add <unstuck-human> with a <template>.');
    if (all.filter((entry) => entry.usable).length < MIN_CHOICES) warnings.push('Fewer than 3 approved choices: this question is not asked in production.');
    if (this.options.unnamed()) warnings.push('No moment="…" id: reports cannot tell this moment apart.');
    return warnings;
  }

  /** The choices of a question with their status; reports each problem once. */
  private choicesOf(question: UnstuckQuestion): ShownChoice[] {
    const { warn } = this.options;
    const now = Date.now();
    const values = new Set<string>();
    if (looksLikeMarkup(question.prompt)) warn({ reason: 'markup-in-text', attribute: 'prompt', message: `question prompt contains markup; it is shown as plain text.` });
    const all = question.choices.map((choice) => {
      const status = choiceStatus(choice, now);
      if (status.problem) warn(status.problem);
      if (looksLikeMarkup(choice.label)) {
        warn({ reason: 'markup-in-text', attribute: 'label', message: `choice "${choice.value}" has markup in its label; it is shown as plain text.` });
      }
      if (status.usable && values.has(choice.value)) {
        warn({ reason: 'duplicate-value', attribute: 'value', message: `has two choices with value="${choice.value}"; only the first is shown.` });
        return { choice, badge: 'Duplicate value — hidden in production', usable: false };
      }
      values.add(choice.value);
      return { choice, badge: status.badge, usable: status.usable };
    });
    const usable = all.filter((entry) => entry.usable);
    if (usable.length > MAX_CHOICES) {
      warn({ reason: 'too-many-choices', attribute: null, message: `question "${question.prompt}" has ${usable.length} usable choices; only the first ${MAX_CHOICES} are shown.` });
      const kept = new Set(usable.slice(0, MAX_CHOICES));
      return all.map((entry) => (entry.usable && !kept.has(entry) ? { ...entry, usable: false, badge: 'Beyond the first 5 — hidden' } : entry));
    }
    if (usable.length < MIN_CHOICES) {
      warn({ reason: 'too-few-choices', attribute: null, message: `question "${question.prompt}" has ${usable.length} usable choices (needs ${MIN_CHOICES}–${MAX_CHOICES}); it is not asked.` });
    }
    return all;
  }

  private questions(): UnstuckQuestion[] {
    return Array.from(this.host.querySelectorAll('unstuck-question')).filter(
      (question): question is UnstuckQuestion => question instanceof UnstuckQuestion && this.owns(question),
    );
  }

  /** Authoring elements belong to the nearest wrapper around them. */
  private owns(element: Element): boolean {
    let parent = element.parentElement;
    while (parent && parent !== this.host) {
      if (this.options.isWrapper(parent)) return false;
      parent = parent.parentElement;
    }
    return parent === this.host;
  }
}

/** Text that an author may have meant as HTML: it is rendered as text, with a warning. */
const looksLikeMarkup = (text: string | null) => /<[a-z!/]/i.test(text ?? '');

/** May this choice be shown at time `now` (epoch ms)? Checked when the content is first read (at idle time or the first detection), not at page load. */
function choiceStatus(choice: UnstuckChoice, now: number): ChoiceStatus {
  const { value, label, approvedBy, approvedOn, expiresOn } = choice;
  const name = value || label || '(unnamed)';
  const hidden = (reason: string, attribute: string | null, message: string, badge: string): ChoiceStatus => ({
    usable: false,
    badge,
    problem: { reason, attribute, message },
  });
  if (!value.trim()) return hidden('invalid-choice', 'value', `has a choice without a value; it is not shown.`, 'No value — hidden in production');
  if (!label.trim()) return hidden('invalid-choice', 'label', `choice "${name}" has no label; it is not shown.`, 'No label — hidden in production');
  if (!choice.template) {
    return hidden('missing-template', null, `choice "${name}" has no <template> with its approved response; it is not shown.`, 'No response — hidden in production');
  }
  const approvedDay = parseDay(approvedOn);
  if (!approvedBy.trim() || approvedDay === undefined) {
    const attribute = approvedBy.trim() ? 'approved-on' : 'approved-by';
    return hidden('unapproved', attribute, `choice "${name}" is not approved (needs approved-by and approved-on="YYYY-MM-DD"); it is not shown.`, 'Not approved — hidden in production');
  }
  if (expiresOn) {
    const expires = parseDay(expiresOn);
    if (expires === undefined) {
      return hidden('invalid-attribute', 'expires-on', `choice "${name}" has expires-on="${expiresOn}", not a date YYYY-MM-DD; it is not shown.`, 'Bad expiry date — hidden in production');
    }
    if (now >= expires + DAY_MS) {
      return hidden('expired', 'expires-on', `choice "${name}" expired on ${expiresOn}; it is not shown.`, `Expired ${expiresOn} — hidden in production`);
    }
  }
  const expiry = expiresOn ? ` · until ${expiresOn}` : '';
  return { usable: true, badge: `Approved by ${approvedBy} on ${approvedOn}${expiry}` };
}
