import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Report } from '../src/report/compute.js';

let next = 0;
function moment(name: string, group: 'treatment' | 'holdout', outcome: 'continued' | 'abandoned', choice?: string) {
  const detection = `d${++next}`;
  const base = { moment: name, element: 'unstuck-form', group, at: Date.UTC(2026, 10, 22, 9, 0, next), v: 1, visit: 'v' };
  return [
    { ...base, type: 'unstuck-detect', id: detection, signal: 'idle', suppressed: null },
    ...(choice ? [{ ...base, type: 'unstuck-answer', id: `a${next}`, detection, choice }] : []),
    { ...base, type: 'unstuck-outcome', id: `o${next}`, detection, outcome, suppressed: null },
  ];
}

const EVENTS = [
  ...moment('loan', 'treatment', 'continued', 'why'),
  ...moment('loan', 'treatment', 'continued', 'why'),
  ...moment('loan', 'treatment', 'abandoned', 'later'),
  ...moment('loan', 'holdout', 'abandoned'),
  ...moment('loan', 'holdout', 'continued'),
];
const NDJSON = EVENTS.map((event) => JSON.stringify(event)).join('\n') + '\n';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('unstuck-report CLI', () => {
  it('prints the figures as a table', async () => {
    const { code, stdout } = (await executeServerCommand('run-cli', { ndjson: NDJSON })) as CliResult;
    expect(code).to.equal(0);
    expect(stdout).to.contain('Unstuck report — 13 events, 1 moments, 2026-11-22 09:00');
    expect(stdout).to.contain('loan (unstuck-form)');
    expect(stdout).to.contain('detected 5 · asked 0 · answered 3');
    expect(stdout).to.match(/treatment 66\.7 % \(2\/3, 95 % CI/);
    expect(stdout).to.match(/holdout\s+50\.0 % \(1\/2/);
    expect(stdout).to.contain('lift           +16.7 pts (95 % CI');
    expect(stdout).to.match(/why\s+2\s+66\.7 %\s+100\.0 % \(2\/2\)/);
  });

  it('prints the same figures as JSON with --json', async () => {
    const { code, stdout } = (await executeServerCommand('run-cli', { ndjson: NDJSON + NDJSON, args: ['--json'] })) as CliResult;
    expect(code).to.equal(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.duplicates).to.equal(13);
    expect(report.moments[0]!.treatment).to.include({ measured: 3, continued: 2 });
    expect(report.moments[0]!.lift!.difference).to.be.closeTo(1 / 6, 1e-9);
  });

  it('fails clearly without a readable file', async () => {
    const { code, stderr } = (await executeServerCommand('run-cli', { ndjson: '', args: ['/no/such/file'] })) as CliResult;
    expect(code).to.equal(1);
    expect(stderr).to.contain('cannot read /no/such/file');
  });
});

describe('local collector', () => {
  it('appends events to the NDJSON file once each, even when a batch is delivered again or the server restarts', async () => {
    const first = EVENTS.slice(0, 5);
    const second = EVENTS.slice(5);
    const lines = (await executeServerCommand('collector-file', { batches: [first, first, second, [...first, ...second]] })) as { id: string }[];
    expect(lines.map((line) => line.id)).to.deep.equal(EVENTS.map((event) => event.id));
  });
});
