// The real posthog-js and Segment analytics-next, installed from npm as apps install them, their
// network pointed at this test server: the kit's events arrive at the library's own endpoint
// with their ids. Real timers: the libraries batch and retry on their own.
import type { AnalyticsBrowser as SegmentBrowser } from '@segment/analytics-next';
import { expect } from '@open-wc/testing';
import posthog from 'posthog-js';
import '../src/unstuck.js';
import { Unstuck } from '../src/page/api.js';
import { resetSettings } from '../src/page/settings.js';
import { resetStorage } from './helpers.js';
import { arrived, askedAndContinued, POSTHOG_TEST_OPTIONS } from './vendors.js';

const globals = globalThis as Record<string, unknown>;

describe('analytics libraries installed from npm', () => {
  beforeEach(() => resetStorage());
  afterEach(() => resetSettings());

  it('posthog-js (import posthog from "posthog-js") gets every event, with its id, through Unstuck.configure({ posthog })', async () => {
    expect(globals.posthog, 'the npm way defines no global').to.equal(undefined);
    posthog.init('phc_unstuck_test', POSTHOG_TEST_OPTIONS);
    Unstuck.configure({ posthog });
    const events = await askedAndContinued('npm-posthog');
    const got = await arrived('posthog', events.map((event) => event.id));
    expect(got.map(({ name }) => name)).to.include.members(['unstuck detect', 'unstuck show', 'unstuck outcome']);
    expect(got.find(({ name }) => name === 'unstuck outcome')!.properties).to.include({ moment: 'npm-posthog', outcome: 'continued' });
  });

  it('Segment analytics-next (AnalyticsBrowser.load) gets every event, with its id, through Unstuck.configure({ analytics })', async () => {
    expect(globals.analytics, 'the npm way defines no global').to.equal(undefined);
    // As an app's bundler ships it (the package has CommonJS inside): bundled by esbuild on the test server.
    const { AnalyticsBrowser } = (await import(String('/__npm/segment-analytics-next.js'))) as { AnalyticsBrowser: typeof SegmentBrowser };
    const analytics = AnalyticsBrowser.load({ writeKey: 'unstuck-test', cdnURL: `${location.origin}/__segment/cdn` });
    Unstuck.configure({ analytics });
    const events = await askedAndContinued('npm-segment');
    const got = await arrived('segment', events.map((event) => event.id));
    expect(got.map(({ name }) => name)).to.include.members(['Unstuck Detect', 'Unstuck Show', 'Unstuck Outcome']);
    expect(got.find(({ name }) => name === 'Unstuck Outcome')!.properties).to.include({ moment: 'npm-segment', outcome: 'continued' });
  });
});
