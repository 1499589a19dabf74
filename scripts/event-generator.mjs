// Synthetic wire events with a known answer: a seeded mix of moments, signals, holdout, replies
// and retried deliveries, and the ledger of what was generated (per moment: detected, treatment
// and holdout measured/continued, duplicates injected). Pure (no Node or DOM imports), so the
// browser tests, the PostgreSQL test and the 10-million-event benchmark share it.

/** Moments as a real site has them: element, question, replies (value → label), signals, rates. */
export const MOMENTS = [
  {
    moment: 'loan-ssn', element: 'unstuck-form', journey: 'loan', question: 'What’s making you pause here?', share: 0.3,
    replies: { why: 'Not sure why this is needed', security: 'Worried about security', 'credit-score': 'Will this hurt my credit score?', later: 'I’ll finish later' },
    signals: ['field-stall', 'idle', 'pattern'], treatment: 0.62, holdout: 0.5,
  },
  {
    moment: 'checkout-payment', element: 'unstuck-flow', journey: 'checkout', question: 'What’s holding you back?', share: 0.3,
    replies: { shipping: 'Shipping costs', trust: 'Is this site safe?', coupon: 'My coupon doesn’t work', compare: 'Still comparing' },
    signals: ['round-trips', 'errors', 'exit-intent', 'rage'], treatment: 0.55, holdout: 0.5,
  },
  {
    moment: 'pricing-plans', element: 'unstuck-choice', journey: 'pricing', question: 'What would help you choose?', share: 0.2,
    replies: { difference: 'What’s the difference?', team: 'Which fits my team?', price: 'Too expensive' },
    signals: ['dither', 'scroll-back', 'idle'], treatment: 0.4, holdout: 0.4,
  },
  {
    moment: 'help-search', element: 'unstuck-search', journey: 'help', question: 'What are you looking for?', share: 0.12,
    replies: { billing: 'Billing', account: 'My account', other: 'Something else' },
    signals: ['failed-searches'], treatment: 0.35, holdout: 0.3,
  },
  {
    moment: 'account-cancel', element: 'unstuck-exit', journey: 'cancel', question: 'Before you go — what’s wrong?', share: 0.08,
    replies: { price: 'Too expensive', missing: 'Missing a feature', pause: 'I just need a break' },
    signals: ['returns', 'exit-intent'], treatment: 0.3, holdout: 0.3,
  },
];

/** mulberry32: a small seeded generator, identical everywhere. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUPPRESSED = ['busy', 'cap', 'cooldown', 'gap'];
const hex = (n, width) => n.toString(16).padStart(width, '0');

/**
 * Yields events (each moment's in order; a retried delivery repeats an event with its id right
 * after it). Options: `moments` (detected moments to generate), `seed`, `days` (spread over),
 * `start` (epoch ms of the first day), `holdout` (share), `duplicates` (share of deliveries
 * repeated), `ledger` (an object filled with the true figures as generation goes).
 */
export function* generateEvents({ moments = 1000, seed = 1, days = 30, start = Date.UTC(2026, 10, 1), holdout = 0.1, duplicates = 0.02, ledger = {} } = {}) {
  const next = random(seed);
  let serial = 0;
  const id = () => `${hex(seed, 8)}-${hex(++serial, 4).slice(-4)}-4000-8000-${hex(serial, 12)}`;
  ledger.events = 0;
  ledger.duplicates = 0;
  ledger.moments = {};
  const cumulative = [];
  let total = 0;
  for (const spec of MOMENTS) cumulative.push((total += spec.share));
  for (let index = 0; index < moments; index++) {
    const roll = next() * total;
    const spec = MOMENTS[cumulative.findIndex((bound) => roll < bound)] ?? MOMENTS[0];
    const truth = (ledger.moments[spec.moment] ??= { detected: 0, suppressed: 0, treatment: { measured: 0, continued: 0 }, holdout: { measured: 0, continued: 0 }, answered: 0 });
    const group = next() < holdout ? 'holdout' : 'treatment';
    const signal = spec.signals[Math.floor(next() * spec.signals.length)];
    const at = start + Math.floor((index / moments) * days * 86_400_000) + Math.floor(next() * 60_000);
    const visit = id();
    const base = { v: 1, moment: spec.moment, journey: spec.journey, element: spec.element, signal, group, visit };
    const suppressed = next() < 0.08 ? SUPPRESSED[Math.floor(next() * SUPPRESSED.length)] : null;
    const detection = id();
    const events = [{ ...base, type: 'unstuck-detect', id: detection, at, signals: { [signal]: 1 }, suppressed }];
    truth.detected++;
    let continued = next() < (group === 'holdout' ? spec.holdout : spec.treatment);
    if (group === 'treatment' && !suppressed) {
      const values = Object.keys(spec.replies);
      events.push({ ...base, type: 'unstuck-show', id: id(), at: at + 400, detection, question: spec.question, choices: values, labels: spec.replies });
      const choice = next() < 0.6 ? values[Math.floor(next() * values.length)] : null;
      if (choice) {
        truth.answered++;
        events.push({ ...base, type: 'unstuck-answer', id: id(), at: at + 5_000, detection, choice, label: spec.replies[choice] });
      } else if (next() < 0.5) events.push({ ...base, type: 'unstuck-dismiss', id: id(), at: at + 3_000, detection });
      if (!continued && next() < 0.1) events.push({ ...base, type: 'unstuck-escalate', id: id(), at: at + 8_000, detection });
    }
    if (suppressed) {
      truth.suppressed++;
      continued = next() < spec.holdout;
    } else {
      const arm = truth[group];
      arm.measured++;
      if (continued) arm.continued++;
    }
    events.push({ ...base, type: 'unstuck-outcome', id: id(), at: at + 60_000, detection, outcome: continued ? 'continued' : 'abandoned', suppressed, asked: group === 'treatment' && !suppressed });
    for (const event of events) {
      ledger.events++;
      yield event;
      if (next() < duplicates) {
        ledger.duplicates++;
        yield event;
      }
    }
  }
}
