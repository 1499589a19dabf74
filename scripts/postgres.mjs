// A throw-away PostgreSQL cluster for tests and benchmarks (Debian's postgresql package): started
// on a Unix socket in a temporary folder, loaded with wire events, running sql/model.sql
// unchanged, and removed afterwards. As root, the server runs as the `postgres` user the
// package creates (PostgreSQL refuses to run as root).
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = process.getuid?.() === 0;

/** The newest installed server's bin folder, or null. */
export function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((name) => existsSync(join(base, name, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

/** The wire's fields as the model's columns (the wire's `group` and `at` are `arm` and `at_ms`). */
const COLUMNS = [['id', 'id'], ['type', 'type'], ['moment', 'moment'], ['element', 'element'], ['group', 'arm'], ['at', 'at_ms'], ['detection', 'detection'], ['signal', 'signal'], ['choice', 'choice'], ['label', 'label'], ['question', 'question'], ['outcome', 'outcome'], ['suppressed', 'suppressed']];

/** CSV for COPY: an unquoted empty field is NULL, a quoted one a string. */
const csvField = (value) => (value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : `"${String(value).replaceAll('"', '""')}"`);

/** Starts a cluster; returns { sql(text) → stdout, file(path), stop() }. */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'unstuck-pg-'));
  const as = (command, args) => (root ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { maxBuffer: 1 << 28 }) : run(join(bin, command), args, { maxBuffer: 1 << 28 }));
  if (root) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout), Number((await run('id', ['-g', 'postgres'])).stdout));
  const data = join(dir, 'data');
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C.UTF-8']);
  await as('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-c listen_addresses='' -k ${dir} -c fsync=off`, 'start']);
  const psql = (args) => as('psql', ['-h', dir, '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-X', '-q', '-A', '-t', ...args]);
  return {
    dir,
    sql: async (text) => (await psql(['-c', text])).stdout,
    file: async (path) => {
      const copy = join(dir, 'input.sql');
      writeFileSync(copy, readFileSync(path));
      if (root) await run('chown', ['postgres', copy]);
      return (await psql(['-f', copy])).stdout;
    },
    stop: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Loads events (objects; null for an unreadable line) into unstuck_events. */
export async function loadEvents(server, events) {
  await server.sql(`DROP TABLE IF EXISTS unstuck_events CASCADE; CREATE TABLE unstuck_events (${COLUMNS.map(([, column]) => `${column} ${column === 'at_ms' ? 'DOUBLE PRECISION' : 'TEXT'}`).join(', ')})`);
  const csv = events.map((event) => COLUMNS.map(([field]) => csvField(event?.[field])).join(',')).join('\n');
  const file = join(server.dir, 'events.csv');
  writeFileSync(file, `${csv}\n`);
  if (root) await run('chown', ['postgres', file]);
  // Fresh statistics, as a warehouse keeps them: without them the planner guesses one row.
  await server.sql(`COPY unstuck_events FROM '${file}' WITH (FORMAT csv); ANALYZE unstuck_events`);
}

/** Runs sql/model.sql and returns each view's rows by name. */
export async function postgresRows(server, views) {
  await server.file('sql/model.sql');
  const rows = {};
  for (const view of views) rows[view] = JSON.parse(await server.sql(`SELECT COALESCE(json_agg(t), '[]') FROM unstuck_${view} t`));
  return rows;
}
