// Forward movement in single-page apps (design.md §1): React 19 and Vue 3 forms that cancel their
// submit and send it with fetch. A payment that goes through is `continued`; a decline shown
// with role="alert" and aria-invalid is not. Real renderers, real clicks, real timers.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/unstuck.js';
import type { UnstuckForm } from '../src/components/form/form.js';
import { clickOn, HUMAN_MARKUP, questionMarkup, resetStorage } from './helpers.js';

type Mount = (container: Element, decline: boolean) => void;
const apps = (await import(String('/__npm/spa-forms.js'))) as { mountReact: Mount; mountVue: Mount };

const realWait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('single-page-app forms', () => {
  beforeEach(() => resetStorage());

  for (const [framework, mount] of [['React', apps.mountReact], ['Vue', apps.mountVue]] as const) {
    for (const decline of [false, true]) {
      it(`${framework}: a payment that ${decline ? 'is declined (alert, aria-invalid) is not' : 'goes through is'} forward movement`, async function () {
        this.timeout(10_000);
        const wrapper = await fixture<UnstuckForm>(`<unstuck-form moment="spa-${framework}-${decline}"><div class="app"></div>${questionMarkup()}${HUMAN_MARKUP}</unstuck-form>`);
        const outcomes: string[] = [];
        // On the document: a wrapper that was removed dispatches its last events there.
        const record = (event: GlobalEventHandlersEventMap['unstuck-outcome']) => {
          if (event.detail.moment === `spa-${framework}-${decline}`) outcomes.push(event.detail.outcome);
        };
        document.addEventListener('unstuck-outcome', record);
        try {
          mount(wrapper.querySelector('.app')!, decline);
          await waitUntil(() => wrapper.querySelector('button[type=submit]'), `${framework} rendered the form`);
          wrapper.ask();
          await waitUntil(() => wrapper.shadowRoot!.querySelector('.panel'), 'the question shows');
          await clickOn(wrapper.querySelector('button[type=submit]')!);
          if (decline) {
            await waitUntil(() => wrapper.querySelector('[role=alert]'), 'the app shows the decline');
            await realWait(2_300);
            expect(outcomes, 'a declined card is not forward movement').to.deep.equal([]);
            wrapper.remove(); // the visitor leaves
            await waitUntil(() => outcomes.length > 0, 'the moment ends');
            expect(outcomes).to.deep.equal(['abandoned']);
          } else {
            await waitUntil(() => !wrapper.querySelector('form'), 'the app replaced the form');
            await waitUntil(() => outcomes.length > 0, 'continued once 2 s passed without an error', { timeout: 4_000 });
            expect(outcomes).to.deep.equal(['continued']);
          }
        } finally {
          document.removeEventListener('unstuck-outcome', record);
        }
      });
    }
  }
});
