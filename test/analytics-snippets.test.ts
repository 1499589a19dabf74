// posthog-js and Segment loaded the snippet way (a global, possibly defined after the kit loaded):
// the real libraries from their npm packages, served by this test server as their CDNs would.
import { expect } from '@open-wc/testing';
import '../src/unstuck.js';
import { Unstuck } from '../src/page/api.js';
import { resetStorage } from './helpers.js';
import { arrived, askedAndContinued, POSTHOG_TEST_OPTIONS } from './vendors.js';

function script(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = Object.assign(document.createElement('script'), { src, onload: () => resolve(), onerror: reject });
    document.head.append(element);
  });
}

/** Segment's snippet (v5), trimmed: a stub that queues calls, then analytics.min.js from the CDN. */
function segmentSnippet(writeKey: string): void {
  const stub = [] as unknown as unknown[] & Record<string, unknown>;
  (globalThis as Record<string, unknown>).analytics = stub;
  stub.invoked = true;
  for (const method of ['track', 'identify', 'page', 'ready', 'reset']) {
    stub[method] = (...args: unknown[]) => {
      stub.push([method, ...args]);
      return stub;
    };
  }
  stub._writeKey = writeKey;
  stub._cdn = `${location.origin}/__segment/cdn`;
  stub.SNIPPET_VERSION = '5.2.0';
  const element = document.createElement('script');
  element.async = true;
  element.setAttribute('data-global-segment-analytics-key', 'analytics');
  element.src = `${location.origin}/__segment/cdn/analytics.js/v1/${writeKey}/analytics.min.js`;
  document.head.append(element);
}

describe('analytics libraries loaded as snippets (globals)', () => {
  beforeEach(() => resetStorage());

  it('posthog and segment sinks reach both libraries, though their globals appeared after the kit loaded', async () => {
    Unstuck.configure({ sinks: ['posthog', 'segment'] });
    await script('/__posthog/array.full.js');
    const posthog = (globalThis as { posthog?: { init(token: string, options: object): void } }).posthog!;
    posthog.init('phc_snippet', POSTHOG_TEST_OPTIONS);
    segmentSnippet('snippet-key');
    const events = await askedAndContinued('snippets');
    const ids = events.map((event) => event.id);
    expect((await arrived('posthog', ids)).map(({ name }) => name)).to.include.members(['unstuck detect', 'unstuck show', 'unstuck outcome']);
    expect((await arrived('segment', ids)).map(({ name }) => name)).to.include.members(['Unstuck Detect', 'Unstuck Show', 'Unstuck Outcome']);
  });
});
