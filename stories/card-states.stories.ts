import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { argTypesFor } from './manifest.js';
import {
  badgesOf,
  choiceButton,
  choicesOf,
  humanOf,
  panelOf,
  pause,
  recordEvents,
  responseOf,
  waitForNoQuestion,
  waitForQuestion,
  warningsOf,
  wrapperIn,
} from './play.js';
import { note, wrapper, type Args } from './render.js';
import { human, loanChoices, loanForm, loanQuestion, question, requiredLoanForm, storyConfig } from './story-content.js';

const TAG = 'unstuck-form';

/**
 * Every state of the question card, on a loan form. Stories that show the card to visitors ask
 * with `el.ask()` in their play function (as if a signal had been detected); stories about
 * approvals use `preview`.
 */
const meta: Meta<Args> = {
  title: 'Design/Card states',
  component: TAG,
  tags: ['!autodocs'],
  argTypes: argTypesFor(TAG),
  args: { moment: 'state', idle: 'off', 'field-stall': 'off' },
  render: wrapper(TAG, loanForm + loanQuestion + human, storyConfig),
};
export default meta;

type Story = StoryObj<Args>;

/** Asks as soon as the story is rendered. */
async function ask(canvasElement: HTMLElement): Promise<{ el: ReturnType<typeof wrapperIn>; panel: HTMLElement }> {
  const el = wrapperIn(canvasElement);
  el.ask();
  return { el, panel: await waitForQuestion(el) };
}

/** The question as a visitor first sees it: prompt, replies, the way to a person, a close button. */
export const Asking: Story = {
  args: { moment: 'state-asking' },
  play: async ({ canvasElement }) => {
    const { el, panel } = await ask(canvasElement);
    await expect(panel.getAttribute('role')).toBe('region');
    await expect(choicesOf(el)).toHaveLength(4);
    await expect(humanOf(el)).toHaveTextContent('request a callback');
  },
};

/** A reply was taken: it stays marked among the replies, its approved response shows below, any other reply can still be taken, and the way to a person stays. */
export const Answered: Story = {
  args: { moment: 'state-answered' },
  play: async ({ canvasElement }) => {
    const { el } = await ask(canvasElement);
    const seen = recordEvents(el);
    await userEvent.click(choiceButton(el, 'Worried about security'));
    await expect(responseOf(el)).toHaveTextContent('encrypted');
    await expect(choiceButton(el, 'Worried about security')).toHaveAttribute('aria-pressed', 'true');
    await expect(choicesOf(el)).toHaveLength(4);
    await expect(seen.find((event) => event.type === 'unstuck-answer')?.detail.choice).toBe('security');
  },
};

/** Closed without a reply: the card goes away, and this moment stays quiet for `cooldown` (7 days). */
export const Dismissed: Story = {
  args: { moment: 'state-dismissed' },
  decorators: [note('The play opens the question and closes it with ×: the card goes away and does not come back for 7 days.')],
  play: async ({ canvasElement }) => {
    const { el, panel } = await ask(canvasElement);
    const seen = recordEvents(el);
    await userEvent.click(panel.querySelector<HTMLButtonElement>('.dismiss')!);
    await waitForNoQuestion(el);
    await expect(seen.map((event) => event.type)).toContain('unstuck-dismiss');
  },
};

/** The way to a person was used: `unstuck-escalate`, and the outcome counts as `escalated` unless the visitor moves on. */
export const Escalated: Story = {
  args: { moment: 'state-escalated' },
  play: async ({ canvasElement }) => {
    const { el } = await ask(canvasElement);
    const seen = recordEvents(el);
    const link = within(humanOf(el)!).getByRole('link', { name: 'request a callback' });
    link.addEventListener('click', (event) => event.preventDefault(), { once: true }); // stay on the story
    await userEvent.click(link);
    await expect(seen.map((event) => event.type)).toContain('unstuck-escalate');
  },
};

/** `preview`: the question at once, each reply with its approval badge. Nothing is sent or stored. */
export const PreviewBadges: Story = {
  args: { moment: 'state-preview', preview: true },
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(badgesOf(el)[0]).toBe('Approved by Legal · R. Diaz on 2026-10-01 · until 2027-04-01');
  },
};

const withHiddenChoices = question("What's making you pause here?", [
  ...loanChoices.slice(0, 3),
  { value: 'rate', label: 'Not sure about the rate', approvedBy: null, approvedOn: null, response: '<p>Your rate is fixed for the whole loan.</p>' },
  { value: 'promo', label: 'Is the autumn offer still on?', expiresOn: '2026-06-30', response: '<p>The autumn offer ended on June 30.</p>' },
]);

/** Preview shows choices production would hide, and says why: not approved, or past `expires-on`. */
export const UnapprovedAndExpired: Story = {
  args: { moment: 'state-hidden-choices', preview: true },
  render: wrapper(TAG, loanForm + withHiddenChoices + human),
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    const badges = badgesOf(el);
    await expect(badges[3]).toBe('Not approved — hidden in production');
    await expect(badges[4]).toBe('Expired 2026-06-30 — hidden in production');
  },
};

const tooFew = question("What's making you pause here?", [
  loanChoices[0]!,
  loanChoices[1]!,
  { value: 'later', label: "I'll finish later", approvedBy: null, approvedOn: null, response: '<p>Your answers are saved for 7 days.</p>' },
]);

/** Fewer than 3 approved replies: the question is never asked in production; preview warns. */
export const TooFewChoices: Story = {
  args: { moment: 'state-too-few', preview: true },
  render: wrapper(TAG, loanForm + tooFew + human),
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    await waitForQuestion(el);
    await expect(warningsOf(el)).toContain('Fewer than 3 approved choices: this question is not asked in production.');
  },
};

const longQuestion = question(
  'Before you go on: is there anything about why we ask for your Social Security number, how we keep it safe, or what happens next that is making you hesitate right now?',
  [
    { ...loanChoices[0]!, label: 'I don’t understand why a lender needs my Social Security number just to show me a rate quote' },
    { ...loanChoices[1]!, label: 'I’m worried about identity theft after the data breaches I’ve read about in the news this year' },
    { ...loanChoices[2]!, label: 'I need to find my documents first: HSBC-REFERENCE-NUMBER-4417-2290-0013-7765-BRANCH-SORT-CODE' },
  ],
);

/** Long prompt and replies (and an unbroken reference number): the card wraps, never overflows. */
export const LongLabels: Story = {
  args: { moment: 'state-long-labels' },
  render: wrapper(TAG, loanForm + longQuestion + human, storyConfig),
  play: async ({ canvasElement }) => {
    const { panel } = await ask(canvasElement);
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth + 1);
  },
};

const arabic = `
  <form class="demo-form" action="#submitted">
    <label>الاسم الكامل <input name="name" autocomplete="name"></label>
    <label>رقم الهوية <input name="id" inputmode="numeric" autocomplete="off"></label>
    <button type="submit">متابعة</button>
  </form>
  <unstuck-question prompt="ما الذي يجعلك تتردد هنا؟" dismiss-label="إغلاق">
    <unstuck-choice value="why" label="لست متأكدًا من سبب الحاجة إلى هذا" approved-by="الشؤون القانونية · ر. دياز" approved-on="2026-10-01">
      <template><p>يلزمنا القانون بالتحقق من الهوية قبل تقديم أي تمويل.</p></template>
    </unstuck-choice>
    <unstuck-choice value="security" label="قلق بشأن أمان بياناتي" approved-by="الأمن · م. تشن" approved-on="2026-10-03">
      <template><p>رقمك مشفّر ولا تتم مشاركته لأغراض تسويقية أبدًا.</p></template>
    </unstuck-choice>
    <unstuck-choice value="later" label="سأكمل لاحقًا" approved-by="المنتج · أ. أوسي" approved-on="2026-10-01">
      <template><p>تُحفظ إجاباتك على هذا الجهاز لمدة 7 أيام.</p></template>
    </unstuck-choice>
  </unstuck-question>
  <unstuck-human label="تحدث إلى شخص">
    <template><p><a href="tel:+18005550100">اتصل بنا على 800 555 0100</a> أو <a href="#callback">اطلب معاودة الاتصال</a>.</p></template>
  </unstuck-human>`;

const rtl: Decorator = (story) => html`<div dir="rtl" lang="ar">${story()}</div>`;

/** `dir="rtl"` around the wrapper: the card mirrors (close button, text alignment) with logical properties. */
export const RightToLeft: Story = {
  args: { moment: 'state-rtl' },
  render: wrapper(TAG, arabic, storyConfig),
  decorators: [rtl],
  play: async ({ canvasElement }) => {
    const { panel } = await ask(canvasElement);
    await expect(getComputedStyle(panel).direction).toBe('rtl');
  },
};

/**
 * The dark theme: the page sets the `--unstuck-color-*` properties (see Design/Theming). Use the
 * toolbar's Theme switch to see any story dark. The kit also follows `prefers-color-scheme: dark`.
 */
export const DarkTheme: Story = {
  args: { moment: 'state-dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { panel } = await ask(canvasElement);
    await expect(getComputedStyle(panel).backgroundColor).toBe('rgb(22, 27, 34)');
  },
};

const zoom: Decorator = (story) => html`<div style="zoom: 2">${story()}</div>`;

/** 200 % zoom (CSS `zoom: 2` on a container): text and targets grow, nothing is clipped. */
export const Zoom200: Story = {
  name: 'Zoom 200 %',
  args: { moment: 'state-zoom' },
  decorators: [zoom],
  play: async ({ canvasElement }) => {
    await ask(canvasElement);
  },
};

/**
 * `placement="corner"`: a fixed card in a corner of the window that never covers the focused
 * control: the play focuses the Social Security number field first.
 */
export const Corner: Story = {
  args: { moment: 'state-corner', placement: 'corner' },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByLabelText('Social Security number');
    await userEvent.click(field);
    const { panel } = await ask(canvasElement);
    await pause(100);
    const card = panel.getBoundingClientRect();
    const control = field.getBoundingClientRect();
    const overlaps = card.left < control.right && control.left < card.right && card.top < control.bottom && control.top < card.bottom;
    await expect(overlaps, 'the card covers the focused field').toBe(false);
  },
};

/** `human-first`: for high-stress moments (payment declined, security checks), the way to a person comes first. */
export const HumanFirst: Story = {
  args: { moment: 'state-human-first', 'human-first': 'on' },
  play: async ({ canvasElement }) => {
    const { panel } = await ask(canvasElement);
    await expect(panel.classList.contains('human-first')).toBe(true);
  },
};

/**
 * `debug`: an overlay listing each signal's count against its threshold and the machine's
 * state. The play submits the empty form once (errors: 1 of 2) and refills a field once
 * (field-churn: 1 of 3) — not enough to ask.
 */
export const Debug: Story = {
  args: { moment: 'state-debug', debug: true, 'field-stall': '20s', idle: '30s' },
  render: wrapper(TAG, requiredLoanForm + loanQuestion + human, storyConfig),
  play: async ({ canvasElement }) => {
    const el = wrapperIn(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const name = canvas.getByLabelText('Full name');
    await userEvent.type(name, 'Ana');
    await userEvent.clear(name);
    await userEvent.type(name, 'Ana');
    const overlay = () => el.shadowRoot?.querySelector('.debug')?.textContent ?? '';
    await expect(overlay()).toMatch(/errors\s+1 of 2\//);
    await expect(overlay()).toMatch(/field-churn\s+1 of 3\//);
    await expect(panelOf(el)).toBeNull();
  },
};
