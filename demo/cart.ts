/**
 * The cart's promo-code box. This demo has no promotions, so every code is rejected the way a
 * real store shows it: a fresh error message marked `data-unstuck-error` for each attempt,
 * which the <unstuck-checkout-step> counts (two in a minute → it asks what is holding you back).
 */
const form = document.querySelector<HTMLFormElement>('#promo-form');
const input = document.querySelector<HTMLInputElement>('#promo-code');
const slot = document.querySelector<HTMLElement>('#promo-message');

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  // A checkout step counts any submit inside it as "moved forward"; applying a promo code is
  // not, so the event stops here. Continuing to shipping is the goal of this step.
  event.stopPropagation();
  if (!input || !slot) return;
  const blank = input.value.trim() === '';
  const message = document.createElement('p');
  message.className = 'alert';
  message.setAttribute('role', 'alert');
  if (blank) {
    message.textContent = 'Enter a promo code first.';
  } else {
    message.setAttribute('data-unstuck-error', '');
    message.textContent = 'That code isn’t valid for the items in your cart.';
  }
  slot.replaceChildren(message);
});

export {};
