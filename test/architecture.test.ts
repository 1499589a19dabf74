import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Result {
  violations: string[];
  lines: Record<string, number>;
}

// scripts/architecture.mjs, run on the test server (it reads files and runs the TypeScript compiler).
const check = async (root?: string) => (await executeServerCommand('architecture', root ? { root } : undefined)) as Result;
const fixture = (name: string) => check(`test/fixtures/architecture/${name}`);

describe('architecture (scripts/architecture.mjs)', () => {
  it('src/ keeps the house rules: no cycles, small files, layers, no DOM in logic/', async function () {
    this.timeout(60_000);
    const { violations, lines } = await check();
    expect(Object.keys(lines)).to.include('index.ts');
    expect(violations, `\n${violations.join('\n')}\n`).to.deep.equal([]);
  });

  it('every script and bench page parses (npm run bench is not part of the tests)', async function () {
    this.timeout(60_000);
    const { files, failures } = (await executeServerCommand('scripts-parse')) as { files: number; failures: string[] };
    expect(files).to.be.greaterThan(20);
    expect(failures).to.deep.equal([]);
  });

  describe('detects each rule (test/fixtures/architecture/)', () => {
    it('passes a clean tree', async function () {
      this.timeout(30_000);
      const { violations, lines } = await fixture('clean');
      expect(violations).to.deep.equal([]);
      expect(Object.keys(lines)).to.have.members([
        'index.ts', 'define/card.ts', 'components/card.ts', 'events/detect.ts', 'internal/ids.ts', 'logic/count.ts',
      ]);
    });

    it('reports a cycle once, through import type, export-from and a side-effect import', async () => {
      const { violations } = await fixture('cycle');
      expect(violations).to.deep.equal(['import cycle: internal/a.ts → internal/b.ts → internal/c.ts → internal/a.ts']);
    });

    it('reports imports against the layers, forbidden packages, and files in no layer', async () => {
      const { violations } = await fixture('layers');
      const about = (file: string) => violations.filter((violation) => violation.startsWith(`${file}:`));
      expect(about('logic/bad.ts')).to.have.length(2);
      expect(about('logic/bad.ts').join('\n')).to.include("package 'lit'").and.include('internal/ids.ts');
      expect(about('internal/ids.ts').join('\n')).to.include("package 'xstate'");
      expect(about('events/detect.ts').join('\n')).to.include('sinks/send.ts');
      expect(about('sinks/send.ts')).to.deep.equal([]);
      expect(about('misc/stray.ts').join('\n')).to.include('not in any layer');
      expect(violations).to.have.length(5);
    });

    it('reports a file over 350 lines', async () => {
      const { violations, lines } = await fixture('long');
      expect(lines['internal/long.ts']).to.be.greaterThan(350);
      expect(violations).to.have.length(1);
      expect(violations[0]).to.match(/^internal\/long\.ts: \d+ lines/);
    });

    it('reports a DOM global in logic/, found by a type check without the DOM lib', async function () {
      this.timeout(30_000);
      const { violations } = await fixture('dom');
      expect(violations).to.have.length(1);
      expect(violations[0]).to.match(/^logic\/title\.ts:1: .*'document'/);
    });
  });
});
