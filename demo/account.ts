/** "Keep my plan" links to #plan-kept: confirm it in place (the click is the cancel flow's goal). */
const region = document.querySelector<HTMLElement>('#plan-kept');

function update(): void {
  if (!region) return;
  if (location.hash !== '#plan-kept') {
    region.replaceChildren();
    return;
  }
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.textContent = 'Good news: your Plus membership stays active. Nothing has changed.';
  region.replaceChildren(notice);
}

window.addEventListener('hashchange', update);
update();

export {};
