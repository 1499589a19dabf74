/**
 * Hostile and broken input, table-driven. For every case: no script runs, no uncaught error,
 * a clear "[unstuck]" warning where the configuration is wrong (none where it is fine), and the
 * wrapped form still submits.
 */
import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/unstuck.js';
import type { UnstuckForm } from '../src/components/form/form.js';
import { choiceMarkup, clickOn, HUMAN_MARKUP, settle, useKitTest, type ChoiceSpec } from './helpers.js';

const PWN = 'window.__pwned = (window.__pwned || 0) + 1';
const FORM = `<form class="wrapped" action="#sent"><label>Name <input name="name"></label><button type="submit" class="send">Send</button></form>`;
const three = (extra: Partial<ChoiceSpec> = {}) => ['a', 'b', 'c'].map((value) => ({ value, ...extra }));
const question = (choices: ChoiceSpec[] = three(), attributes = 'prompt="Why pause?"') =>
  `<unstuck-question ${attributes}>${choices.map(choiceMarkup).join('')}</unstuck-question>`;
const BIG = 'x'.repeat(10_240);

interface Case {
  name: string;
  /** Attributes on <unstuck-form>, and its authoring content. */
  attributes?: string;
  content?: string;
  /** Something done to the wrapper after it connected (and after the question was asked, if `ask`). */
  ask?: boolean;
  act?: (element: UnstuckForm) => Promise<void> | void;
  /** Whether a warning is expected (a RegExp must match one). */
  warns: boolean | RegExp;
}

const CASES: Case[] = [
  { name: 'markup and script in prompt', content: question(three(), `prompt='<img src=x onerror="${PWN}"><script>${PWN}</script>'`), ask: true, warns: /prompt contains markup/ },
  { name: 'script in a label', content: question([{ value: 'a', label: `&lt;script&gt;${PWN}&lt;/script&gt;` }, { value: 'b' }, { value: 'c' }]), ask: true, warns: /markup in its label/ },
  { name: '"><svg onload> in a value', content: question([{ value: `&quot;&gt;&lt;svg onload=${PWN}&gt;` }, { value: 'b' }, { value: 'c' }]), ask: true, warns: /markup in its label/ },
  { name: 'markup in moment', attributes: `moment='<b onmouseover="${PWN}">m</b>'`, ask: true, warns: false },
  { name: 'javascript: URL and inline handlers in approved content', content: question([{ value: 'a', response: `<a class="js" href="javascript:${PWN}">link</a><img class="img" src="x" onerror="${PWN}">` }, { value: 'b' }, { value: 'c' }]), ask: true, act: async (element) => {
      await clickOn(element.shadowRoot!.querySelector('.choice')!);
      const link = element.querySelector<HTMLAnchorElement>('[slot=response] a.js')!;
      expect(link.hasAttribute('href'), 'javascript: href removed').to.be.false;
      expect(element.querySelector('[slot=response] img')!.hasAttribute('onerror')).to.be.false;
      link.click();
    }, warns: false },
  { name: 'javascript: URL as the endpoint', content: `<unstuck-config endpoint="javascript:${PWN}"></unstuck-config>${question()}`, ask: true, warns: false },
  { name: '10 kB prompt', content: question(three(), `prompt="${BIG}"`), ask: true, warns: false },
  { name: '10 kB label and value', content: question([{ value: BIG, label: BIG }, { value: 'b' }, { value: 'c' }]), ask: true, warns: false },
  { name: '10 kB moment', attributes: `moment="${BIG}"`, ask: true, warns: false },
  { name: 'bidi overrides and zero-width characters', attributes: 'moment="m\u202e\u200b"', content: question([{ value: 'a', label: '\u202eevil\u202c\u200b' }, { value: 'b' }, { value: 'c' }]), ask: true, warns: false },
  { name: 'idle="soon"', attributes: 'idle="soon"', warns: /idle="soon"/ },
  { name: 'negative duration', attributes: 'idle="-5s"', warns: /idle="-5s"/ },
  { name: 'NaN duration', attributes: 'field-stall="NaNs"', warns: /field-stall="NaNs"/ },
  { name: 'rage="x"', attributes: 'rage="x"', warns: /rage="x"/ },
  { name: 'window without a duration unit', attributes: 'loops="3/forever"', warns: /loops="3\/forever"/ },
  { name: 'zero count', attributes: 'errors="0/60s"', warns: /errors="0\/60s"/ },
  { name: 'negative holdout', attributes: 'holdout="-1"', ask: true, warns: /holdout="-1"/ },
  { name: 'NaN holdout', attributes: 'holdout="NaN"', ask: true, warns: /holdout="NaN"/ },
  { name: 'NaN priority', attributes: 'priority="NaN"', ask: true, warns: /priority="NaN"/ },
  { name: 'bad cooldown', attributes: 'cooldown="forever"', ask: true, act: (element) => (element.shadowRoot!.querySelector('.dismiss') as HTMLElement).click(), warns: /cooldown="forever"/ },
  { name: 'bare number outcome window', attributes: 'outcome-window="600"', ask: true, warns: /outcome-window="600"/ },
  { name: 'bad placement', attributes: 'placement="everywhere"', ask: true, warns: /placement="everywhere"/ },
  { name: 'invalid goal selector', attributes: 'goal="[[["', warns: /goal="\[\[\["/ },
  { name: '0 choices', content: question([]), ask: true, warns: /0 usable choices/ },
  { name: '2 choices', content: question(three().slice(0, 2)), ask: true, warns: /2 usable choices/ },
  { name: '6 choices', content: question(['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ value }))), ask: true, warns: /6 usable choices; only the first 5/ },
  { name: '50 choices', content: question(Array.from({ length: 50 }, (_, n) => ({ value: `v${n}` }))), ask: true, warns: /50 usable choices/ },
  { name: 'duplicate values', content: question([{ value: 'a' }, { value: 'a' }, { value: 'b' }, { value: 'c' }]), ask: true, warns: /two choices with value="a"/ },
  { name: 'missing templates', content: `<unstuck-question prompt="Why?">${['a', 'b', 'c'].map((value) => `<unstuck-choice value="${value}" label="${value}" approved-by="x" approved-on="2026-10-01"></unstuck-choice>`).join('')}</unstuck-question>`, ask: true, warns: /no <template>/ },
  { name: 'expiry that is not a date', content: question([{ value: 'a', expiresOn: 'tomorrow' }, { value: 'b' }, { value: 'c' }]), ask: true, warns: /expires-on="tomorrow"/ },
  { name: 'approval date that is not a date', content: question([{ value: 'a' }, { value: 'b' }, { value: 'c' }]).replace('approved-on="2026-10-01"', 'approved-on="yesterday"'), ask: true, warns: /not approved/ },
  { name: 'unknown sink, bad consent, bad cap', content: `<unstuck-config sinks="datalayer carrier-pigeon" consent="maybe" max-per-session="-1"></unstuck-config>${question()}`, warns: /carrier-pigeon/ },
  { name: 'nested wrappers', content: `<unstuck-zone moment="inner">${question()}${HUMAN_MARKUP}</unstuck-zone>`, warns: /has no <unstuck-question>/, act: async (element) => {
      const inner = element.querySelector('unstuck-zone') as UnstuckForm;
      inner.ask();
      await settle();
      await inner.updateComplete;
      expect(inner.shadowRoot!.querySelector('.panel'), 'the inner wrapper asks its own question').to.exist;
      expect(element.shadowRoot!.querySelector('.panel')).to.be.null;
    } },
  { name: 'moved in the DOM while asking', ask: true, warns: false, act: async (element) => {
      const host = element.parentElement!;
      const elsewhere = document.createElement('div');
      host.append(elsewhere);
      elsewhere.append(element);
      await Promise.resolve();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.panel')).to.exist;
    } },
  { name: 'removed while asking', ask: true, warns: false, act: async (element) => {
      const parent = element.parentElement!;
      element.remove();
      await Promise.resolve();
      parent.append(element); // put back so the wrapped form can be submitted
      await element.updateComplete;
    } },
  { name: 'attributes changed while asking', ask: true, warns: /idle="later"/, act: async (element) => {
      element.setAttribute('idle', 'later');
      element.setAttribute('moment', 'renamed');
      element.querySelector('unstuck-question')!.setAttribute('prompt', 'Changed prompt');
      element.querySelector('unstuck-choice')!.setAttribute('label', 'Changed label');
      await element.updateComplete;
      await Promise.resolve(); // an authoring element tells its wrapper in a microtask
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.prompt')!.textContent).to.equal('Changed prompt');
    } },
];

describe('hostile and broken input', () => {
  const kit = useKitTest();
  let warn: sinon.SinonStub;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('error' in event ? event.error ?? event.message : event.reason);

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    uncaught.length = 0;
    delete (window as { __pwned?: number }).__pwned;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });

  afterEach(() => {
    warn.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it(`has at least 30 cases (${CASES.length})`, () => {
    expect(CASES.length).to.be.at.least(30);
  });

  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const root = await fixture<HTMLElement>(
        `<div><unstuck-form moment="hostile" ${testCase.attributes ?? ''}>${FORM}${testCase.content ?? question()}${HUMAN_MARKUP}</unstuck-form></div>`,
      );
      const element = root.querySelector<UnstuckForm>('unstuck-form')!;
      await element.updateComplete;
      if (testCase.ask) {
        element.ask();
        await settle();
        await element.updateComplete;
      }
      await testCase.act?.(element);
      await settle();

      const submitted = new Promise<boolean>((resolve) => {
        element.querySelector('form.wrapped')!.addEventListener('submit', (event) => {
          event.preventDefault();
          resolve(true);
        });
        setTimeout(() => resolve(false), 2_000);
      });
      (element.querySelector('.send') as HTMLButtonElement).click();
      await kit.clock.tickAsync(10);
      expect(await submitted, 'the wrapped form still submits').to.be.true;

      expect((window as { __pwned?: number }).__pwned, 'no script ran').to.be.undefined;
      expect(uncaught, 'no uncaught error').to.deep.equal([]);
      const messages = warn.args.map(([message]) => String(message)).filter((message) => message.startsWith('[unstuck]'));
      if (testCase.warns === false) expect(messages, 'no warning').to.deep.equal([]);
      else if (testCase.warns === true) expect(messages).to.not.be.empty;
      else expect(messages.some((message) => (testCase.warns as RegExp).test(message)), `a warning matching ${testCase.warns}:\n${messages.join('\n')}`).to.be.true;
      expect(new Set(messages).size, 'each warning once').to.equal(messages.length);
    });
  }
});
