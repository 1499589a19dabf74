// @ts-check
// Type-level test of src/jsx.d.ts (the React 19 JSX typings); nothing here runs.
//   npx tsc -p test/types/tsconfig.json
// Exit 0 means the typings accept everything above "Rejected" and reject every line marked
// `@ts-expect-error` (an expectation that no longer fails is itself an error).
//
// Why .jsx and not .tsx: the root tsconfig.json includes test/** without a `jsx` setting, so a
// .tsx file here would fail `npm run typecheck` with TS17004. This file is checked as JavaScript
// (checkJs), by the same checker, against the same JSX types; JSDoc replaces the annotations.
import { useRef, useState } from 'react';

/** @param {{ children?: import('react').ReactNode }} props */
export function LoanStep({ children }) {
  /** @type {import('react').RefObject<import('../../src/index.js').UnstuckForm | null>} */
  const form = useRef(null);
  const [choice, setChoice] = useState(/** @type {string | null} */ (null));

  return (
    <>
      <unstuck-config sinks="datalayer ga4" endpoint="/collect" consent="required" max-per-session="2" gap="60s" holdout="0.1" />

      <unstuck-form
        ref={form}
        class="loan"
        id="loan-form"
        moment="loan-ssn"
        journey="loan"
        step="identity"
        field-stall="20s"
        field-churn="3/5m"
        errors="off"
        placement="corner"
        theme="auto"
        priority={2}
        human-first="on"
        preview
        debug={false}
        onunstuck-answer={(event) => setChoice(`${event.detail.choice} (approved by ${event.detail.approval.by})`)}
        onunstuck-detect={(event) => {
          if (event.detail.signals.length === 0) event.preventDefault();
        }}
        onunstuck-outcome={(event) => console.log(event.detail.outcome, event.detail.ms)}
        onunstuck-error={(event) => console.warn(event.detail.attribute, event.detail.message)}
      >
        {children}

        <unstuck-question prompt="What's making you pause here?" signals="idle field-stall" dismiss-label="Close">
          <unstuck-choice value="why" label="Not sure why this is needed" approved-by="Legal · R. Diaz" approved-on="2026-10-01" expires-on="2027-04-01">
            <template>
              <p>We are required by law to verify identity.</p>
            </template>
          </unstuck-choice>
          <unstuck-choice value="security" label="Worried about security" approved-by="Security · M. Chen" approved-on="2026-10-03">
            <template dangerouslySetInnerHTML={{ __html: '<p>Your number is encrypted. <a href="/privacy">How we protect it</a></p>' }} />
          </unstuck-choice>
          <unstuck-choice value="person" label="I'd rather ask someone" approved-by="Support · A. Osei" approved-on="2026-10-01" escalate>
            <template>
              <p>A person will call you back.</p>
            </template>
          </unstuck-choice>
        </unstuck-question>

        <unstuck-human label="Talk to a person">
          <template>
            <a href="tel:+18005550100">Call 800 555 0100</a>
          </template>
        </unstuck-human>
      </unstuck-form>

      <unstuck-zone moment="faq" goal=".contact" exit-intent="off" tab-away="3/5m" key="zone" />
      <unstuck-checkout-step moment="checkout-payment" journey="shop" step="payment" round-trips="2/5m" errors="2/60s" />
      <unstuck-pricing moment="plans" dither="4/90s" scroll-back="off" />
      <unstuck-search moment="help-search" failed-searches="2/2m" />
      <unstuck-cancel moment="cancel-plan" goal=".keep-plan" returns="2/30d" human-first="off" />

      <unstuck-report src="/events.ndjson" theme="dark" events={null} style={{ display: 'block' }} />
      {choice && <p>{choice}</p>}

      {/* Rejected. (TypeScript never flags an unknown JSX attribute whose name has a hyphen, so a
          misspelt `aproved-by` or an `onunstuck-answer` on an element that has no such event still
          passes; only the declared hyphenated names are type-checked.) */}
      {/* @ts-expect-error approvedby is not an attribute of unstuck-choice (approved-by is) */}
      <unstuck-choice value="x" label="X" approvedby="x" />
      {/* @ts-expect-error moment is text, not a number */}
      <unstuck-zone moment={42} />
      {/* @ts-expect-error priority is a number: React 19 would set the string "2" as the property */}
      <unstuck-form moment="m" priority="2" />
      {/* @ts-expect-error placement is inline or corner */}
      <unstuck-form moment="m" placement="top" />
      {/* @ts-expect-error human-first={false} only removes the attribute (the element's default); write "off" */}
      <unstuck-cancel moment="m" human-first={false} />
      {/* @ts-expect-error preview is a boolean; the string "false" would turn it on */}
      <unstuck-form moment="m" preview="false" />
      {/* @ts-expect-error the handler gets the kit's UnstuckAnswerEvent, not a MouseEvent */}
      <unstuck-form moment="m" onunstuck-answer={/** @param {MouseEvent} event */ (event) => event.clientX} />
      {/* @ts-expect-error consent is granted, required or denied */}
      <unstuck-config consent="yes" />
      {/* @ts-expect-error there is no such element */}
      <unstuck-nope />
    </>
  );
}
