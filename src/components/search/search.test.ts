import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../unstuck.js';
import { UnstuckSearchEvent } from '../../events/unstuck-search.js';
import { clickOn, HUMAN_MARKUP, panelOf, questionMarkup, settle, useKitTest } from '../../../test/helpers.js';
import type { UnstuckSearch } from './search.js';

const INDEX = ['refund policy', 'shipping times', 'reset password', 'change address'];

/** A help search with a real client-side index; the page reports each search to the wrapper. */
async function helpSearch(report: 'method' | 'event' | 'attribute' = 'method') {
  const element = await fixture<UnstuckSearch>(`<unstuck-search moment="help-search">
      <form class="search" role="search"><input name="q" aria-label="Search help"><button>Search</button></form>
      <ul class="results"></ul>
      ${questionMarkup()}${HUMAN_MARKUP}
    </unstuck-search>`);
  const form = element.querySelector('form')!;
  const results = element.querySelector('.results')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new FormData(form).get('q')!.toString().toLowerCase();
    const hits = INDEX.filter((entry) => entry.includes(query));
    results.innerHTML = hits.map((hit) => `<li><a href="#${hit}" data-unstuck-goal>${hit}</a></li>`).join('');
    if (report === 'method') element.reportSearch(hits.length);
    if (report === 'event') results.dispatchEvent(new UnstuckSearchEvent(hits.length));
    if (report === 'attribute') results.setAttribute('data-unstuck-results', String(hits.length));
  });
  results.addEventListener('click', (event) => event.preventDefault());
  return element;
}

async function search(element: UnstuckSearch, query: string) {
  const input = element.querySelector<HTMLInputElement>('[name=q]')!;
  await clickOn(input);
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await sendKeys({ press: 'Enter' });
  await settle();
}

describe('<unstuck-search>', () => {
  const kit = useKitTest();

  for (const report of ['method', 'event', 'attribute'] as const) {
    it(`fires on two searches with zero results (reported by ${report})`, async () => {
      const element = await helpSearch(report);
      await search(element, 'warranty');
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
      await kit.clock.tickAsync(10_000);
      await search(element, 'guarantee');
      await kit.clock.tickAsync(2_000);
      expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('failed-searches');
      await element.updateComplete;
      expect(panelOf(element)).to.exist;
    });
  }

  it('counts a search reformulated three times in a minute without a result click', async () => {
    const element = await helpSearch();
    for (const query of ['ship', 'shipping', 'shipping t', 'shipping times']) {
      await search(element, query);
      await kit.clock.tickAsync(5_000);
    }
    await search(element, 'zzz');
    await kit.clock.tickAsync(2_000);
    expect(kit.recorder.of('unstuck-detect')[0]?.detail.signal).to.equal('failed-searches');
  });

  it('a click on a result resets the reformulation count, and is the goal', async () => {
    const element = await helpSearch();
    for (const query of ['ship', 'shipping', 'shipping t']) await search(element, query);
    await clickOn(element.querySelector('.results a')!);
    await search(element, 'refund');
    await search(element, 'zzz');
    await kit.clock.tickAsync(5_000);
    expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
  });

  it('a searcher who finds what they need sees nothing', async () => {
    const element = await helpSearch();
    await search(element, 'refund');
    await clickOn(element.querySelector('.results a')!);
    await kit.clock.tickAsync(120_000);
    expect(kit.recorder.types()).to.deep.equal([]);
  });

  it('warns about a report that is not a count, and does not count it', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const element = await helpSearch();
      element.reportSearch(Number.NaN);
      element.querySelector('.results')!.setAttribute('data-unstuck-results', 'many');
      await settle();
      const errors = kit.recorder.of('unstuck-error').filter((event) => event.detail.reason === 'invalid-search-report');
      expect(errors).to.have.length(2);
      expect(kit.recorder.of('unstuck-detect')).to.have.length(0);
    } finally {
      warn.restore();
    }
  });
});
