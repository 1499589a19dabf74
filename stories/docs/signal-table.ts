/**
 * The signals, for the Guides/Signals page: what each wrapper notices and the story that plays it.
 * Which wrappers have a signal and its default there come from the wrappers' own signal lists and
 * presets (src/signals/, `static signals` / `static presets`), so the page cannot drift from the code.
 */
import { UnstuckCancel, UnstuckCheckoutStep, UnstuckForm, UnstuckPricing, UnstuckSearch, UnstuckZone } from '../../src/index.js';

const WRAPPERS = {
  zone: UnstuckZone,
  form: UnstuckForm,
  'checkout step': UnstuckCheckoutStep,
  pricing: UnstuckPricing,
  search: UnstuckSearch,
  cancel: UnstuckCancel,
};

/** `all`, or the wrappers that list it; its default, per wrapper where they differ. */
function presence(signal: string): { wrappers: string; preset: string } {
  const having = Object.entries(WRAPPERS).filter(([, element]) => element.signals.some((each) => each.name === signal));
  const byPreset = new Map<string, string[]>();
  for (const [name, element] of having) {
    const preset = element.presets[signal] ?? element.signals.find((each) => each.name === signal)!.preset;
    byPreset.set(preset, [...(byPreset.get(preset) ?? []), name]);
  }
  const all = having.length === Object.keys(WRAPPERS).length;
  const preset = byPreset.size === 1 ? [...byPreset.keys()][0]! : [...byPreset].map(([value, names]) => `${names.join(', ')} ${value}`).join('; ');
  return { wrappers: all ? 'all' : having.map(([name]) => name).join(', '), preset };
}

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

type Described = Omit<SignalRow, 'wrappers' | 'preset'>;

const described: Described[] = [
  { signal: 'rage', pattern: 'three clicks on one spot (30 px), each within a second of the previous, on something that does nothing', stories: [['rage', 'wrappers-unstuck-zone--signal-rage']], how: 'clicks' },
  { signal: 'loops', pattern: 'the same two sections (data-unstuck-section) or journey pages, A B A B A', stories: [['loops', 'wrappers-unstuck-zone--signal-loops']], how: 'clicks' },
  { signal: 'idle', pattern: 'no activity inside after engaging, while on screen and the tab is visible', stories: [['idle', 'wrappers-unstuck-zone--signal-idle']], how: 'idle="3s", waits' },
  { signal: 'exit-intent', pattern: 'the pointer leaves through the top after engaging and 5 s; on touch a fling to the top', stories: [['exit-intent', 'wrappers-unstuck-zone--signal-exit-intent']], how: "el.ask('exit-intent')" },
  { signal: 'tab-away', pattern: 'leaving the tab and coming back N times in a window', stories: [['tab-away', 'wrappers-unstuck-zone--signal-tab-away']], how: "el.ask('tab-away')" },
  { signal: 'field-stall', pattern: 'a focused field with no input', stories: [['field-stall', 'wrappers-unstuck-form--signal-field-stall']], how: 'field-stall="3s", focuses a field' },
  { signal: 'field-churn', pattern: 'the same field emptied and refilled', stories: [['field-churn', 'wrappers-unstuck-form--signal-field-churn']], how: 'types, clears, types' },
  { signal: 'errors', pattern: 'invalid events, aria-invalid="true" or [data-unstuck-error] appearing', stories: [['form', 'wrappers-unstuck-form--signal-errors'], ['checkout', 'wrappers-unstuck-checkout-step--signal-errors']], how: 'submits an empty required form; shows “card declined” twice' },
  { signal: 'round-trips', pattern: 'back to an earlier step of the journey (data-unstuck-back) and returning, across pages', stories: [['round-trips', 'wrappers-unstuck-checkout-step--signal-round-trips']], how: "el.ask('round-trips')" },
  { signal: 'dither', pattern: 'attention alternating between the same plans (data-unstuck-option)', stories: [['dither', 'wrappers-unstuck-pricing--signal-dither']], how: 'clicks two plans in turn' },
  { signal: 'scroll-back', pattern: 'scrolling past the table and back up over it', stories: [['scroll-back', 'wrappers-unstuck-pricing--signal-scroll-back']], how: "el.ask('scroll-back')" },
  { signal: 'failed-searches', pattern: 'searches with zero results, or one reformulated 3 times in a minute without a click', stories: [['failed-searches', 'wrappers-unstuck-search--signal-failed-searches']], how: 'two empty searches: el.reportSearch(0)' },
  { signal: 'returns', pattern: 'coming back to the cancel flow on another visit', stories: [['returns', 'wrappers-unstuck-cancel--signal-returns']], how: "el.ask('returns')" },
];

export const signalRows: SignalRow[] = described.map((row) => ({ ...row, ...presence(row.signal) }));
