// Writes a week of realistic sample events (NDJSON, wire format v1) for the demo's report page
// and the README screenshot. Deterministic: the same file every run.
// Usage: node scripts/sample-events.mjs demo/sample-events.ndjson
import { readFileSync, writeFileSync } from 'node:fs';

let seed = 42;
const random = () => ((seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32);
const pick = (weights) => {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  let roll = random() * total;
  for (const [key, weight] of Object.entries(weights)) if ((roll -= weight) < 0) return key;
  return Object.keys(weights)[0];
};
let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/**
 * The demo's own moments, read from its pages: each wrapper's question (prompt), its replies and
 * their approvals, so the sample week never shows a reply the demo does not have. `choices` gives
 * each reply's weight and how often it leads to moving forward.
 */
const SPECS = [
  { page: 'loan.html', moment: 'loan-ssn', element: 'unstuck-form', journey: 'loan', step: 'identity', signals: { 'field-stall': 6, idle: 3, 'field-churn': 1 },
    choices: { why: [5, 0.78], security: [4, 0.7], 'credit-score': [2, 0.55], later: [2, 0.25] }, holdout: 0.2, count: 260, base: 0.41, dismiss: 0.22 },
  { page: 'pricing.html', moment: 'plans', element: 'unstuck-pricing', journey: 'shop', step: 'plans', signals: { dither: 5, 'scroll-back': 2, idle: 2 },
    choices: { difference: [6, 0.62], 'change-later': [3, 0.5], trial: [2, 0.58], 'loan-rates': [1, 0.45] }, holdout: 0.2, count: 180, base: 0.38, dismiss: 0.3 },
  { page: 'teams.html', moment: 'team-plans', element: 'unstuck-pricing', journey: 'teams', step: 'plans', signals: { dither: 4, 'scroll-back': 3, idle: 3 },
    choices: { 'team-size': [6, 0.66], difference: [3, 0.55], switch: [2, 0.5], trial: [2, 0.6] }, holdout: 0.2, count: 150, base: 0.35, dismiss: 0.25 },
  { page: 'payment.html', moment: 'payment', element: 'unstuck-checkout-step', journey: 'shop', step: 'payment', signals: { errors: 6, 'round-trips': 2 },
    choices: { declined: [5, 0.6], 'other-method': [3, 0.72], charged: [2, 0.5], security: [1, 0.55] }, holdout: 0.1, count: 120, base: 0.46, dismiss: 0.15 },
  { page: 'help.html', moment: 'help-search', element: 'unstuck-search', journey: null, step: null, signals: { 'failed-searches': 1 },
    choices: { order: [4, 0.55], refund: [3, 0.5], loan: [2, 0.45], else: [2, 0.3] }, holdout: 0, count: 90, base: 0.3, dismiss: 0.25 },
];

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** A demo page's question for `moment`: prompt and replies with their approvals. */
export function demoQuestion(page, moment) {
  const html = readFileSync(new URL(`../demo/${page}`, import.meta.url), 'utf8');
  const start = html.indexOf(`moment="${moment}"`);
  if (start < 0) throw new Error(`demo/${page} has no wrapper with moment="${moment}"`);
  const question = /<unstuck-question[^>]*>/.exec(html.slice(start))[0];
  const section = html.slice(start, html.indexOf('</unstuck-question>', start));
  const replies = [...section.matchAll(/<unstuck-choice[^>]*>/g)].map(([tag]) => ({
    value: attribute(tag, 'value'),
    label: attribute(tag, 'label'),
    approval: { by: attribute(tag, 'approved-by'), on: attribute(tag, 'approved-on'), expires: attribute(tag, 'expires-on') },
  }));
  return { prompt: attribute(question, 'prompt'), replies };
}

const MOMENTS = SPECS.map((spec) => {
  const { prompt, replies } = demoQuestion(spec.page, spec.moment);
  const values = replies.map((reply) => reply.value);
  const unknown = Object.keys(spec.choices).filter((value) => !values.includes(value));
  if (unknown.length) throw new Error(`demo/${spec.page} has no reply ${unknown.join(', ')} for moment="${spec.moment}"`);
  return { ...spec, prompt, replies };
});

const start = Date.UTC(2026, 10, 15, 8);
const lines = [];
for (const spec of MOMENTS) {
  for (let n = 0; n < spec.count; n++) {
    const at = start + Math.floor(random() * 7 * 86_400_000);
    const visit = id();
    const group = random() < spec.holdout ? 'holdout' : 'treatment';
    const signal = pick(spec.signals);
    const base = { v: 1, moment: spec.moment, journey: spec.journey, step: spec.step, element: spec.element, signal, group, visit };
    const detection = id();
    const suppressed = group === 'treatment' && random() < 0.06 ? pick({ busy: 2, gap: 1, cooldown: 1 }) : null;
    lines.push({ ...base, type: 'unstuck-detect', id: detection, at, signals: { [signal]: 1 }, suppressed });
    let forward = spec.base;
    let asked = false;
    let escalated = false;
    if (group === 'treatment' && !suppressed) {
      asked = true;
      lines.push({ ...base, type: 'unstuck-show', id: id(), at: at + 400, detection, question: spec.prompt, choices: spec.replies.map((reply) => reply.value), labels: Object.fromEntries(spec.replies.map((reply) => [reply.value, reply.label])) });
      if (random() < spec.dismiss) {
        lines.push({ ...base, type: 'unstuck-dismiss', id: id(), at: at + 4_000, detection });
        forward = spec.base + 0.03;
      } else {
        const choice = pick(Object.fromEntries(Object.entries(spec.choices).map(([key, [weight]]) => [key, weight])));
        forward = spec.choices[choice][1];
        const { approval, label } = spec.replies.find((reply) => reply.value === choice);
        lines.push({ ...base, type: 'unstuck-answer', id: id(), at: at + 6_000, detection, choice, label, approval });
        if (random() < 0.08) {
          escalated = true;
          lines.push({ ...base, type: 'unstuck-escalate', id: id(), at: at + 15_000, detection });
        }
      }
    }
    const continued = random() < forward;
    const ms = Math.floor(20_000 + random() * 400_000);
    const outcome = continued ? 'continued' : escalated ? 'escalated' : 'abandoned';
    lines.push({ ...base, type: 'unstuck-outcome', id: id(), at: at + ms, detection, outcome, ms, asked, suppressed });
  }
}
lines.sort((a, b) => a.at - b.at);
if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'demo/sample-events.ndjson';
  writeFileSync(out, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  console.log(`${lines.length} events → ${out}`);
}
