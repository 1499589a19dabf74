#!/usr/bin/env node
// npm run bench:report — the report at scale: `unstuck-report` on 10 million generated events
// (NDJSON and Parquet) on its embedded DuckDB, against the JavaScript path (the browser's twin,
// the whole file in memory) on the largest log it can hold. Wall time and peak memory (the
// process's maximum resident set) of each run; the table goes into BENCHMARKS.md. The logs are
// generated once into the system's temporary folder and reused (about 4 GB).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(tmpdir(), 'unstuck-bench-report');
mkdirSync(dir, { recursive: true });
if (!existsSync('dist/report/compute.js')) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

function log(name, events, parquet = false) {
  const file = join(dir, `${name}.ndjson`);
  if (!existsSync(file) || (parquet && !existsSync(join(dir, `${name}.parquet`)))) {
    console.error(`generating ${events.toLocaleString('en')} events → ${file}`);
    execFileSync('node', ['scripts/generate-events.mjs', '--events', String(events), '--out', file, ...(parquet ? ['--parquet'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return parquet ? join(dir, `${name}.parquet`) : file;
}

/** Peak resident memory, reported by the child itself when it exits. */
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

function run(label, args) {
  const started = performance.now();
  const result = spawnSync('node', ['--import', PEAK, 'bin/unstuck-report.mjs', '--json', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? 0);
  const failure = result.status === 0 ? null : result.stderr.split('\n').find((line) => line.startsWith('unstuck-report:') || /Error/.test(line)) ?? `exit ${result.status}`;
  const events = failure ? null : JSON.parse(result.stdout).events;
  console.error(`${label}: ${seconds.toFixed(1)} s, peak ${(peak / 1024).toFixed(0)} MB${failure ? `, failed: ${failure}` : ''}`);
  return { label, seconds, peakMB: peak / 1024, failure, events };
}

const small = log('events-1m', 1_000_000);
const double = log('events-2m', 2_000_000);
const large = log('events-10m', 10_000_000);
const largeParquet = log('events-10m', 10_000_000, true);
const runs = {
  duckdb10m: run('DuckDB, 10 M events, NDJSON (3.7 GB)', [large]),
  duckdb10mParquet: run('DuckDB, 10 M events, Parquet', [largeParquet]),
  duckdb1m: run('DuckDB, 1 M events, NDJSON', [small]),
  js1m: run('JavaScript path, 1 M events, NDJSON', ['--engine', 'js', small]),
  js2m: run('JavaScript path, 2 M events, NDJSON', ['--engine', 'js', double]),
};

const TARGET_S = 30;
const f = (x, digits = 1) => x.toFixed(digits);
const cell = (r) => (r.failure ? `cannot: ${r.failure.replace(/\|/g, '/')}` : `${f(r.seconds)} s, peak ${f(r.peakMB, 0)} MB`);
const rows = [
  ['10 M events, NDJSON, DuckDB', cell(runs.duckdb10m), `${f(runs.duckdb10m.seconds / TARGET_S, 2)}× the 30 s target`, runs.duckdb10m.seconds <= TARGET_S ? 'met' : 'missed'],
  ['10 M events, Parquet, DuckDB', cell(runs.duckdb10mParquet), `${f(runs.duckdb10mParquet.seconds / TARGET_S, 2)}× the 30 s target`, runs.duckdb10mParquet.seconds <= TARGET_S ? 'met' : 'missed'],
  ['1 M events, NDJSON, DuckDB', cell(runs.duckdb1m), `peak memory ${f(runs.duckdb10m.peakMB / runs.duckdb1m.peakMB, 2)}× at 10× the events (bounded)`, '—'],
  ['1 M events, NDJSON, JavaScript path', cell(runs.js1m), `${f(runs.js1m.seconds / runs.duckdb1m.seconds, 2)}× DuckDB's time, ${f(runs.js1m.peakMB / runs.duckdb1m.peakMB, 2)}× its memory`, '—'],
  ['2 M events, NDJSON, JavaScript path', cell(runs.js2m), runs.js2m.failure ? 'the largest log it holds is under 2 M events' : `${f(runs.js2m.seconds / runs.duckdb1m.seconds, 2)}× DuckDB's 1 M time`, '—'],
];
const machine = `Run on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model.split(' ')[0] ?? 'CPU'}, ${cpus().length} cores, ${f(totalmem() / 2 ** 30)} GiB, Node ${process.version}; DuckDB memory limit 1 GB (\`--memory\`), spilling to disk past it.`;
const table = ['| report of | time and peak memory | ratio | target |', '|---|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
console.log(`\n${machine}\n\n${table}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report-results.json', `${JSON.stringify({ machine, runs }, null, 2)}\n`);
const text = readFileSync('BENCHMARKS.md', 'utf8');
writeFileSync('BENCHMARKS.md', text.replace(/<!-- report-results:start -->[\s\S]*<!-- report-results:end -->/, `<!-- report-results:start -->\n${machine}\n\n${table}\n<!-- report-results:end -->`));
