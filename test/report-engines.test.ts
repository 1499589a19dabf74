// One truth: the browser's report (`<unstuck-report>` and its JavaScript twin), the CLI on DuckDB
// (NDJSON, Parquet, a folder, a glob) and sql/model.sql on a real PostgreSQL give identical
// figures — and on a generated log with a hidden answer, the figures the generator knows.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { assemble, computeReport, parseEvents, VIEWS, type ModelRows, type Report, type ReportEvent } from '../src/report/compute.js';
import { sequential } from '../src/report/stats.js';
import { generateEvents, type Ledger } from '../scripts/event-generator.mjs';
import '../src/define/unstuck-report.js';
import type { UnstuckReport } from '../src/components/report/report.js';

interface Engines {
  duckdb: Report;
  parquet: Report;
  folder: Report;
  glob: Report;
  javascript: Report;
  postgres: ModelRows;
}


/** Every engine's report of one NDJSON log, each checked against the browser's. */
async function allEngines(ndjson: string): Promise<{ browser: Report; engines: Engines }> {
  const { events, unreadable } = parseEvents(ndjson);
  const browser = computeReport(events, unreadable);
  // One engine per command: each answers well within the test runner's 20 s per command.
  const dir = (await executeServerCommand('report-log', { ndjson })) as string;
  try {
    const engines: Record<string, unknown> = {};
    for (const engine of ['duckdb', 'parquet', 'folder', 'glob', 'javascript', 'postgres']) {
      engines[engine] = await executeServerCommand('report-engine', { dir, engine, views: VIEWS });
    }
    return { browser, engines: engines as unknown as Engines };
  } finally {
    await executeServerCommand('report-log-drop', { dir });
  }
}

function expectAllEqual(browser: Report, engines: Engines) {
  expect(engines.duckdb, 'DuckDB (NDJSON)').to.deep.equal(browser);
  expect(assemble(engines.postgres), 'PostgreSQL').to.deep.equal(browser);
  expect(engines.folder, 'DuckDB (a folder of parts)').to.deep.equal(browser);
  expect(engines.glob, 'DuckDB (a glob)').to.deep.equal(browser);
  expect(engines.javascript, 'the CLI without DuckDB').to.deep.equal(browser);
  // Parquet cannot hold a torn line; everything else is the same.
  expect(engines.parquet, 'DuckDB (Parquet)').to.deep.equal({ ...browser, unreadable: 0 });
}

describe('the report on every engine', function () {
  this.timeout(120_000);

  it('knows the hidden answer: true counts, the lift and the duplicates, identically in the browser, DuckDB and PostgreSQL', async () => {
    // A holdout of 30 % so that 4,000 moments can decide; every other share as on a real site.
    const ledger: Ledger = {};
    const generated = [...generateEvents({ moments: 4_000, seed: 7, days: 14, holdout: 0.3, ledger })] as unknown as ReportEvent[];
    const truths = ledger.moments!;
    const lines = generated.map((event) => JSON.stringify(event));
    lines.splice(100, 0, '{"torn":', 'not json at all');
    const { browser, engines } = await allEngines(`${lines.join('\n')}\n`);

    expect(browser.duplicates).to.equal(ledger.duplicates);
    expect(browser.duplicates).to.be.above(100);
    expect(browser.events).to.equal(ledger.events);
    expect(browser.unreadable).to.equal(2);
    expect(browser.moments.map((moment) => moment.moment).sort()).to.deep.equal(Object.keys(truths).sort());
    for (const figures of browser.moments) {
      const truth = truths[figures.moment]!;
      expect(figures.detected, figures.moment).to.equal(truth.detected);
      expect(figures.answered, figures.moment).to.equal(truth.answered);
      expect(Object.values(figures.suppressed).reduce((sum, count) => sum + count, 0)).to.equal(truth.suppressed);
      expect(figures.treatment).to.include(truth.treatment);
      expect(figures.holdout).to.include(truth.holdout);
      const lift = truth.treatment.continued / truth.treatment.measured - truth.holdout.continued / truth.holdout.measured;
      expect(figures.lift!.difference).to.be.closeTo(lift, 1e-9);
      const always = sequential(truth.treatment.continued, truth.treatment.measured, truth.holdout.continued, truth.holdout.measured)!;
      expect(figures.sequential!.low).to.be.closeTo(always.low, 1e-9);
      // By signal and by day, the parts add up to the whole.
      expect(figures.signals.reduce((sum, signal) => sum + signal.detected, 0)).to.equal(truth.detected);
      expect(figures.signals.reduce((sum, signal) => sum + signal.treatment.measured, 0)).to.equal(truth.treatment.measured);
      expect(figures.days).to.have.length(14);
      expect(figures.days.reduce((sum, day) => sum + day.detected, 0)).to.equal(truth.detected);
      expect(figures.days.at(-1)).to.deep.include({ treatment: figures.treatment, holdout: figures.holdout, lift: figures.lift, sequential: figures.sequential });
    }
    // The loan moment has a true +12-point effect, and 4,000 moments are enough to say so; the
    // pricing moment has none, and the report does not claim one.
    expect(browser.moments.find((moment) => moment.moment === 'loan-ssn')!.verdict).to.equal('helps');
    expect(browser.moments.find((moment) => moment.moment === 'pricing-plans')!.verdict).to.equal('not yet known');
    expectAllEqual(browser, engines);
  });

  it('gives identical figures on the demo’s sample week (labels, questions, suppression, escalations)', async () => {
    const ndjson = await (await fetch('/demo/sample-events.ndjson')).text();
    const { browser, engines } = await allEngines(ndjson);
    expect(browser.moments.length).to.be.above(3);
    expectAllEqual(browser, engines);
  });

  it('shows in <unstuck-report> the figures the SQL computed', async () => {
    const ndjson = await (await fetch('/demo/sample-events.ndjson')).text();
    const { engines } = await allEngines(ndjson);
    const sql = assemble(engines.postgres);
    const element = await fixture<UnstuckReport>(html`<unstuck-report src="/demo/sample-events.ndjson"></unstuck-report>`);
    await waitForText(element, 'Asked:');
    const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const moment of sql.moments) {
      const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
      expect(text).to.contain(`“${moment.question}”`);
      if (moment.sequential) expect(text).to.contain(`${points(moment.sequential.low)} to ${points(moment.sequential.high)} pts`);
      for (const choice of moment.choices) expect(text).to.contain(choice.label);
    }
  });
});

async function waitForText(element: HTMLElement, text: string) {
  for (let i = 0; i < 100 && !element.shadowRoot!.textContent!.includes(text); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}
