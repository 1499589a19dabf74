#!/usr/bin/env node
// unstuck-report: the morning report from event logs, as a table or as JSON. The figures are
// sql/model.sql run on an embedded DuckDB (any size: NDJSON, JSON arrays or Parquet; a file, a
// folder or a glob); without @duckdb/node-api installed, the browser's JavaScript twin computes
// the same figures for logs that fit in memory. `--sql` prints the model for a warehouse.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: unstuck-report [--json] [--engine duckdb|js] [--memory 1GB] <events file | folder | glob | -> …
       unstuck-report --sql [duckdb|postgres|snowflake|clickhouse|bigquery]`;
const DIALECTS = ['duckdb', 'postgres', 'snowflake', 'clickhouse', 'bigquery'];
const EVENT_FILE = /\.(ndjson|jsonl|json|parquet)(\.gz)?$/i;

const fail = (message, code = 1) => {
  console.error(message);
  process.exit(code);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, engine: { type: 'string' }, memory: { type: 'string', default: '1GB' }, sql: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(`unstuck-report: ${error.message}\n${USAGE}`, 2);
}
const { values: options, positionals } = parsed;
const model = () => readFileSync(join(root, 'sql/model.sql'), 'utf8');

if (options.sql) {
  const dialect = positionals[0] ?? 'postgres';
  if (!DIALECTS.includes(dialect)) fail(`unstuck-report: --sql takes one of ${DIALECTS.join(', ')}, not "${dialect}"`, 2);
  // BigQuery alone spells the double type differently; the rest take the model as it is.
  const sql = dialect === 'bigquery' ? model().replaceAll('DOUBLE PRECISION', 'FLOAT64').replaceAll('VARCHAR(12)', 'STRING') : model();
  process.stdout.write(sql);
  process.exit(0);
}
if (options.help || !positionals.length) {
  console.error(USAGE);
  process.exit(options.help ? 0 : 2);
}
if (options.engine && !['duckdb', 'js'].includes(options.engine)) fail(`unstuck-report: --engine takes duckdb or js, not "${options.engine}"`, 2);

/** The shared report modules: built (dist/) when present, else compiled from src/ on the fly. */
async function loadCompute() {
  const built = join(root, 'dist/report/compute.js');
  if (existsSync(built)) return import(pathToFileURL(built).href);
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [join(root, 'src/report/compute.ts')], bundle: true, format: 'esm', write: false, platform: 'neutral' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Files, folders (every event file inside, recursively), globs (DuckDB expands them) and `-` (stdin). */
function resolveInputs(args, scratch) {
  const files = [];
  for (const arg of args) {
    if (arg === '-') {
      const file = join(scratch, 'stdin.ndjson');
      writeFileSync(file, readFileSync(0));
      files.push(file);
    } else if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found = readdirSync(arg, { recursive: true }).map(String).filter((name) => EVENT_FILE.test(name)).sort();
      if (!found.length) throw new Error(`no event files (.ndjson, .jsonl, .json, .parquet) in ${arg}`);
      files.push(...found.map((name) => join(arg, name)));
    } else if (existsSync(arg) || /[*?[]/.test(arg)) files.push(arg);
    else throw new Error(`cannot read ${arg}: no such file`);
  }
  return files;
}

async function duckdbAvailable() {
  try {
    await import('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

const compute = await loadCompute();
const scratch = mkdtempSync(join(tmpdir(), 'unstuck-inputs-'));
let report;
let failure = null;
try {
  const inputs = resolveInputs(positionals, scratch);
  const engine = options.engine ?? ((await duckdbAvailable()) ? 'duckdb' : 'js');
  if (engine === 'duckdb') {
    if (!(await duckdbAvailable())) throw new Error('--engine duckdb needs @duckdb/node-api (npm install @duckdb/node-api)');
    const { duckdbRows } = await import('./report-duckdb.mjs');
    report = compute.assemble(await duckdbRows(inputs, { sql: model(), views: compute.VIEWS, memory: options.memory }));
  } else {
    if (!options.engine) console.error('unstuck-report: @duckdb/node-api is not installed; computing in memory (install it for logs of any size)');
    report = computeInMemory(inputs);
  }
} catch (error) {
  failure = error;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failure) fail(`unstuck-report: ${failure.message.split('\n')[0]}`);

/** The JavaScript twin over files read whole (NDJSON or JSON arrays only). */
function computeInMemory(inputs) {
  let events = [];
  let unreadable = 0;
  for (const file of inputs) {
    if (!existsSync(file)) throw new Error(`${file}: globs need DuckDB (npm install @duckdb/node-api)`);
    if (/\.parquet$/i.test(file)) throw new Error(`${file}: Parquet needs DuckDB (npm install @duckdb/node-api)`);
    const parsedFile = compute.parseEvents(readFileSync(file, 'utf8'));
    events = events.concat(parsedFile.events);
    unreadable += parsedFile.unreadable;
  }
  return compute.computeReport(events, unreadable);
}

if (options.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(0);
}
const { percent, describeLift, points } = compute;
const date = (at) => (at === null ? '—' : new Date(at).toISOString().replace('T', ' ').slice(0, 16));
const arm = (figures) =>
  figures.measured ? `${percent(figures.rate)} (${figures.continued}/${figures.measured}, 95 % CI ${percent(figures.ci.low)}–${percent(figures.ci.high)})` : 'none measured';
const pad = (text, width) => String(text).padEnd(width);
const lines = [];
const notes = [report.duplicates && `${report.duplicates} duplicate deliveries ignored`, report.unreadable && `${report.unreadable} unreadable lines skipped`].filter(Boolean);
lines.push(`Unstuck report — ${report.events} events, ${report.moments.length} moments, ${date(report.from)} → ${date(report.to)} UTC${notes.length ? ` (${notes.join(', ')})` : ''}`);
for (const moment of report.moments) {
  const suppressed = Object.entries(moment.suppressed).map(([reason, count]) => `${reason} ${count}`).join(', ');
  lines.push('', `${moment.moment} (${moment.element})${moment.question ? ` — “${moment.question}”` : ''}`);
  if (moment.verdict) lines.push(`  verdict        ${moment.verdict} (always-valid 95 % interval ${points(moment.sequential.low)} to ${points(moment.sequential.high)} pts)`);
  lines.push(`  detected ${moment.detected} · asked ${moment.asked} · answered ${moment.answered} · dismissed ${moment.dismissed} · escalated ${moment.escalated}${suppressed ? ` · not asked: ${suppressed}` : ''}`);
  lines.push(`  moved forward  treatment ${arm(moment.treatment)}`);
  lines.push(`                 holdout   ${arm(moment.holdout)}`);
  lines.push(`  lift           ${describeLift(moment.lift)}`);
  lines.push(`  by signal      ${moment.signals.map((signal) => `${signal.signal} ${signal.detected}`).join(' · ')}`);
  if (moment.choices.length) {
    const width = Math.max(8, ...moment.choices.map((choice) => choice.choice.length)) + 2;
    lines.push(`  ${pad('choice', width)}${pad('answers', 9)}${pad('share', 9)}${pad('moved forward', 22)}minus holdout (descriptive)`);
    for (const choice of moment.choices) {
      lines.push(
        `  ${pad(choice.choice, width)}${pad(choice.answered, 9)}${pad(percent(choice.share), 9)}${pad(`${percent(choice.forward.rate)} (${choice.forward.continued}/${choice.forward.measured})`, 22)}${describeLift(choice.lift)}`,
      );
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
