/**
 * React 19 JSX typings for the Unstuck elements.
 *
 *   import type {} from 'unstuck/jsx';          // or: /// <reference types="unstuck/jsx" />
 *   <unstuck-form moment="loan-ssn" field-stall="20s" onunstuck-answer={(e) => e.detail.choice} />
 *
 * Types only: nothing here registers an element (import `unstuck/define/…` or load
 * `dist/unstuck.js` for that).
 *
 * Props are the kebab-case attribute names from custom-elements.json, typed from the element
 * classes, so a renamed or retyped property stops this file compiling. How React 19 passes
 * them: a name that is a property of the (already defined) element is set as that property,
 * anything else as an attribute; on the server every string, number or `true` is rendered as an
 * attribute. So:
 *  - `priority` must be a number (`priority={2}`): a string would be set as the property as is
 *    and read as "not a number".
 *  - `preview`, `debug`, `disabled`, `escalate` are booleans (`preview` or `preview={false}`),
 *    never the strings "true"/"false".
 *  - `human-first` is not a property name, so it is always an attribute, and React drops an
 *    attribute whose value is `false`, which means "the element's default" (on for
 *    `unstuck-cancel`). To turn it off, write `human-first="off"`; hence `true | 'on' | 'off'`.
 *  - `on<event-name>` props (`onunstuck-answer`) are added with `addEventListener` for that exact
 *    event name and receive the kit's event object; camelCase React handlers do not see these
 *    events. React does not add them to server-rendered markup it hydrates (facebook/react#35446):
 *    there, use a ref and `addEventListener` (docs/frameworks.md).
 *  - TypeScript never reports an unknown JSX attribute whose name contains a hyphen, so a
 *    misspelt hyphenated attribute compiles; only the names declared here are type-checked.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  UnstuckAnswerEvent,
  UnstuckCancel,
  UnstuckCheckoutStep,
  UnstuckChoice,
  UnstuckConfig,
  UnstuckDetectEvent,
  UnstuckDismissEvent,
  UnstuckErrorEvent,
  UnstuckEscalateEvent,
  UnstuckForm,
  UnstuckHuman,
  UnstuckOutcomeEvent,
  UnstuckPricing,
  UnstuckQuestion,
  UnstuckSearch,
  UnstuckShowEvent,
  UnstuckWrapper,
  UnstuckZone,
} from './index.js';
import type { UnstuckReport } from './components/report/report.js';

/** What every element accepts: React's HTML props (`id`, `style`, `children`, `key`, `ref`, …) and `class`. */
export type UnstuckElementProps<T extends HTMLElement, Attributes> = DetailedHTMLProps<HTMLAttributes<T>, T> & {
  /** Written as the `class` attribute (React 19 passes it through on custom elements; `className` works too). */
  class?: string;
} & Partial<Attributes>;

/** Attribute value typed from the class property it sets (`null` there means "not set"). */
type From<T, K extends keyof T> = NonNullable<T[K]>;

/** The events every wrapper dispatches, as React 19 event props. */
export interface UnstuckWrapperEventProps {
  /** A pattern crossed its threshold. Cancelable: `preventDefault()` vetoes the question. */
  'onunstuck-detect': (event: UnstuckDetectEvent) => void;
  /** The question is visible. */
  'onunstuck-show': (event: UnstuckShowEvent) => void;
  /** A choice was taken; its approved response is visible. */
  'onunstuck-answer': (event: UnstuckAnswerEvent) => void;
  /** The question was closed without a choice. */
  'onunstuck-dismiss': (event: UnstuckDismissEvent) => void;
  /** The way to a person was used. */
  'onunstuck-escalate': (event: UnstuckEscalateEvent) => void;
  /** Exactly once per detected moment: `continued`, `escalated` or `abandoned`. */
  'onunstuck-outcome': (event: UnstuckOutcomeEvent) => void;
  /** A configuration problem (also one `console.warn`). */
  'onunstuck-error': (event: UnstuckErrorEvent) => void;
}

/** Attributes shared by the six wrappers (`unstuck-zone` has exactly these). */
export interface UnstuckWrapperAttributes<T extends UnstuckWrapper = UnstuckWrapper> extends UnstuckWrapperEventProps {
  /** Id of this stuck moment in reports. Required. */
  moment: From<T, 'moment'>;
  /** Journey name, for loops across pages and for reports. */
  journey: From<T, 'journey'>;
  /** Step of the journey this page is, for loops across pages and for reports. */
  step: From<T, 'step'>;
  /** Hesitation: no activity inside while visible and engaged for this long (`45s`, `2m`, `off`). */
  idle: From<T, 'idle'>;
  /** The same two sections or journey pages alternated N times in a window (`3/90s`, `off`). */
  loops: From<T, 'loops'>;
  /** Repeated clicks on one spot: N clicks each within the duration of the previous (`3/1s`, `off`). */
  rage: From<T, 'rage'>;
  /** Pointer leaves through the top of the window after engagement (`on`, `off`). */
  'exit-intent': From<T, 'exitIntent'>;
  /** The visitor leaves the tab and comes back N times in a window (`3/5m`); `off` by default. */
  'tab-away': From<T, 'tabAway'>;
  /** Clicks on something that looks interactive after which nothing happens within 2.5 s, N in a window (`2/60s`, `off`). */
  'dead-click': From<T, 'deadClick'>;
  /** Erratic, rapid back-and-forth pointer movement over the content, N episodes in a window (`2/30s`, `off`). */
  thrash: From<T, 'thrash'>;
  /** Leaving the page and coming back within 10 s, N times in a window (`2/5m`, `off`). */
  'quick-back': From<T, 'quickBack'>;
  /** Visits to a help page (`<meta name="unstuck-help">`) while this journey is open, N in a window (`2/10m`, `off`). */
  'help-visit': From<T, 'helpVisit'>;
  /** Weak signals adding up: `on` (a combined score of 1.5 from at least two signals), `off`, or another score. */
  pattern: From<T, 'pattern'>;
  /** CSS selector whose click inside means "moved forward". Default `[data-unstuck-goal]`. */
  goal: From<T, 'goal'>;
  /** Fraction 0–1 of detected moments that get no question but are measured, as text (`"0.1"`). */
  holdout: From<T, 'holdout'>;
  /** After a dismissal, do not ask this moment again for this long (`7d`). */
  cooldown: From<T, 'cooldown'>;
  /** How long after detection forward movement still counts as `continued` (`10m`). */
  'outcome-window': From<T, 'outcomeWindow'>;
  /** Which wrapper wins when two detect at once (higher wins). A number: `priority={2}`. */
  priority: From<T, 'priority'>;
  /**
   * Show the way to a person first. `human-first` / `{true}` / `"on"` turn it on, `"off"` turns it
   * off; `false` would only remove the attribute (back to the element's default), so it is not allowed.
   */
  'human-first': true | 'on' | 'off';
  /** `inline` (after the wrapped content) or `corner` (a fixed card). */
  placement: From<T, 'placement'>;
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: From<T, 'theme'>;
  /** Show the question now with approval badges; send nothing, store nothing. */
  preview: From<T, 'preview'>;
  /** Live overlay of every signal's count against its threshold. */
  debug: From<T, 'debug'>;
  /** Watch nothing. */
  disabled: From<T, 'disabled'>;
}

export interface UnstuckFormAttributes extends UnstuckWrapperAttributes<UnstuckForm> {
  /** A focused field with no input for this long (`20s`, `off`). */
  'field-stall': From<UnstuckForm, 'fieldStall'>;
  /** The same field emptied and refilled N times in a window (`3/5m`, `off`). */
  'field-churn': From<UnstuckForm, 'fieldChurn'>;
  /** Validation failures N times in a window (`2/60s`, `off`). */
  errors: From<UnstuckForm, 'errors'>;
}

export interface UnstuckCheckoutStepAttributes extends UnstuckWrapperAttributes<UnstuckCheckoutStep> {
  /** Back to an earlier step of the journey and return, N times in a window (`2/5m`, `off`). */
  'round-trips': From<UnstuckCheckoutStep, 'roundTrips'>;
  /** Validation failures and `[data-unstuck-error]` appearing, N times in a window (`2/60s`, `off`). */
  errors: From<UnstuckCheckoutStep, 'errors'>;
}

export interface UnstuckPricingAttributes extends UnstuckWrapperAttributes<UnstuckPricing> {
  /** Attention alternating between the same plans N times in a window (`4/90s`, `off`). */
  dither: From<UnstuckPricing, 'dither'>;
  /** Scrolling back up over the table after scrolling past it, N times in a window (`2/60s`, `off`). */
  'scroll-back': From<UnstuckPricing, 'scrollBack'>;
}

export interface UnstuckSearchAttributes extends UnstuckWrapperAttributes<UnstuckSearch> {
  /** Failed searches N times in a window (`2/2m`, `off`). */
  'failed-searches': From<UnstuckSearch, 'failedSearches'>;
}

export interface UnstuckCancelAttributes extends UnstuckWrapperAttributes<UnstuckCancel> {
  /** Visits to this cancel flow (one per session) N times in a window (`2/30d`, `off`). */
  returns: From<UnstuckCancel, 'returns'>;
}

export interface UnstuckQuestionAttributes {
  /** The question as the visitor reads it. */
  prompt: From<UnstuckQuestion, 'prompt'>;
  /** Space-separated signal names this question answers (`idle field-stall`). Without it, any. */
  signals: From<UnstuckQuestion, 'signals'>;
  /** Accessible name of the close button. Default `Dismiss`. */
  'dismiss-label': From<UnstuckQuestion, 'dismissLabel'>;
}

export interface UnstuckChoiceAttributes {
  /** Machine value of this reply, reported in `unstuck-answer`. */
  value: From<UnstuckChoice, 'value'>;
  /** The reply as the visitor reads it on the button (text, never markup). */
  label: From<UnstuckChoice, 'label'>;
  /** Who approved the response. Without it the choice is hidden outside `preview`. */
  'approved-by': From<UnstuckChoice, 'approvedBy'>;
  /** When the response was approved, `YYYY-MM-DD`. Without it the choice is hidden outside `preview`. */
  'approved-on': From<UnstuckChoice, 'approvedOn'>;
  /** Last day the approval is valid, `YYYY-MM-DD`. */
  'expires-on': From<UnstuckChoice, 'expiresOn'>;
  /** This reply is itself the way to a person. */
  escalate: From<UnstuckChoice, 'escalate'>;
}

export interface UnstuckHumanAttributes {
  /** Heading above the contact options. Default `Talk to a person`. */
  label: From<UnstuckHuman, 'label'>;
}

export interface UnstuckConfigAttributes {
  /** Analytics sinks, space-separated: `datalayer`, `segment`, `ga4`, `posthog`. */
  sinks: From<UnstuckConfig, 'sinks'>;
  /** URL of the team's collector. */
  endpoint: From<UnstuckConfig, 'endpoint'>;
  /** `granted` (default), `required` or `denied`; anything else reads as `required`. */
  consent: 'granted' | 'required' | 'denied';
  /** `ignore` to disregard the Global Privacy Control signal. */
  gpc: 'ignore';
  /** At most this many questions per visit, as text (`"2"`). */
  'max-per-session': From<UnstuckConfig, 'maxPerSession'>;
  /** At least this long between two questions (`60s`, `2m`). */
  gap: From<UnstuckConfig, 'gap'>;
  /** Default holdout fraction (0–1) for every wrapper without its own, as text (`"0.1"`). */
  holdout: From<UnstuckConfig, 'holdout'>;
  /** A configuration problem (a second `<unstuck-config>`, an unreadable value). */
  'onunstuck-error': (event: UnstuckErrorEvent) => void;
}

export interface UnstuckReportAttributes {
  /** URL of an NDJSON file (one event per line) or a JSON array of events. */
  src: From<UnstuckReport, 'src'>;
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: From<UnstuckReport, 'theme'>;
  /** The events themselves (a property: set on the client only, never rendered on the server). */
  events: UnstuckReport['events'];
}

/** Every Unstuck tag with its props, for JSX runtimes other than React to reuse. */
export interface UnstuckIntrinsicElements {
  'unstuck-zone': UnstuckElementProps<UnstuckZone, UnstuckWrapperAttributes<UnstuckZone>>;
  'unstuck-form': UnstuckElementProps<UnstuckForm, UnstuckFormAttributes>;
  'unstuck-checkout-step': UnstuckElementProps<UnstuckCheckoutStep, UnstuckCheckoutStepAttributes>;
  'unstuck-pricing': UnstuckElementProps<UnstuckPricing, UnstuckPricingAttributes>;
  'unstuck-search': UnstuckElementProps<UnstuckSearch, UnstuckSearchAttributes>;
  'unstuck-cancel': UnstuckElementProps<UnstuckCancel, UnstuckCancelAttributes>;
  'unstuck-question': UnstuckElementProps<UnstuckQuestion, UnstuckQuestionAttributes>;
  'unstuck-choice': UnstuckElementProps<UnstuckChoice, UnstuckChoiceAttributes>;
  'unstuck-human': UnstuckElementProps<UnstuckHuman, UnstuckHumanAttributes>;
  'unstuck-config': UnstuckElementProps<UnstuckConfig, UnstuckConfigAttributes>;
  'unstuck-report': UnstuckElementProps<UnstuckReport, UnstuckReportAttributes>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends UnstuckIntrinsicElements {}
  }
}
