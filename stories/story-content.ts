/**
 * Markup shared by the stories: realistic wrapped content, approved questions and the way to a
 * person, written exactly as a team would paste them into a page. Classes prefixed `demo-` are
 * styled by `.storybook/preview-head.html` (stand-ins for the site's own CSS).
 */

/** Page settings for stories that detect: no cap and no gap, so every story can ask. */
export const storyConfig = `<unstuck-config max-per-session="1000" gap="0s"></unstuck-config>`;

export interface ChoiceSpec {
  value: string;
  label: string;
  response: string;
  approvedBy?: string | null;
  approvedOn?: string | null;
  expiresOn?: string;
  escalate?: boolean;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One `<unstuck-choice>`; `approvedBy: null` leaves the approval out. */
export function choice(spec: ChoiceSpec): string {
  const attributes = [
    `value="${escapeAttribute(spec.value)}"`,
    `label="${escapeAttribute(spec.label)}"`,
    spec.approvedBy === null ? '' : `approved-by="${escapeAttribute(spec.approvedBy ?? 'Product · A. Osei')}"`,
    spec.approvedOn === null ? '' : `approved-on="${spec.approvedOn ?? '2026-10-01'}"`,
    spec.expiresOn ? `expires-on="${spec.expiresOn}"` : '',
    spec.escalate ? 'escalate' : '',
  ].filter(Boolean);
  return `
    <unstuck-choice ${attributes.join(' ')}>
      <template>${spec.response}</template>
    </unstuck-choice>`;
}

/** One `<unstuck-question>` with its choices (and optionally extra attributes). */
export function question(prompt: string, choices: ChoiceSpec[], extra = ''): string {
  return `
  <unstuck-question prompt="${escapeAttribute(prompt)}"${extra ? ` ${extra}` : ''}>${choices.map(choice).join('')}
  </unstuck-question>`;
}

// ── The way to a person ─────────────────────────────────────────────────────

export const human = `
  <unstuck-human label="Talk to a person">
    <template><p><a href="tel:+18005550100">Call 800 555 0100</a> (8am–8pm ET) or <a href="#callback">request a callback</a>.</p></template>
  </unstuck-human>`;

// ── Loan form ───────────────────────────────────────────────────────────────

export const loanChoices: ChoiceSpec[] = [
  {
    value: 'why',
    label: 'Not sure why this is needed',
    approvedBy: 'Legal · R. Diaz',
    expiresOn: '2027-04-01',
    response: '<p>Lenders are required by federal law to verify your identity before offering credit. We use your number once, for that check only.</p>',
  },
  {
    value: 'security',
    label: 'Worried about security',
    approvedBy: 'Security · M. Chen',
    approvedOn: '2026-10-03',
    response: '<p>Your number is encrypted and never shared for marketing. <a href="#security">How we protect your data</a>.</p>',
  },
  {
    value: 'later',
    label: "I'll finish later",
    response: '<p>No problem: your answers are saved on this device for 7 days.</p>',
  },
  {
    value: 'other',
    label: 'Something else',
    response: '<p>Our team can help with anything else; see the options below.</p>',
  },
];

export const loanQuestion = question("What's making you pause here?", loanChoices);

export const loanForm = `
  <form class="demo-form" action="#submitted">
    <label>Full name <input name="name" autocomplete="name"></label>
    <label>Social Security number <input name="ssn" inputmode="numeric" autocomplete="off"></label>
    <button type="submit">Continue</button>
  </form>`;

/** The same form with required fields, so submitting it empty fails validation. */
export const requiredLoanForm = loanForm.replace(/<input name="(name|ssn)"/g, '<input name="$1" required');

// ── Generic zone ────────────────────────────────────────────────────────────

export const zoneContent = `
  <div class="demo-sections">
    <section class="demo-card" data-unstuck-section="plans" aria-label="Plans">
      <h3>Plans</h3>
      <p>Basic, Plus and Pro, from $0 a month.</p>
      <button type="button">Compare plans</button>
    </section>
    <section class="demo-card" data-unstuck-section="faq" aria-label="Questions">
      <h3>Questions</h3>
      <p>Delivery, returns and warranty.</p>
      <button type="button">Read the FAQ</button>
    </section>
  </div>
  <p><button type="button" class="demo-dead">Apply discount</button> <a href="#next" data-unstuck-goal>Continue to checkout</a></p>`;

// ── Pricing ─────────────────────────────────────────────────────────────────

export const plans = `
  <div class="demo-plans">
    <section class="demo-card" data-unstuck-option="basic" data-unstuck-option-label="Basic" aria-labelledby="plan-basic">
      <h3 id="plan-basic">Basic</h3>
      <p class="demo-price">$0 <span>/ month</span></p>
      <p>Standard delivery in 3–5 days. 30-day returns.</p>
      <a href="#buy-basic" data-unstuck-goal>Choose Basic</a>
    </section>
    <section class="demo-card" data-unstuck-option="plus" data-unstuck-option-label="Plus" aria-labelledby="plan-plus">
      <h3 id="plan-plus">Plus</h3>
      <p class="demo-price">$7 <span>/ month</span></p>
      <p>Free delivery over $35. 60-day returns.</p>
      <a href="#buy-plus" data-unstuck-goal>Choose Plus</a>
    </section>
    <section class="demo-card" data-unstuck-option="pro" data-unstuck-option-label="Pro" aria-labelledby="plan-pro">
      <h3 id="plan-pro">Pro</h3>
      <p class="demo-price">$15 <span>/ month</span></p>
      <p>Next-day delivery. 2-year warranty.</p>
      <a href="#buy-pro" data-unstuck-goal>Choose Pro</a>
    </section>
  </div>`;

export const planQuestion = question('What would help you choose?', [
  {
    value: 'difference',
    label: 'What’s the real difference?',
    approvedBy: 'Product · L. Okafor',
    expiresOn: '2027-04-01',
    response:
      '<p>You were looking at <strong data-unstuck-fill="option">this plan</strong>. Basic suits an order every month or two; Plus pays for itself at two orders a month; Pro adds next-day delivery and a 2-year warranty.</p>',
  },
  {
    value: 'change-later',
    label: 'Can I switch or cancel later?',
    approvedBy: 'Billing · S. Park',
    response: '<p>Yes, any time, from your account. Downgrades take effect at your next billing date, with no fees.</p>',
  },
  {
    value: 'trial',
    label: 'Is there a free trial?',
    approvedBy: 'Billing · S. Park',
    response: '<p>Plus and Pro are free for your first 30 days. We email you 3 days before the trial ends.</p>',
  },
]);

// ── Checkout ────────────────────────────────────────────────────────────────

export const paymentStep = `
  <form class="demo-form" action="#paid">
    <label>Card number <input name="card" inputmode="numeric" autocomplete="cc-number"></label>
    <label>Expiry <input name="expiry" autocomplete="cc-exp" placeholder="MM/YY"></label>
    <button type="submit">Pay $42.80</button>
  </form>
  <p><a href="#cart" data-unstuck-back="cart">Edit cart</a></p>
  <div class="demo-errors"></div>`;

export const paymentQuestion = question('What’s getting in the way of paying?', [
  {
    value: 'declined',
    label: 'My card keeps being declined',
    approvedBy: 'Payments · D. Ruiz',
    response: '<p>Banks often decline a first online payment as a precaution. Your bank’s app can approve it in a tap; then try again.</p>',
  },
  {
    value: 'other-card',
    label: 'I want to pay another way',
    approvedBy: 'Payments · D. Ruiz',
    response: '<p>We also take PayPal and bank transfer: choose <strong>Other ways to pay</strong> above the card form.</p>',
  },
  {
    value: 'total',
    label: 'The total isn’t what I expected',
    approvedBy: 'Payments · D. Ruiz',
    response: '<p>The total includes delivery ($4.95) and sales tax for your address. <a href="#cart">Review your cart</a>.</p>',
  },
]);

// ── Search ──────────────────────────────────────────────────────────────────

export const searchBox = `
  <form class="demo-search" role="search" aria-label="Help articles">
    <label>Search help <input type="search" name="q"></label>
    <button type="submit">Search</button>
  </form>
  <p class="demo-status" role="status"></p>
  <ul class="demo-results">
    <li><a href="#refunds" data-unstuck-goal>Refunds and returns</a></li>
    <li><a href="#delivery" data-unstuck-goal>Delivery times</a></li>
  </ul>`;

export const searchQuestion = question('Having trouble finding it?', [
  {
    value: 'cant-find',
    label: 'I can’t find what I’m looking for',
    approvedBy: 'Support · P. Laine',
    response: '<p>Our most-read answers: <a href="#refunds">refunds</a>, <a href="#delivery">delivery times</a>, <a href="#password">resetting a password</a>.</p>',
  },
  {
    value: 'wrong-words',
    label: 'I don’t know what it’s called',
    approvedBy: 'Support · P. Laine',
    response: '<p>Describe what you want to do, such as “send it back” or “change my address”; the search understands everyday words.</p>',
  },
  {
    value: 'person',
    label: 'I’d rather ask someone',
    approvedBy: 'Support · P. Laine',
    escalate: true,
    response: '<p>Of course: use one of the options below and a person will answer.</p>',
  },
]);

// ── Cancel ──────────────────────────────────────────────────────────────────

export const cancelFlow = `
  <section class="demo-card" aria-labelledby="cancel-title">
    <h3 id="cancel-title">Cancel your Plus membership</h3>
    <p>If you cancel, Plus stays active until Dec 14, 2026. After that you move to Basic.</p>
    <p class="demo-actions">
      <a class="keep-plan" href="#plan-kept">Keep my plan</a>
      <button type="button" data-unstuck-confirm>Cancel my plan</button>
    </p>
  </section>`;

export const cancelQuestion = question('What’s the main reason you’re leaving?', [
  {
    value: 'price',
    label: 'It costs too much',
    approvedBy: 'Membership · K. Brooks',
    approvedOn: '2026-10-06',
    response: '<p>You can switch to Basic for free, or pause Plus for up to 3 months. Either way, cancelling stays one click away.</p>',
  },
  {
    value: 'not-using',
    label: 'I don’t order often enough',
    approvedBy: 'Membership · K. Brooks',
    approvedOn: '2026-10-06',
    response: '<p>Plus pays for itself at about two orders a month; below that, Basic is the better deal.</p>',
  },
  {
    value: 'just-cancel',
    label: 'I just want to cancel',
    approvedBy: 'Membership · K. Brooks',
    approvedOn: '2026-10-06',
    response: '<p>Of course. Press <strong>Cancel my plan</strong>: it takes effect on Dec 14, 2026, with no fee.</p>',
  },
]);

// ── Generic zone question ───────────────────────────────────────────────────

export const zoneQuestion = question('What’s holding you back?', [
  {
    value: 'discount',
    label: 'My discount code doesn’t work',
    approvedBy: 'Marketing · E. Varga',
    response: '<p>Codes apply at checkout, on the payment step. Codes from partner sites work only with Plus and Pro.</p>',
  },
  {
    value: 'which-plan',
    label: 'I can’t tell which plan fits',
    approvedBy: 'Product · L. Okafor',
    response: '<p>Basic suits an order every month or two; Plus pays for itself at two orders a month. <a href="#compare">Compare plans</a>.</p>',
  },
  {
    value: 'delivery',
    label: 'I’m not sure about delivery times',
    approvedBy: 'Logistics · H. Berg',
    response: '<p>Standard delivery takes 3–5 working days; Pro members get next-day delivery on everything.</p>',
  },
]);
