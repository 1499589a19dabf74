/**
 * A pretend payment: the submit is intercepted, any card but the test card is declined after a
 * short "processing" pause, and the page shows the decline the way real checkouts do — a fresh
 * `<p data-unstuck-error role="alert">` for each attempt, which the checkout step counts.
 * The test card (4242 4242 4242 4242) pays and goes to the thank-you page.
 */
const TEST_CARD = '4242424242424242';

const form = document.querySelector<HTMLFormElement>('#payment-form');
const number = document.querySelector<HTMLInputElement>('#card-number');
const slot = document.querySelector<HTMLElement>('#payment-error');
const button = document.querySelector<HTMLButtonElement>('#pay-button');
let busy = false;
const step = form?.closest('unstuck-checkout-step') as (HTMLElement & { reachGoal?: () => void }) | null;

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  // The checkout step counts any submit inside it as "moved forward". A declined attempt is
  // not, so the submit stops here and the page tells the kit only when a payment succeeds.
  event.stopPropagation();
  if (!number || !slot || !button || busy) return;
  // Not `disabled`: that would throw keyboard focus off the button.
  busy = true;
  const label = button.textContent;
  button.setAttribute('aria-disabled', 'true');
  button.textContent = 'Processing…';
  slot.replaceChildren();
  setTimeout(() => {
    busy = false;
    button.removeAttribute('aria-disabled');
    button.textContent = label;
    if (number.value.replace(/[\s-]/g, '') === TEST_CARD) {
      step?.reachGoal?.();
      location.assign(form.action);
      return;
    }
    const error = document.createElement('p');
    error.className = 'alert';
    error.setAttribute('data-unstuck-error', '');
    error.setAttribute('role', 'alert');
    error.textContent = 'Your card was declined.';
    slot.replaceChildren(error);
  }, 700);
});

export {};
