import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ReportEvent } from '../src/report/compute.js';
import { argTypesFor, describeComponent } from './manifest.js';
import { generateEvents } from '../scripts/event-generator.mjs';

const TAG = 'unstuck-report';

/**
 * One detected moment, as a row: group, signal, what the visitor did with the question
 * (a choice value, `dismiss`, `escalate` = the way to a person, or nothing), the outcome, and
 * why it was not asked (suppressed). Expanded below into wire events (docs/events.md).
 */
type Row = [group: 'treatment' | 'holdout', signal: string, action: string | null, outcome: 'continued' | 'escalated' | 'abandoned', suppressed?: string];

const LOAN: Row[] = [
  ['treatment', 'field-stall', 'why', 'continued'],
  ['treatment', 'field-stall', 'security', 'continued'],
  ['treatment', 'idle', 'why', 'continued'],
  ['treatment', 'field-stall', 'later', 'abandoned'],
  ['treatment', 'field-stall', 'security', 'continued'],
  ['treatment', 'field-churn', 'why', 'continued'],
  ['treatment', 'field-stall', 'dismiss', 'abandoned'],
  ['treatment', 'idle', 'security', 'abandoned'],
  ['treatment', 'field-stall', 'why', 'continued'],
  ['treatment', 'field-stall', 'escalate', 'escalated'],
  ['treatment', 'errors', 'other', 'continued'],
  ['treatment', 'field-stall', 'why', 'continued'],
  ['treatment', 'idle', 'dismiss', 'continued'],
  ['treatment', 'field-stall', 'security', 'continued'],
  ['treatment', 'field-stall', null, 'abandoned', 'busy'],
  ['holdout', 'field-stall', null, 'continued'],
  ['holdout', 'field-stall', null, 'abandoned'],
  ['holdout', 'idle', null, 'abandoned'],
  ['holdout', 'field-stall', null, 'continued'],
  ['holdout', 'field-churn', null, 'abandoned'],
];

const PLANS: Row[] = [
  ['treatment', 'dither', 'difference', 'continued'],
  ['treatment', 'dither', 'trial', 'continued'],
  ['treatment', 'scroll-back', 'difference', 'abandoned'],
  ['treatment', 'dither', 'change-later', 'continued'],
  ['treatment', 'idle', 'dismiss', 'abandoned'],
  ['treatment', 'dither', 'difference', 'continued'],
  ['treatment', 'dither', 'trial', 'abandoned'],
  ['treatment', 'scroll-back', 'difference', 'continued'],
  ['treatment', 'dither', null, 'abandoned', 'cooldown'],
  ['holdout', 'dither', null, 'abandoned'],
  ['holdout', 'scroll-back', null, 'continued'],
  ['holdout', 'dither', null, 'abandoned'],
];

const START = Date.UTC(2026, 10, 16, 9);
const HOUR = 3_600_000;

/** Rows → wire events (v1): detect, show, answer/dismiss/escalate, outcome. */
function expand(moment: string, element: string, journey: string | null, step: string | null, prompt: string, labels: Record<string, string>, rows: Row[]): ReportEvent[] {
  const choices = Object.keys(labels);
  return rows.flatMap(([group, signal, action, outcome, suppressed = null], index) => {
    const at = START + index * 7 * HOUR + moment.length * 60_000;
    const detection = `${moment}-${index}-detect`;
    const base = { v: 1, moment, journey, step, element, signal, group, visit: `visit-${moment}-${index}` };
    const asked = group === 'treatment' && !suppressed;
    const ms = outcome === 'continued' ? 95_000 + index * 4_000 : 600_000;
    const events: Record<string, unknown>[] = [{ ...base, type: 'unstuck-detect', id: detection, at, signals: { [signal]: 1 }, suppressed }];
    const event = (type: string, offset: number, extra: Record<string, unknown> = {}) =>
      events.push({ ...base, type, id: `${moment}-${index}-${type}`, at: at + offset, detection, ...extra });
    if (asked) {
      event('unstuck-show', 400, { question: prompt, choices, labels });
      if (action === 'dismiss') event('unstuck-dismiss', 5_000);
      else if (action === 'escalate') event('unstuck-escalate', 9_000);
      else if (action) event('unstuck-answer', 6_000, { choice: action, label: labels[action], approval: { by: 'Product · A. Osei', on: '2026-10-01', expires: null } });
    }
    event('unstuck-outcome', ms, { outcome, ms, asked, suppressed });
    return events as unknown as ReportEvent[];
  });
}

/** A fixed week of realistic events for two moments, in their wire form (see docs/events.md). */
const sampleEvents: ReportEvent[] = [
  ...expand('loan-ssn', 'unstuck-form', 'loan', 'identity', 'What’s making you pause here?', { why: 'Not sure why this is needed', security: 'Worried about security', later: 'I’ll finish later', other: 'Something else' }, LOAN),
  ...expand('plans', 'unstuck-pricing', 'shop', 'plans', 'What would help you choose?', { difference: 'What’s the difference?', 'change-later': 'Can I change plans later?', trial: 'Is there a trial?' }, PLANS),
];

/** Three weeks of a busier site (scripts/event-generator.mjs, seeded): enough to decide. */
const busyWeeks = [...generateEvents({ moments: 6_000, seed: 3, days: 21, holdout: 0.2 })] as unknown as ReportEvent[];


const meta: Meta = {
  title: 'Report/unstuck-report',
  component: TAG,
  argTypes: argTypesFor(TAG),
  parameters: {
    docs: {
      description: {
        component: describeComponent(
          TAG,
          'Give it the collected events: `src` (an NDJSON file or a JSON array, e.g. what your `endpoint` stored) or the `events` property. These stories set `.events=${[…]}` to a fixed inline week of events. Not part of `dist/unstuck.js`: load `dist/unstuck-report.js`.',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Two moments, a week of events: the funnel, what blocks people, and forward movement against the holdout. */
export const Week: Story = {
  render: () => html`<unstuck-report .events=${sampleEvents}></unstuck-report>`,
  play: async ({ canvasElement }) => {
    const report = canvasElement.querySelector(TAG)!;
    await waitFor(() => expect(report.shadowRoot?.querySelectorAll('.moment')).toHaveLength(2));
  },
};

/**
 * A busier site, three weeks: verdicts decided (helps) and not (not yet known), ranked first,
 * and day by day how each verdict formed.
 */
export const Decided: Story = {
  render: () => html`<unstuck-report .events=${busyWeeks}></unstuck-report>`,
  play: async ({ canvasElement }) => {
    const report = canvasElement.querySelector(TAG)!;
    await waitFor(() => expect(report.shadowRoot?.querySelector('.verdict')?.getAttribute('data-verdict')).toBe('helps'));
    await expect(report.shadowRoot!.querySelectorAll('.trend .band').length).toBeGreaterThan(20);
  },
};

/** One moment without a holdout: the lift cannot be known. */
export const NoHoldout: Story = {
  render: () => html`<unstuck-report .events=${sampleEvents.filter((event) => event.moment === 'plans' && event.group !== 'holdout')}></unstuck-report>`,
};

/** No events yet. */
export const Empty: Story = {
  render: () => html`<unstuck-report .events=${[]}></unstuck-report>`,
};
