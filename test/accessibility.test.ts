/**
 * WCAG 2.2 AA in every state of every element, light and dark: axe with the wcag2a, wcag2aa,
 * wcag21aa and wcag22aa rules; targets of at least 24 px; the corner card never over the
 * focused control on a 320 px screen (400 % zoom of a 1280 px page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/unstuck.js';
import '../src/define/unstuck-report.js';
import type { UnstuckWrapper } from '../src/components/wrapper/wrapper.js';
import { axe, FORM_MARKUP, HUMAN_MARKUP, panelOf, questionMarkup, resetStorage, settle } from './helpers.js';

const WRAPPERS: Record<string, string> = {
  'unstuck-zone': `<button type="button">Something</button>`,
  'unstuck-form': FORM_MARKUP,
  'unstuck-checkout-step': `<form><label>Card <input name="card"></label> <button>Pay</button></form><p><a href="#cart" data-unstuck-back>Edit cart</a></p>`,
  'unstuck-pricing': `<section data-unstuck-option="basic"><h3>Basic</h3><a href="#buy" data-unstuck-goal>Choose</a></section>`,
  'unstuck-search': `<form role="search"><input aria-label="Search help"><button>Search</button></form><ul><li><a href="#r" data-unstuck-goal>Result</a></li></ul>`,
  'unstuck-cancel': `<a href="#keep" class="keep">Keep my plan</a> <button type="button" data-unstuck-confirm>Cancel my plan</button>`,
};

let count = 0;
let theme = 'light';

async function wrapper(tag: string, attributes = '') {
  const root = await fixture<HTMLElement>(
    `<main><h1>Page</h1><unstuck-config gap="0s" max-per-session="1000"></unstuck-config><${tag} moment="a11y-${++count}" theme="${theme}" ${attributes}>${WRAPPERS[tag]}${questionMarkup()}${HUMAN_MARKUP}</${tag}></main>`,
  );
  const element = root.querySelector(tag) as UnstuckWrapper;
  await element.updateComplete;
  return { root, element };
}

async function asking(element: UnstuckWrapper) {
  element.ask();
  await settle();
  await element.updateComplete;
  expect(panelOf(element), 'asking').to.exist;
}

describe('accessibility in every state', () => {
  beforeEach(() => resetStorage());
  // Measure the card at rest, not halfway through its 160 ms fade-in.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('viewport', { width: 800, height: 600, touch: false });
  });

  const SIZES = [
    { name: '1280×900', width: 1280, height: 900, touch: false },
    { name: '390×844 touch', width: 390, height: 844, touch: true },
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const tag of Object.keys(WRAPPERS)) {
      for (const size of SIZES) it(`${tag}, ${scheme}, ${size.name}: watching, asking, answered, dismissed, preview and debug`, async () => {
        await executeServerCommand('viewport', size);
        await emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        theme = scheme;
        const problems: Record<string, string[]> = {};

        const watching = await wrapper(tag);
        problems.watching = await axe(watching.root);
        await asking(watching.element);
        problems.asking = await axe(watching.root);
        (watching.element.shadowRoot!.querySelector('.choice') as HTMLButtonElement).click();
        await watching.element.updateComplete;
        problems.answered = await axe(watching.root);
        (watching.element.shadowRoot!.querySelector('.dismiss') as HTMLButtonElement).click();
        await watching.element.updateComplete;
        problems.closed = await axe(watching.root);

        const dismissed = await wrapper(tag, 'debug');
        problems.debug = await axe(dismissed.root);
        await asking(dismissed.element);
        problems['debug, asking'] = await axe(dismissed.root);
        (dismissed.element.shadowRoot!.querySelector('.dismiss') as HTMLButtonElement).click();
        await dismissed.element.updateComplete;
        problems.dismissed = await axe(dismissed.root);

        const preview = await fixture<HTMLElement>(
          `<main><${tag} moment="a11y-preview-${++count}" theme="${scheme}" preview>${WRAPPERS[tag]}${questionMarkup([
            { value: 'a' },
            { value: 'b', approved: false },
            { value: 'c', expiresOn: '2020-01-01' },
            { value: 'd', label: 'A very long label that goes on and on to see how the card wraps text that does not fit on one line at all' },
          ])}</${tag}></main>`,
        );
        await settle();
        await (preview.querySelector(tag) as UnstuckWrapper).updateComplete;
        expect(panelOf(preview.querySelector(tag)!), 'preview shows').to.exist;
        problems.preview = await axe(preview);

        for (const [state, list] of Object.entries(problems)) expect(list, `${tag} ${scheme} ${size.name} ${state}`).to.deep.equal([]);
      });
    }

    it(`unstuck-report, ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const events = [
        { type: 'unstuck-detect', id: 'd1', moment: 'm', element: 'unstuck-form', group: 'treatment', at: 1 },
        { type: 'unstuck-answer', id: 'a1', moment: 'm', element: 'unstuck-form', group: 'treatment', at: 2, detection: 'd1', choice: 'why' },
        { type: 'unstuck-outcome', id: 'o1', moment: 'm', element: 'unstuck-form', group: 'treatment', at: 3, detection: 'd1', outcome: 'continued', suppressed: null },
        { type: 'unstuck-detect', id: 'd2', moment: 'm', element: 'unstuck-form', group: 'holdout', at: 4 },
        { type: 'unstuck-outcome', id: 'o2', moment: 'm', element: 'unstuck-form', group: 'holdout', at: 5, detection: 'd2', outcome: 'abandoned', suppressed: null },
      ];
      const root = await fixture<HTMLElement>(html`<main><h1>Report</h1><unstuck-report theme=${scheme} .events=${events}></unstuck-report></main>`);
      const report = root.querySelector('unstuck-report')!;
      await (report as unknown as UnstuckWrapper).updateComplete;
      for (const details of Array.from(report.shadowRoot!.querySelectorAll('details'))) details.open = true;
      expect(await axe(root)).to.deep.equal([]);
    });
  }

  it('every target in the card is at least 24 × 24 px', async () => {
    const { element } = await wrapper('unstuck-form');
    await asking(element);
    const targets = Array.from(element.shadowRoot!.querySelectorAll('button'));
    expect(targets.length).to.be.greaterThan(3);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.className).to.be.at.least(24);
    }
  });

  it('placement="corner" never covers the focused control on a 320 px screen (400 % zoom)', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const position of ['bottom: 10px', 'top: 10px']) {
      const root = await fixture<HTMLElement>(
        `<main><unstuck-config gap="0s" max-per-session="1000"></unstuck-config><unstuck-form moment="corner-${position}" placement="corner">
           <form><label style="position: fixed; left: 10px; ${position}">Field <input class="target"></label></form>
           ${questionMarkup([{ value: 'a' }, { value: 'b' }, { value: 'c' }].map((choice) => ({ ...choice, label: `A reply long enough to wrap ${choice.value}` })))}${HUMAN_MARKUP}
         </unstuck-form></main>`,
      );
      const element = root.querySelector('unstuck-form') as UnstuckWrapper;
      const field = root.querySelector<HTMLInputElement>('.target')!;
      field.focus();
      await asking(element);
      await element.updateComplete;
      const card = panelOf(element)!.getBoundingClientRect();
      const control = field.getBoundingClientRect();
      const overlap = card.left < control.right && control.left < card.right && card.top < control.bottom && control.top < card.bottom;
      expect(overlap, `card ${JSON.stringify(card)} covers the field at ${position}`).to.be.false;
      expect(card.right, 'fits the screen').to.be.at.most(320);
      expect(document.activeElement === field).to.be.true;
      (element.shadowRoot!.querySelector('.dismiss') as HTMLButtonElement).click();
      resetStorage();
    }
  });
});

