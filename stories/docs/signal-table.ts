/** The signals, for the Guides/Signals page: what each wrapper notices and the story that plays it. */
export interface SignalRow {
  signal: string;
  wrappers: string;
  preset: string;
  pattern: string;
  /** Stories that play it: [label, story id]. */
  stories: [string, string][];
  /** How the story produces it. */
  how: string;
}

export const signalRows: SignalRow[] = [
  { signal: 'rage', wrappers: 'all', preset: '3/1s', pattern: 'three clicks on one spot (30 px), each within a second of the previous, on something that does nothing', stories: [['rage', 'wrappers-unstuck-zone--signal-rage']], how: 'clicks' },
  { signal: 'loops', wrappers: 'all', preset: '3/90s', pattern: 'the same two sections (data-unstuck-section) or journey pages, A B A B A', stories: [['loops', 'wrappers-unstuck-zone--signal-loops']], how: 'clicks' },
  { signal: 'idle', wrappers: 'all', preset: 'zone, pricing, search 45s; form, cancel 30s; checkout 60s', pattern: 'no activity inside after engaging, while on screen and the tab is visible', stories: [['idle', 'wrappers-unstuck-zone--signal-idle']], how: 'idle="3s", waits' },
  { signal: 'exit-intent', wrappers: 'all', preset: 'on', pattern: 'the pointer leaves through the top after engaging and 5 s; on touch a fling to the top', stories: [['exit-intent', 'wrappers-unstuck-zone--signal-exit-intent']], how: "el.ask('exit-intent')" },
  { signal: 'tab-away', wrappers: 'all', preset: 'off', pattern: 'leaving the tab and coming back N times in a window', stories: [['tab-away', 'wrappers-unstuck-zone--signal-tab-away']], how: "el.ask('tab-away')" },
  { signal: 'field-stall', wrappers: 'form', preset: '20s', pattern: 'a focused field with no input', stories: [['field-stall', 'wrappers-unstuck-form--signal-field-stall']], how: 'field-stall="3s", focuses a field' },
  { signal: 'field-churn', wrappers: 'form', preset: '3/5m', pattern: 'the same field emptied and refilled', stories: [['field-churn', 'wrappers-unstuck-form--signal-field-churn']], how: 'types, clears, types' },
  { signal: 'errors', wrappers: 'form, checkout step', preset: '2/60s', pattern: 'invalid events, aria-invalid="true" or [data-unstuck-error] appearing', stories: [['form', 'wrappers-unstuck-form--signal-errors'], ['checkout', 'wrappers-unstuck-checkout-step--signal-errors']], how: 'submits an empty required form; shows “card declined” twice' },
  { signal: 'round-trips', wrappers: 'checkout step', preset: '2/5m', pattern: 'back to an earlier step of the journey (data-unstuck-back) and returning, across pages', stories: [['round-trips', 'wrappers-unstuck-checkout-step--signal-round-trips']], how: "el.ask('round-trips')" },
  { signal: 'dither', wrappers: 'pricing', preset: '4/90s', pattern: 'attention alternating between the same plans (data-unstuck-option)', stories: [['dither', 'wrappers-unstuck-pricing--signal-dither']], how: 'clicks two plans in turn' },
  { signal: 'scroll-back', wrappers: 'pricing', preset: '2/60s', pattern: 'scrolling past the table and back up over it', stories: [['scroll-back', 'wrappers-unstuck-pricing--signal-scroll-back']], how: "el.ask('scroll-back')" },
  { signal: 'failed-searches', wrappers: 'search', preset: '2/2m', pattern: 'searches with zero results, or one reformulated 3 times in a minute without a click', stories: [['failed-searches', 'wrappers-unstuck-search--signal-failed-searches']], how: 'two empty searches: el.reportSearch(0)' },
  { signal: 'returns', wrappers: 'cancel', preset: '2/30d', pattern: 'coming back to the cancel flow on another visit', stories: [['returns', 'wrappers-unstuck-cancel--signal-returns']], how: "el.ask('returns')" },
];
