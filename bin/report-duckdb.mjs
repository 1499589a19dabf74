// The report's rows from event files on an embedded DuckDB: sql/model.sql run unchanged over
// NDJSON / JSON-array / Parquet files (a file, a folder or a glob), in memory up to `memory`
// and spilled to a throw-away folder past it, so that memory stays bounded at any log size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The wire fields the model reads, with their types (docs/events.md). */
const COLUMNS = { id: 'VARCHAR', type: 'VARCHAR', moment: 'VARCHAR', element: 'VARCHAR', group: 'VARCHAR', at: 'DOUBLE', detection: 'VARCHAR', signal: 'VARCHAR', choice: 'VARCHAR', label: 'VARCHAR', question: 'VARCHAR', outcome: 'VARCHAR', suppressed: 'VARCHAR' };
/** The wire's `group` and `at` are `arm` and `at_ms` in the model (reserved words somewhere). */
const RENAMED = { group: 'arm', at: 'at_ms' };
/**
 * Views the model's other views read many times: stored as tables here, as a warehouse team
 * would materialize them (docs/warehouse.md); everything else stays a view. Measured on 10 M
 * events: 21.3 s with the first two alone, 16.9 s with the counts too, 23.0 s when the moment
 * events are stored as well (their copy costs more than it saves).
 */
const MATERIALIZED = ['unstuck_deduplicated', 'unstuck_measured', 'unstuck_counts'];

const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;
const list = (files) => `[${files.map(quote).join(', ')}]`;
const isParquet = (file) => /\.parquet$/i.test(file);

/** Writes an NDJSON file's readable events as Parquet (a torn line cannot be a Parquet row). */
export async function ndjsonToParquet(file, target) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`COPY (SELECT * FROM read_json(${quote(file)}, format='newline_delimited', ignore_errors=true) WHERE id IS NOT NULL) TO ${quote(target)} (FORMAT parquet)`);
  connection.closeSync();
}

/** The model's statements: split at semicolons that end a line, comments dropped. */
export function statements(sql) {
  return sql
    .split(/;[ \t]*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

/**
 * Runs the model over `inputs` (paths or globs) and returns each view's rows by name.
 * `memory` is DuckDB's memory limit, e.g. '1GB'.
 */
export async function duckdbRows(inputs, { sql, views, memory = '1GB' }) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const scratch = mkdtempSync(join(tmpdir(), 'unstuck-report-'));
  // In memory, not a database file: loading 10 M events takes 2.7 s instead of 6.8 s
  // (BENCHMARKS.md); what does not fit spills to `temp_directory` all the same.
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: memory,
    temp_directory: join(scratch, 'spill'),
    preserve_insertion_order: 'false',
  });
  try {
    const connection = await instance.connect();
    const sources = [];
    const json = inputs.filter((input) => !isParquet(input));
    const parquet = inputs.filter(isParquet);
    if (json.length) {
      const columns = Object.entries(COLUMNS).map(([name, type]) => `"${name}": '${type}'`).join(', ');
      // A torn or non-JSON line becomes a row of nulls: the model counts it as unreadable.
      sources.push({ from: `read_json(${list(json)}, format='auto', ignore_errors=true, columns={${columns}})`, present: Object.keys(COLUMNS) });
    }
    if (parquet.length) {
      const from = `read_parquet(${list(parquet)}, union_by_name=true)`;
      const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`)).getRowObjectsJS();
      sources.push({ from, present: described.map((row) => String(row.column_name)) });
    }
    const selects = sources.map(({ from, present }) => {
      const fields = Object.entries(COLUMNS).map(([name, type]) => `${present.includes(name) ? `CAST("${name}" AS ${type})` : `CAST(NULL AS ${type})`} AS ${RENAMED[name] ?? name}`);
      return `SELECT ${fields.join(', ')} FROM ${from}`;
    });
    await connection.run(`CREATE TABLE unstuck_events AS ${selects.join(' UNION ALL ')}`);
    for (const statement of statements(sql)) {
      const view = statement.match(/^CREATE OR REPLACE VIEW (\w+) AS/)?.[1];
      await connection.run(view && MATERIALIZED.includes(view) ? statement.replace('CREATE OR REPLACE VIEW', 'CREATE OR REPLACE TABLE') : statement);
    }
    const rows = {};
    for (const view of views) rows[view] = (await connection.runAndReadAll(`SELECT * FROM unstuck_${view}`)).getRowObjectsJS();
    connection.closeSync();
    return rows;
  } finally {
    instance.closeSync?.();
    rmSync(scratch, { recursive: true, force: true });
  }
}
