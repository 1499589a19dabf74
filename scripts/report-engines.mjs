// Node-side report runs for the tests: the CLI (DuckDB or JavaScript engine) over NDJSON, Parquet,
// a folder and a glob, and sql/model.sql on a real PostgreSQL. The browser test assembles and
// compares (test/report-engines.test.ts).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ndjsonToParquet } from '../bin/report-duckdb.mjs';
import { loadEvents, postgresRows, startPostgres } from './postgres.mjs';

const run = promisify(execFile);

async function scratch(name) {
  await mkdir('node_modules/.cache', { recursive: true });
  return mkdtemp(join('node_modules/.cache', `unstuck-${name}-`));
}

/** Runs bin/unstuck-report.mjs with `args`, then the file(s); returns output and exit code. */
async function cli(args) {
  try {
    const { stdout, stderr } = await run('node', ['bin/unstuck-report.mjs', ...args], { maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** Runs the CLI on the given NDJSON text written to a file; returns its output and exit code. */
export async function runCli({ ndjson, args = [] }) {
  const dir = await scratch('cli');
  const file = join(dir, 'events.ndjson');
  await writeFile(file, ndjson);
  try {
    return await cli([...args, file]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Engines a log can be reported by (test/report-engines.test.ts asks for each in turn). */
export const ENGINES = ['duckdb', 'parquet', 'folder', 'glob', 'javascript', 'postgres'];

/** Writes a log for `reportEngine` runs; returns its folder (remove it with `dropLog`). */
export async function writeLog({ ndjson }) {
  const dir = await scratch('engines');
  await writeFile(join(dir, 'events.ndjson'), ndjson);
  return dir;
}

export const dropLog = ({ dir }) => rm(dir, { recursive: true, force: true }).then(() => true);

/**
 * The log in `dir` reported by one engine: the CLI's JSON on DuckDB from NDJSON, from Parquet,
 * from a folder of parts or from a glob, or on its JavaScript engine; or PostgreSQL's rows of
 * each of `views`.
 */
export async function reportEngine({ dir, engine, views }) {
  const file = join(dir, 'events.ndjson');
  const json = async (args) => {
    const result = await cli(['--json', ...args]);
    if (result.code !== 0) throw new Error(`unstuck-report ${args.join(' ')} failed: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim());
  if (engine === 'duckdb') return json(['--engine', 'duckdb', file]);
  if (engine === 'javascript') return json(['--engine', 'js', file]);
  if (engine === 'folder' || engine === 'glob') {
    const half = Math.ceil(lines.length / 2);
    await mkdir(join(dir, 'parts/day-2'), { recursive: true });
    await writeFile(join(dir, 'parts/a.ndjson'), `${lines.slice(0, half).join('\n')}\n`);
    await writeFile(join(dir, 'parts/day-2/b.ndjson'), `${lines.slice(half).join('\n')}\n`);
    return json([engine === 'folder' ? join(dir, 'parts') : join(dir, 'parts/**/*.ndjson')]);
  }
  if (engine === 'parquet') {
    const parquet = join(dir, 'events.parquet');
    await ndjsonToParquet(file, parquet);
    return json([parquet]);
  }
  if (engine === 'postgres') {
    const server = await startPostgres();
    try {
      await loadEvents(server, lines.map((line) => { try { return JSON.parse(line); } catch { return null; } }));
      return await postgresRows(server, views);
    } finally {
      await server.stop();
    }
  }
  throw new Error(`no engine ${engine}`);
}
