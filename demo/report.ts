/**
 * The report page: "Refresh" first sends whatever this browser still holds for the collector,
 * then asks <unstuck-report> to read the events file again.
 */
type ReportElement = HTMLElement & { reload?: () => unknown };
type UnstuckGlobal = { flush?: () => Promise<void> };

const button = document.querySelector<HTMLButtonElement>('#report-refresh');
const status = document.querySelector<HTMLElement>('#report-status');
const say = (text: string) => {
  if (!status) return;
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.textContent = text;
  status.replaceChildren(notice);
};

// ?sample shows a generated week of events (scripts/sample-events.mjs) instead of your own.
if (new URLSearchParams(location.search).has('sample')) {
  document.querySelector('unstuck-report')?.setAttribute('src', './sample-events.ndjson');
  const link = document.querySelector<HTMLAnchorElement>('#report-sample');
  if (link) {
    link.href = './report.html';
    link.textContent = 'Show your own events';
  }
  say('Showing a generated sample week (demo/sample-events.ndjson), not your own events.');
}

button?.addEventListener('click', async () => {
  const unstuck = (globalThis as { Unstuck?: UnstuckGlobal }).Unstuck;
  try {
    await unstuck?.flush?.();
  } catch {
    // The collector is unreachable: the report shows what the file already holds.
  }
  const report = document.querySelector<ReportElement>('unstuck-report');
  if (typeof report?.reload === 'function') {
    await report.reload();
    say(`Updated at ${new Date().toLocaleTimeString()}.`);
  } else {
    say('The report element is not available yet. The raw events file is linked above.');
  }
});

// If <unstuck-report> never gets defined (its module is missing or failed), say so instead of an empty page.
const timeout = new Promise((resolve) => setTimeout(resolve, 4000, 'timeout'));
void Promise.race([customElements.whenDefined('unstuck-report'), timeout]).then((result) => {
  if (result === 'timeout') say('The report element did not load. The raw events file is linked above.');
});

export {};
