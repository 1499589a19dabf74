/** Shared by the tests that run the real analytics libraries against this test server. */
import { fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { UnstuckZone } from '../src/components/zone/zone.js';
import { Unstuck } from '../src/page/api.js';
import type { WireEvent } from '../src/sinks/wire.js';
import { HUMAN_MARKUP, questionMarkup } from './helpers.js';

/** posthog-js's options for a test: network to this server, nothing but `capture()` calls. */
export const POSTHOG_TEST_OPTIONS = {
  api_host: `${location.origin}/ph`,
  autocapture: false,
  capture_pageview: false,
  capture_pageleave: false,
  disable_session_recording: true,
  disable_surveys: true,
  advanced_disable_flags: true,
  persistence: 'memory',
  disable_compression: true,
  request_batching: false,
  opt_out_useragent_filter: true, // headless Chromium's user agent is on its bot list
} as const;

export interface VendorEvent {
  name: string;
  properties: Record<string, unknown>;
}

const received: Record<string, VendorEvent[]> = {};

/** Everything each library sent so far, decoded as it encodes it (JSON, or posthog's `data=` form). */
export async function vendorEvents(vendor: 'posthog' | 'segment'): Promise<VendorEvent[]> {
  for (const request of (await executeServerCommand('vendor-requests')) as { vendor: string; body: string }[]) {
    let text = request.body;
    if (text.startsWith('data=')) {
      text = decodeURIComponent(text.slice(5).replace(/\+/g, ' '));
      if (!/^\s*[[{]/.test(text)) text = atob(text);
    }
    const parsed = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    const list = Array.isArray(parsed) ? parsed : ((parsed.batch as Record<string, unknown>[] | undefined) ?? [parsed]);
    for (const event of list) {
      (received[request.vendor] ??= []).push({ name: String(event.event), properties: (event.properties ?? {}) as Record<string, unknown> });
    }
  }
  return (received[vendor] ?? []).filter(({ name }) => /^unstuck /i.test(name));
}

/** Waits until the library sent an event with each of these ids. */
export async function arrived(vendor: 'posthog' | 'segment', ids: string[]): Promise<VendorEvent[]> {
  let events: VendorEvent[] = [];
  await waitUntil(
    async () => {
      events = await vendorEvents(vendor);
      const got = new Set(events.map(({ properties }) => properties.id));
      return ids.every((id) => got.has(id));
    },
    `${vendor} sent every event with its id`,
    { timeout: 8_000, interval: 100 },
  );
  return events;
}

/** A zone asks, then the visitor moves forward: detect, show and outcome, with real timers. */
export async function askedAndContinued(moment: string): Promise<WireEvent[]> {
  const events: WireEvent[] = [];
  const remove = Unstuck.addSink((event) => events.push(event));
  const zone = await fixture<UnstuckZone>(`<unstuck-zone moment="${moment}"><a href="#next" data-unstuck-goal>Next</a>${questionMarkup()}${HUMAN_MARKUP}</unstuck-zone>`);
  zone.ask();
  await waitUntil(() => events.some((event) => event.type === 'unstuck-show'), 'the question shows');
  zone.reachGoal();
  await waitUntil(() => events.some((event) => event.type === 'unstuck-outcome'), 'the outcome is out');
  remove();
  return events;
}
