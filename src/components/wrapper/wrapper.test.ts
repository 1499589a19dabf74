import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../unstuck.js';
import { stableFraction } from '../../internal/ids.js';
import { Unstuck } from '../../page/api.js';
import {
  choiceMarkup,
  clickOn,
  HUMAN_MARKUP,
  panelOf,
  questionMarkup,
  settle,
  THREE_CHOICES,
  useKitTest,
  whileTicking,
  type ChoiceSpec,
} from '../../../test/helpers.js';
import type { UnstuckZone } from '../zone/zone.js';

const CONTENT = `<label>Coupon <input class="field"></label><a href="#next" class="next" data-unstuck-goal>Next</a>`;

async function zone(attributes = '', question = questionMarkup(), human = HUMAN_MARKUP) {
  return fixture<UnstuckZone>(`<unstuck-zone moment="coupon" ${attributes}>${CONTENT}${question}${human}</unstuck-zone>`);
}

/** Ask and wait until the card is on screen. */
async function asked(element: UnstuckZone, signal?: string) {
  element.ask(signal);
  await settle();
  await element.updateComplete;
  return panelOf(element);
}

const choiceButtons = (element: Element) => Array.from(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.choice'));

describe('asking and answering', () => {
  const kit = useKitTest();

  it('shows the approved response in the light DOM, with the human path, and focuses it', async () => {
    const element = await zone();
    const panel = await asked(element);
    expect(panel).to.have.attribute('role', 'region');
    expect(panel!.getAttribute('aria-labelledby')).to.equal('prompt');
    expect(choiceButtons(element).map((button) => button.textContent)).to.deep.equal(['Label why', 'Label security', 'Label later']);
    expect(element.querySelector(':scope > [slot=human] a.call'), 'human path with the question').to.exist;

    await clickOn(choiceButtons(element)[1]!);
    await element.updateComplete;
    const response = element.querySelector(':scope > [slot=response]');
    expect(response?.querySelector('.response-security')?.textContent).to.contain('Approved answer for security');
    expect(element.querySelector(':scope > [slot=human] a.call'), 'human path with the response').to.exist;
    expect(element.shadowRoot!.activeElement).to.equal(element.shadowRoot!.querySelector('.response'));

    const answer = kit.recorder.of('unstuck-answer')[0]!;
    expect(answer.detail).to.include({ choice: 'security', label: 'Label security', detection: kit.recorder.of('unstuck-detect')[0]!.detail.id });
    expect(answer.detail.approval).to.deep.equal({ by: 'Legal · R. Diaz', on: '2026-10-01', expires: null });
  });

  it('keeps the replies after an answer, the chosen one pressed; another reply replaces the response', async () => {
    const element = await zone();
    await asked(element);
    expect(choiceButtons(element).map((button) => button.getAttribute('aria-pressed')), 'plain buttons while asking').to.deep.equal([null, null, null]);
    await clickOn(choiceButtons(element)[0]!);
    await element.updateComplete;
    expect(choiceButtons(element).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    expect(element.querySelector(':scope > [slot=response] .response-why')).to.exist;
    await clickOn(choiceButtons(element)[2]!);
    await element.updateComplete;
    expect(choiceButtons(element).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
    expect(element.querySelectorAll(':scope > [slot=response]'), 'one response at a time').to.have.length(1);
    expect(element.querySelector(':scope > [slot=response] .response-later')).to.exist;
    expect(kit.recorder.of('unstuck-answer').map((event) => event.detail.choice)).to.deep.equal(['why', 'later']);
    expect(element.shadowRoot!.activeElement, 'focus on the new response').to.equal(element.shadowRoot!.querySelector('.response'));
  });

  it('is accessible while asking and while answering', async () => {
    await emulateMedia({ reducedMotion: 'reduce' }); // measure the card at rest, not mid-fade
    const element = await zone();
    await asked(element);
    await whileTicking(kit.clock, expect(element).to.be.accessible());
    await clickOn(choiceButtons(element)[0]!);
    await element.updateComplete;
    await whileTicking(kit.clock, expect(element).to.be.accessible());
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('announces the question once, politely, from a live region in the light DOM', async () => {
    const element = await zone();
    const region = document.querySelector('[data-unstuck-live]');
    expect(region, 'present before any text').to.exist;
    expect(region).to.have.attribute('aria-live', 'polite');
    await asked(element);
    await settle();
    // The prompt, where the card is, and how to reach it.
    expect(region!.textContent).to.match(/^What's making you pause here\? — a question for you, (below this part of the page|shown over the page, next to this part)\. Press Tab past its fields to reach it\.$/);
  });

  it('keyboard only: Tab reaches every choice and the human path; Esc dismisses and focus goes back', async () => {
    const element = await zone();
    const field = element.querySelector<HTMLInputElement>('.field')!;
    field.focus();
    await asked(element);
    expect(document.activeElement === field, 'focus stays in the field').to.be.true;
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = element.shadowRoot!.activeElement ?? document.activeElement;
      reached.push(active?.getAttribute('aria-label') || active?.textContent?.trim() || '');
    }
    expect(reached).to.include.members(['Dismiss', 'Label why', 'Label security', 'Label later', 'Call 800 555 0100']);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panelOf(element) === null, 'closed').to.be.true;
    expect(kit.recorder.types()).to.include('unstuck-dismiss');
    // Focus entered the card from the "Next" link, the last control before it.
    expect(document.activeElement === element.querySelector('.next'), 'focus returns to where it came from').to.be.true;
  });

  it('closing after an answer is not a dismissal', async () => {
    const element = await zone();
    await asked(element);
    await clickOn(choiceButtons(element)[0]!);
    await element.updateComplete;
    await clickOn(element.shadowRoot!.querySelector('.dismiss')!);
    await element.updateComplete;
    expect(panelOf(element)).to.be.null;
    expect(element.querySelector('[data-unstuck-clone]'), 'clones removed').to.be.null;
    expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-answer']);
  });

  it('using the human path escalates; with no goal after, the outcome is escalated', async () => {
    const element = await zone('outcome-window="2m"');
    await asked(element);
    element.querySelector('[slot=human] a')!.addEventListener('click', (event) => event.preventDefault());
    await clickOn(element.querySelector('[slot=human] a')!);
    await kit.clock.tickAsync(120_000);
    expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-escalate', 'unstuck-outcome']);
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ outcome: 'escalated', ms: 120_000 });
  });

  it('an escalate choice is itself the way to a person', async () => {
    const choices: ChoiceSpec[] = [...THREE_CHOICES, { value: 'call', escalate: true }];
    const element = await zone('', questionMarkup(choices));
    await asked(element);
    await clickOn(choiceButtons(element)[3]!);
    expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-escalate']);
  });

  it('a goal click after the question is continued — exactly one outcome', async () => {
    const element = await zone();
    await asked(element);
    element.querySelector('.next')!.addEventListener('click', (event) => event.preventDefault());
    await kit.clock.tickAsync(3_000);
    await clickOn(element.querySelector('.next')!);
    await clickOn(element.querySelector('.next')!);
    await kit.clock.tickAsync(600_000);
    const outcomes = kit.recorder.of('unstuck-outcome');
    expect(outcomes).to.have.length(1);
    expect(outcomes[0]!.detail).to.include({ outcome: 'continued', ms: 3_000, asked: true });
  });

  it('reachGoal() and an unstuck-goal event from inside both count as moving forward', async () => {
    const first = await zone();
    await asked(first);
    first.reachGoal();
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail.outcome).to.equal('continued');

    const second = await fixture<UnstuckZone>(`<unstuck-zone moment="other">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    second.ask();
    await kit.clock.tickAsync(61_000); // the gap between two questions
    await settle();
    second.querySelector('.field')!.dispatchEvent(new Event('unstuck-goal', { bubbles: true }));
    expect(kit.recorder.of('unstuck-outcome').map((event) => event.detail.moment)).to.deep.equal(['coupon', 'other']);
  });

  it('pagehide ends a moment as abandoned', async () => {
    const element = await zone();
    await asked(element);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ outcome: 'abandoned' });
  });

  it('removed while asking: the outcome still arrives, on the document', async () => {
    const element = await zone();
    await asked(element);
    element.remove();
    await Promise.resolve();
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ outcome: 'abandoned', moment: 'coupon' });
  });

  it('moved in the DOM while asking: the moment goes on', async () => {
    const element = await zone();
    await asked(element);
    const elsewhere = document.createElement('section');
    element.parentElement!.append(elsewhere);
    elsewhere.append(element);
    await Promise.resolve();
    await element.updateComplete;
    expect(panelOf(element)).to.exist;
    expect(kit.recorder.of('unstuck-outcome')).to.have.length(0);
    await clickOn(choiceButtons(element)[0]!);
    expect(kit.recorder.of('unstuck-answer')).to.have.length(1);
  });
});

describe('page-wide rules', () => {
  const kit = useKitTest();

  it('preventDefault() on unstuck-detect vetoes the question; the moment is still measured', async () => {
    const element = await zone();
    element.addEventListener('unstuck-detect', (event) => event.preventDefault(), { once: true });
    expect(await asked(element)).to.be.null;
    element.reachGoal();
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ asked: false, suppressed: 'vetoed', outcome: 'continued' });
  });

  it('one question open per page; priority decides who asks when two detect at once', async () => {
    const low = await zone();
    const high = await fixture<UnstuckZone>(`<unstuck-zone moment="high" priority="5">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    low.ask();
    high.ask();
    await settle();
    await Promise.all([low.updateComplete, high.updateComplete]);
    expect(panelOf(high)).to.exist;
    expect(panelOf(low)).to.be.null;
    low.reachGoal();
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ moment: 'coupon', suppressed: 'busy' });
  });

  it('a moment is detected at most once per session', async () => {
    const first = await zone();
    await asked(first);
    first.remove();
    const again = await zone();
    again.ask();
    await settle();
    expect(kit.recorder.of('unstuck-detect')).to.have.length(1);
  });

  it('after a dismissal, the moment is not asked again during its cooldown', async () => {
    const first = await zone('cooldown="1d"');
    await asked(first);
    await clickOn(first.shadowRoot!.querySelector('.dismiss')!);
    first.remove();
    sessionStorage.clear(); // a new visit
    await kit.clock.tickAsync(60 * 60_000);
    const again = await zone('cooldown="1d"');
    expect(await asked(again)).to.be.null;
    again.reachGoal();
    expect(kit.recorder.of('unstuck-outcome').at(-1)!.detail).to.include({ suppressed: 'cooldown' });
  });

  it('a wrapper without moment cools down after a dismissal too (under the id it reports)', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const unnamed = () => fixture<UnstuckZone>(`<unstuck-zone cooldown="1d">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
      const first = await unnamed();
      await asked(first);
      await clickOn(first.shadowRoot!.querySelector('.dismiss')!);
      first.remove();
      sessionStorage.clear(); // a new visit
      await kit.clock.tickAsync(60 * 60_000);
      const again = await unnamed();
      expect(await asked(again), 'still cooling down').to.be.null;
      again.reachGoal();
      const outcome = kit.recorder.of('unstuck-outcome').at(-1)!.detail;
      expect(outcome).to.include({ moment: 'unnamed-unstuck-zone', suppressed: 'cooldown' });
    } finally {
      warn.restore();
    }
  });

  it('at most two questions per visit, at least 60 s apart', async () => {
    const a = await fixture<UnstuckZone>(`<unstuck-zone moment="a">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    await asked(a);
    a.remove();
    await Promise.resolve();
    const b = await fixture<UnstuckZone>(`<unstuck-zone moment="b">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    expect(await asked(b), 'too soon').to.be.null;
    b.reachGoal();
    await kit.clock.tickAsync(61_000);
    const c = await fixture<UnstuckZone>(`<unstuck-zone moment="c">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    expect(await asked(c)).to.exist;
    c.remove();
    await Promise.resolve();
    await kit.clock.tickAsync(61_000);
    const d = await fixture<UnstuckZone>(`<unstuck-zone moment="d">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    expect(await asked(d), 'cap reached').to.be.null;
    d.reachGoal();
    const reasons = kit.recorder.of('unstuck-outcome').map((event) => event.detail.suppressed);
    expect(reasons).to.include.members(['gap', 'cap']);
  });

  it('holdout: no question, the same events with group "holdout"', async () => {
    const element = await zone('holdout="1"');
    expect(await asked(element)).to.be.null;
    element.reachGoal();
    expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-outcome']);
    expect(kit.recorder.of('unstuck-detect')[0]!.detail.group).to.equal('holdout');
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ group: 'holdout', outcome: 'continued', asked: false });
  });

  it('holdout assignment is a stable hash of visitor and moment', async () => {
    const groups: string[] = [];
    const expected: string[] = [];
    for (const visitor of ['v-1', 'v-2', 'v-3', 'v-4', 'v-5', 'v-6']) {
      sessionStorage.clear();
      localStorage.setItem('unstuck:visitor', visitor);
      expected.push(stableFraction(`${visitor}:coupon`) < 0.5 ? 'holdout' : 'treatment');
      const element = await zone('holdout="0.5"');
      element.ask();
      await settle();
      groups.push(kit.recorder.of('unstuck-detect').at(-1)!.detail.group);
      element.remove();
      await Promise.resolve();
    }
    expect(groups).to.deep.equal(expected);
    expect(new Set(groups).size, 'both groups occur').to.equal(2);
  });
});

describe('approved content only', () => {
  const kit = useKitTest();
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('hides unapproved and expired choices, and does not ask with fewer than 3 left', async () => {
    const choices: ChoiceSpec[] = [{ value: 'a' }, { value: 'b' }, { value: 'c', approved: false }, { value: 'd', expiresOn: '2026-11-01' }];
    const element = await zone('', questionMarkup(choices));
    const reasons = kit.recorder.of('unstuck-error').map((event) => event.detail.reason);
    expect(reasons).to.include.members(['unapproved', 'expired', 'too-few-choices']);
    expect(await asked(element)).to.be.null;
    element.reachGoal();
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail.suppressed).to.equal('no-question');
  });

  it('a choice is valid through its expiry day', async () => {
    const choices: ChoiceSpec[] = [{ value: 'a' }, { value: 'b' }, { value: 'c', expiresOn: '2026-11-22' }];
    const element = await zone('', questionMarkup(choices));
    await asked(element);
    expect(choiceButtons(element)).to.have.length(3);
  });

  it('uses the first 5 of 6 usable choices and says so', async () => {
    const choices = ['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ value }));
    const element = await zone('', questionMarkup(choices));
    await asked(element);
    expect(choiceButtons(element).map((button) => button.textContent)).to.deep.equal(['Label a', 'Label b', 'Label c', 'Label d', 'Label e']);
    expect(kit.recorder.of('unstuck-error').map((event) => event.detail.reason)).to.include('too-many-choices');
  });

  it('renders labels and prompts as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const question = `<unstuck-question prompt='${hostile}'>${[
      choiceMarkup({ value: 'a', label: '&lt;b&gt;bold&lt;/b&gt;' }),
      choiceMarkup({ value: 'b' }),
      choiceMarkup({ value: 'c' }),
    ].join('')}</unstuck-question>`;
    const element = await zone('', question);
    await asked(element);
    expect(element.shadowRoot!.querySelector('.prompt')!.textContent).to.equal(hostile);
    expect(element.shadowRoot!.querySelector('img')).to.be.null;
    expect(choiceButtons(element)[0]!.textContent).to.equal('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    const markup = kit.recorder.of('unstuck-error').filter((event) => event.detail.reason === 'markup-in-text');
    expect(markup.map((event) => event.detail.attribute)).to.deep.equal(['prompt', 'label']);
  });

  it('picks the first question whose signals match', async () => {
    const questions = `${questionMarkup(THREE_CHOICES, 'signals="rage"').replace("What's making you pause here?", 'Is something not working?')}${questionMarkup()}`;
    const element = await zone('', questions);
    await asked(element, 'idle');
    expect(element.shadowRoot!.querySelector('.prompt')!.textContent).to.equal("What's making you pause here?");
    const other = await fixture<UnstuckZone>(`<unstuck-zone moment="other">${CONTENT}${questions}${HUMAN_MARKUP}</unstuck-zone>`);
    element.remove();
    await Promise.resolve();
    await kit.clock.tickAsync(61_000);
    await asked(other, 'rage');
    expect(other.shadowRoot!.querySelector('.prompt')!.textContent).to.equal('Is something not working?');
  });

  it('warns when a wrapper has no moment id or no way to a person', async () => {
    await fixture(`<unstuck-zone>${CONTENT}${questionMarkup()}</unstuck-zone>`);
    const errors = kit.recorder.of('unstuck-error').map((event) => [event.detail.reason, event.detail.attribute]);
    expect(errors).to.deep.include(['missing-attribute', 'moment']);
    expect(errors.map(([reason]) => reason)).to.include('missing-human');
    expect(warn.args.some(([message]) => String(message).startsWith('[unstuck] <unstuck-zone> has no moment'))).to.be.true;
  });

  it('warns once about each bad attribute and keeps working with the preset', async () => {
    const element = await zone('idle="soon" rage="x" loops="3/forever" holdout="2" cooldown="-1d"');
    element.ask();
    await settle();
    const attributes = kit.recorder.of('unstuck-error').map((event) => event.detail.attribute);
    expect(attributes).to.include.members(['idle', 'rage', 'loops', 'holdout']);
    expect(new Set(attributes).size, 'each once').to.equal(attributes.length);
    expect(panelOf(element)).to.exist;
  });
});

describe('preview', () => {
  const kit = useKitTest();

  it('shows at once with approval badges, including hidden choices, and sends nothing', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const choices: ChoiceSpec[] = [{ value: 'a' }, { value: 'b' }, { value: 'c', approved: false }];
      const element = await zone('preview', questionMarkup(choices), '');
      await settle();
      await element.updateComplete;
      expect(panelOf(element)).to.exist;
      const badges = Array.from(element.shadowRoot!.querySelectorAll('.badge')).map((badge) => badge.textContent);
      expect(badges).to.deep.equal(['Approved by Legal · R. Diaz on 2026-10-01', 'Approved by Legal · R. Diaz on 2026-10-01', 'Not approved — hidden in production']);
      const warnings = Array.from(element.shadowRoot!.querySelectorAll('.warning')).map((warning) => warning.textContent);
      expect(warnings.join(' ')).to.contain('No way to a person').and.to.contain('Fewer than 3 approved choices');
      await clickOn(choiceButtons(element)[0]!);
      expect(kit.recorder.types(), 'nothing but errors is dispatched').to.deep.equal([]);
      expect(sessionStorage.getItem('unstuck:seen:coupon'), 'nothing stored').to.be.null;
    } finally {
      warn.restore();
    }
  });

  it('turning preview off (a designer toggling it) dispatches and publishes nothing for the preview moment', async () => {
    const published: unknown[] = [];
    const removeSink = Unstuck.addSink((event) => published.push(event));
    try {
      const element = await zone('preview');
      await settle();
      await element.updateComplete;
      expect(panelOf(element), 'the preview shows').to.exist;
      element.removeAttribute('preview');
      await element.updateComplete;
      await kit.clock.tickAsync(20 * 60_000); // past the outcome window
      await settle();
      expect(kit.recorder.types(), 'no outcome for the preview moment').to.deep.equal([]);
      expect(published, 'nothing published').to.deep.equal([]);
      expect(panelOf(element), 'the preview card went away').to.be.null;
      // The wrapper now watches for real: a real moment gets its events and exactly one outcome.
      element.ask();
      await settle();
      element.reachGoal();
      expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-outcome']);
    } finally {
      removeSink();
    }
  });
});

describe('templates built by frameworks', () => {
  useKitTest();

  it('clones a <template> whose children were appended with DOM calls (as React and Vue do)', async () => {
    const element = await zone();
    const template = element.querySelector<HTMLTemplateElement>('unstuck-choice[value="why"] template')!;
    template.content.replaceChildren();
    const paragraph = document.createElement('p');
    paragraph.className = 'framework-made';
    paragraph.textContent = 'Built by a framework';
    template.append(paragraph);
    await asked(element);
    await clickOn(choiceButtons(element)[0]!);
    expect(element.querySelector('[slot=response] .framework-made')?.textContent).to.equal('Built by a framework');
  });
});

describe('moving on, waiting for the gap, resetting', () => {
  const kit = useKitTest();

  it('reaching the goal while the question is open puts it away — not a dismissal', async () => {
    const element = await zone();
    await asked(element);
    element.querySelector('.next')!.addEventListener('click', (event) => event.preventDefault());
    await clickOn(element.querySelector('.next')!);
    await element.updateComplete;
    expect(panelOf(element)).to.be.null;
    expect(kit.recorder.types()).to.deep.equal(['unstuck-detect', 'unstuck-show', 'unstuck-outcome']);
    expect(kit.recorder.of('unstuck-outcome')[0]!.detail).to.include({ outcome: 'continued', asked: true });
  });

  it('a moment detected too soon after another question waits for the gap, then asks', async () => {
    const first = await zone();
    await asked(first);
    await clickOn(first.shadowRoot!.querySelector('.dismiss')!);
    const second = await fixture<UnstuckZone>(`<unstuck-zone moment="later">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    second.ask(); // e.g. a round trip replayed when the page loads
    await settle();
    await kit.clock.tickAsync(30_000);
    await second.updateComplete;
    expect(panelOf(second), 'not within the gap').to.be.null;
    expect(kit.recorder.of('unstuck-detect').map((event) => event.detail.moment)).to.deep.equal(['coupon']);
    await kit.clock.tickAsync(31_000);
    await settle();
    await second.updateComplete;
    expect(panelOf(second)).to.exist;
    expect(kit.recorder.of('unstuck-detect').at(-1)!.detail).to.include({ moment: 'later', suppressed: null });
  });

  it('leaving while waiting for the gap: the detection is announced before its outcome, both say why', async () => {
    const first = await zone();
    await asked(first);
    await clickOn(first.shadowRoot!.querySelector('.dismiss')!);
    const second = await fixture<UnstuckZone>(`<unstuck-zone moment="left">${CONTENT}${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
    second.ask();
    await settle();
    second.remove();
    await Promise.resolve();
    await settle();
    const events = kit.recorder.events.filter((event) => event.detail.moment === 'left').map((event) => [event.type, event.detail.suppressed]);
    expect(events).to.deep.equal([
      ['unstuck-detect', 'gap'],
      ['unstuck-outcome', 'gap'],
    ]);
  });

  it('Unstuck.resetVisitor() lets every moment ask again, keeping queued events', async () => {
    const first = await zone();
    await asked(first);
    await clickOn(first.shadowRoot!.querySelector('.dismiss')!);
    localStorage.setItem('unstuck:q:keep-me', '{}');
    first.remove();
    Unstuck.resetVisitor();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('unstuck:'))).to.deep.equal(['unstuck:q:keep-me']);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('unstuck:'))).to.deep.equal([]);
    localStorage.removeItem('unstuck:q:keep-me');
    const again = await zone();
    expect(await asked(again), 'no cooldown, no gap, not seen').to.exist;
  });
});

describe('live editing (CMS preview)', () => {
  useKitTest();

  it('badges and warnings follow approval attributes changed while the preview is open', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const element = await zone('preview');
      await settle();
      await element.updateComplete;
      const badges = () => Array.from(element.shadowRoot!.querySelectorAll('.badge')).map((badge) => badge.textContent);
      expect(badges()[0]).to.contain('Approved by');
      element.querySelector('unstuck-choice')!.removeAttribute('approved-by');
      await Promise.resolve(); // an authoring element tells its wrapper in a microtask
      await element.updateComplete;
      expect(badges()[0]).to.equal('Not approved — hidden in production');
      expect(element.shadowRoot!.querySelector('.warning')!.textContent).to.contain('Fewer than 3 approved choices');
    } finally {
      warn.restore();
    }
  });
});
