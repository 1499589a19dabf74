// Writes a week of realistic sample events (NDJSON, wire format v1) for the demo's report page
// and the README screenshot. Deterministic: the same file every run.
// Usage: node scripts/sample-events.mjs demo/sample-events.ndjson
import { writeFileSync } from 'node:fs';

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

const MOMENTS = [
  { moment: 'loan-ssn', element: 'unstuck-form', journey: 'loan', step: 'identity', signals: { 'field-stall': 6, idle: 3, 'field-churn': 1 },
    choices: { why: [5, 0.78], security: [4, 0.7], later: [2, 0.25], other: [1, 0.4] }, holdout: 0.2, count: 260, base: 0.41, dismiss: 0.22 },
  { moment: 'plans', element: 'unstuck-pricing', journey: 'shop', step: 'plans', signals: { dither: 5, 'scroll-back': 2, idle: 2 },
    choices: { difference: [6, 0.62], price: [3, 0.45], 'team-plan': [1, 0.55] }, holdout: 0.2, count: 180, base: 0.38, dismiss: 0.3 },
  { moment: 'payment', element: 'unstuck-checkout-step', journey: 'shop', step: 'payment', signals: { errors: 6, 'round-trips': 2 },
    choices: { declined: [5, 0.6], 'other-card': [3, 0.72], 'pay-later': [2, 0.5] }, holdout: 0.1, count: 120, base: 0.46, dismiss: 0.15 },
  { moment: 'help-search', element: 'unstuck-search', journey: null, step: null, signals: { 'failed-searches': 1 },
    choices: { 'cant-find': [5, 0.5], 'wrong-words': [3, 0.58], person: [2, 0.3] }, holdout: 0, count: 90, base: 0.3, dismiss: 0.25 },
];

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
      lines.push({ ...base, type: 'unstuck-show', id: id(), at: at + 400, detection, question: 'What is making you pause?', choices: Object.keys(spec.choices) });
      if (random() < spec.dismiss) {
        lines.push({ ...base, type: 'unstuck-dismiss', id: id(), at: at + 4_000, detection });
        forward = spec.base + 0.03;
      } else {
        const choice = pick(Object.fromEntries(Object.entries(spec.choices).map(([key, [weight]]) => [key, weight])));
        forward = spec.choices[choice][1];
        lines.push({ ...base, type: 'unstuck-answer', id: id(), at: at + 6_000, detection, choice, approval: { by: 'Product · A. Osei', on: '2026-10-01', expires: null } });
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
const out = process.argv[2] ?? 'demo/sample-events.ndjson';
writeFileSync(out, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
console.log(`${lines.length} events → ${out}`);
