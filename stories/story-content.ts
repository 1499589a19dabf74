/** Markup shared by the stories: an approved question, a human path, a loan form. */
export const loanQuestion = `
  <unstuck-question prompt="What's making you pause here?">
    <unstuck-choice value="why" label="Not sure why this is needed" approved-by="Legal · R. Diaz" approved-on="2026-10-01" expires-on="2027-04-01">
      <template><p>Lenders are required by federal law to verify your identity before offering credit.</p></template>
    </unstuck-choice>
    <unstuck-choice value="security" label="Worried about security" approved-by="Security · M. Chen" approved-on="2026-10-03">
      <template><p>Your number is encrypted and never shared for marketing. <a href="#security">How we protect your data</a>.</p></template>
    </unstuck-choice>
    <unstuck-choice value="later" label="I'll finish later" approved-by="Product · A. Osei" approved-on="2026-10-01">
      <template><p>Your answers are saved on this device for 7 days.</p></template>
    </unstuck-choice>
  </unstuck-question>`;

export const human = `
  <unstuck-human label="Talk to a person">
    <template><a href="tel:+18005550100">Call 800 555 0100</a> or <a href="#callback">request a callback</a></template>
  </unstuck-human>`;

export const loanForm = `
  <form action="#submitted" style="display: grid; gap: 0.75rem; max-width: 28rem">
    <label style="display: grid">Full name <input name="name"></label>
    <label style="display: grid">Social Security number <input name="ssn" inputmode="numeric"></label>
    <button type="submit" style="justify-self: start">Continue</button>
  </form>`;
