/**
 * The help centre's search: a real client-side index of articles, searched by substring over
 * titles and keywords. After every search the page tells <unstuck-search> how many results it
 * returned — only the count: the query never leaves this script.
 */

interface Article {
  slug: string;
  title: string;
  keywords: string[];
  body: string;
}

const ARTICLES: Article[] = [
  {
    slug: 'track-order',
    title: 'Track your order',
    keywords: ['tracking', 'where is my order', 'shipped', 'parcel', 'package', 'status', 'late'],
    body: 'Every order has a tracking link in its confirmation email and in Account → Orders. Orders leave our warehouse within one business day. If tracking has not moved for 3 business days, call us and we will chase the carrier for you.',
  },
  {
    slug: 'delivery-options',
    title: 'Delivery options and costs',
    keywords: ['shipping', 'delivery', 'next day', 'standard', 'cost', 'free delivery', 'how long'],
    body: 'Standard delivery is $4.95 and takes 3–5 business days. Next-day delivery is $9.95 when you order by 2pm, Monday to Saturday. Plus members get free delivery on orders over $35, and Pro members get free next-day delivery on everything.',
  },
  {
    slug: 'store-pickup',
    title: 'Pick up in store',
    keywords: ['pickup', 'collect', 'click and collect', 'store', 'free'],
    body: 'Choose Store pickup at the shipping step. It is free, usually ready the same day, and we hold your order for 7 days. Bring your confirmation email.',
  },
  {
    slug: 'change-address',
    title: 'Change a delivery address',
    keywords: ['address', 'wrong address', 'move', 'redirect', 'shipping address'],
    body: 'You can change the address until the order ships, from Account → Orders. After it ships, the tracking page lets you redirect the parcel to a pickup point.',
  },
  {
    slug: 'returns',
    title: 'Return an item',
    keywords: ['return', 'send back', 'exchange', 'label', 'wrong size', 'damaged'],
    body: 'Return anything within 30 days (60 with Plus, 90 with Pro). Returns are free at any Northwind store, or print a prepaid label from Account → Orders.',
  },
  {
    slug: 'refunds',
    title: 'When will I get my refund?',
    keywords: ['refund', 'money back', 'credit', 'reimburse'],
    body: 'Refunds go back to the original payment method within 5 business days of your return arriving. Your bank may take another 2–3 days to show it.',
  },
  {
    slug: 'card-declined',
    title: 'My card was declined',
    keywords: ['declined', 'payment failed', 'card', 'payment', 'billing zip', 'error'],
    body: 'Declines come from your bank: a daily limit, a card not yet activated, or a billing ZIP that does not match your statement. Declined attempts are never charged; a pending amount disappears within 3 business days.',
  },
  {
    slug: 'payment-methods',
    title: 'Ways to pay',
    keywords: ['payment', 'paypal', 'apple pay', 'pay in 4', 'installments', 'gift card', 'bank transfer'],
    body: 'We accept major cards, PayPal, Apple Pay and Northwind gift cards. Orders over $100 can be split into 4 interest-free payments.',
  },
  {
    slug: 'membership-plans',
    title: 'Membership plans compared',
    keywords: ['membership', 'plus', 'pro', 'basic', 'plan', 'subscription', 'trial'],
    body: 'Basic is free. Plus ($7 a month) adds free delivery over $35, 60-day returns and 0.25 points off loan APR. Pro ($15 a month) adds free next-day delivery, 90-day returns, phone support, a 2-year warranty and 0.50 points off loan APR.',
  },
  {
    slug: 'cancel-membership',
    title: 'Cancel or pause your membership',
    keywords: ['cancel', 'membership', 'pause', 'stop', 'subscription', 'downgrade'],
    body: 'Cancel any time from Account → Membership. It takes effect at your next billing date, and you keep every benefit until then. You can also pause for up to 3 months at no charge.',
  },
  {
    slug: 'loan-eligibility',
    title: 'Who can apply for a personal loan?',
    keywords: ['loan', 'eligibility', 'apply', 'requirements', 'credit score', 'income'],
    body: 'You need to be 18 or older, a US resident with a Social Security number, and have a regular income. Checking your rate is a soft inquiry and does not affect your credit score.',
  },
  {
    slug: 'loan-payments',
    title: 'Make or change a loan payment',
    keywords: ['loan', 'payment', 'autopay', 'due date', 'pay early', 'statement'],
    body: 'Pay from Account → Loans, or set up autopay for a 0.25-point APR discount. You can move your due date once a year, and there is never a fee for paying early.',
  },
  {
    slug: 'loan-payoff',
    title: 'Pay off your loan early',
    keywords: ['loan', 'payoff', 'pay off', 'early', 'settle', 'balance'],
    body: 'Your payoff amount is in Account → Loans and is valid for 10 days. There are no prepayment penalties.',
  },
  {
    slug: 'warranty',
    title: 'Make a warranty claim',
    keywords: ['warranty', 'broken', 'faulty', 'repair', 'replace', 'guarantee'],
    body: 'Everything we sell has a 1-year warranty; Pro members get 2 years. Start a claim from Account → Orders with a photo of the fault, and we send a replacement or a prepaid label.',
  },
  {
    slug: 'account-security',
    title: 'Reset your password or secure your account',
    keywords: ['password', 'login', 'sign in', 'security', 'two-factor', 'hacked', 'account'],
    body: 'Use “Forgot password” on the sign-in page. Turn on two-step verification in Account → Security. We never ask for your password or PIN by email, text or phone.',
  },
  {
    slug: 'price-match',
    title: 'Price match promise',
    keywords: ['price match', 'cheaper', 'lower price', 'discount', 'promo code', 'coupon'],
    body: 'Found an identical item cheaper at a major US retailer within 14 days of buying it? Send us the link and we refund the difference.',
  },
];

const normalize = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();

function search(query: string): Article[] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const scored = ARTICLES.map((article) => {
    const title = normalize(article.title);
    const haystack = `${title} ${article.keywords.map(normalize).join(' ')}`;
    if (!words.every((word) => haystack.includes(word))) return null;
    const score = words.filter((word) => title.includes(word)).length;
    return { article, score };
  }).filter((entry): entry is { article: Article; score: number } => entry !== null);
  return scored.sort((a, b) => b.score - a.score).map(({ article }) => article);
}

type SearchWrapper = HTMLElement & { reportSearch?: (results: number) => void };

const wrapper = document.querySelector<SearchWrapper>('unstuck-search');
const form = document.querySelector<HTMLFormElement>('#help-search');
const input = document.querySelector<HTMLInputElement>('#help-query');
const status = document.querySelector<HTMLElement>('#search-status');
const results = document.querySelector<HTMLUListElement>('#search-results');

function render(query: string, found: Article[]): void {
  if (!status || !results) return;
  results.replaceChildren();
  if (!found.length) {
    status.textContent = `No results for “${query.trim()}”. Try fewer or different words — for example “refund” or “delivery” — or pick a popular topic.`;
    status.className = 'empty';
    return;
  }
  status.className = 'small';
  status.textContent = `${found.length} ${found.length === 1 ? 'article' : 'articles'} found`;
  for (const article of found) {
    const link = document.createElement('a');
    link.href = `#article-${article.slug}`;
    link.setAttribute('data-unstuck-goal', '');
    const title = document.createElement('strong');
    title.textContent = article.title;
    const summary = document.createElement('span');
    summary.textContent = `${article.body.split('. ')[0]}.`;
    link.append(title, summary);
    const item = document.createElement('li');
    item.append(link);
    results.append(item);
  }
}

function run(query: string): void {
  if (!query.trim()) {
    input?.focus();
    return;
  }
  const found = search(query);
  render(query, found);
  // Only the number of results goes to the kit; the query stays here.
  wrapper?.reportSearch?.(found.length);
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  run(input?.value ?? '');
});

for (const chip of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-topic]'))) {
  chip.addEventListener('click', () => {
    if (!input) return;
    input.value = chip.dataset.topic ?? '';
    run(input.value);
  });
}

// ── Articles open in place (#article-<slug>) ──

const view = document.querySelector<HTMLElement>('#article-view');
const viewTitle = document.querySelector<HTMLElement>('#article-title');
const viewBody = document.querySelector<HTMLElement>('#article-body');

function showArticle(): void {
  const slug = location.hash.startsWith('#article-') ? location.hash.slice('#article-'.length) : null;
  const article = ARTICLES.find((entry) => entry.slug === slug);
  if (!view || !viewTitle || !viewBody) return;
  view.hidden = !article;
  if (!article) return;
  viewTitle.textContent = article.title;
  viewBody.textContent = article.body;
  view.focus({ preventScroll: true });
  view.scrollIntoView({ block: 'nearest' });
}

window.addEventListener('hashchange', showArticle);
showArticle();

// ── Callback request (a demo: nothing is sent) ──

const callback = document.querySelector<HTMLFormElement>('#callback-form');
const callbackStatus = document.querySelector<HTMLElement>('#callback-status');
callback?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (callbackStatus) callbackStatus.textContent = 'Thanks — a person will call you within 2 business hours (8am–8pm ET).';
  callback.reset();
});

export {};
