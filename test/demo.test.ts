// The demo's sample week (demo/sample-events.ndjson, scripts/sample-events.mjs) uses the demo's own
// questions: every prompt and reply in it is one a demo page has, with that reply's approval, and
// every event is valid wire format.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface SampleEvent {
  type: string;
  moment: string;
  question?: string;
  choices?: string[];
  choice?: string;
  approval?: { by: string; on: string; expires: string | null };
}

const PAGES = ['loan.html', 'pricing.html', 'teams.html', 'payment.html', 'help.html', 'cart.html', 'shipping.html', 'account.html'];

describe('the demo', () => {
  it("the sample week asks the demo's own questions, with their replies and approvals", async () => {
    const questions = new Map<string, { prompt: string; replies: Map<string, { by: string; on: string; expires: string | null }> }>();
    for (const page of PAGES) {
      const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}`)).text(), 'text/html');
      for (const wrapper of doc.querySelectorAll('[moment]')) {
        const question = wrapper.querySelector('unstuck-question')!;
        const replies = new Map(
          [...question.querySelectorAll('unstuck-choice')].map((choice) => [
            choice.getAttribute('value')!,
            { by: choice.getAttribute('approved-by')!, on: choice.getAttribute('approved-on')!, expires: choice.getAttribute('expires-on') },
          ]),
        );
        questions.set(wrapper.getAttribute('moment')!, { prompt: question.getAttribute('prompt')!, replies });
      }
    }
    const events = (await (await fetch('/demo/sample-events.ndjson')).text()).trim().split('\n').map((line) => JSON.parse(line) as SampleEvent);
    expect(new Set(events.map((event) => event.moment))).to.include('team-plans');
    for (const event of events) {
      const question = questions.get(event.moment);
      expect(question, `moment ${event.moment} is on a demo page`).to.exist;
      if (event.type === 'unstuck-show') {
        expect(event.question).to.equal(question!.prompt);
        expect(event.choices).to.deep.equal([...question!.replies.keys()]);
      }
      if (event.type === 'unstuck-answer') expect(event.approval, `${event.moment}: ${event.choice}`).to.deep.equal(question!.replies.get(event.choice!));
    }
    expect(await executeServerCommand('validate-events', { events })).to.deep.equal([]);
  });
});
