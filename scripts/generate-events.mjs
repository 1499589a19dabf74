#!/usr/bin/env node
// Writes N synthetic wire events (scripts/event-generator.mjs) as NDJSON, and as Parquet with
// --parquet (converted by DuckDB). Usage:
//   node scripts/generate-events.mjs --events 10000000 --out /tmp/events.ndjson [--parquet] [--seed 1]
// Prints the ledger (the true figures) as JSON on stdout.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ndjsonToParquet } from '../bin/report-duckdb.mjs';
import { generateEvents } from './event-generator.mjs';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, out: { type: 'string' }, parquet: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  console.error('usage: node scripts/generate-events.mjs --events N --out FILE.ndjson [--parquet] [--seed S]');
  process.exit(2);
}
const wanted = Number(values.events);
const ledger = {};
const out = createWriteStream(values.out);
let written = 0;
let chunk = '';
// About 3.6 lines per moment; generate until N lines are written.
for (const event of generateEvents({ moments: Math.ceil(wanted / 3) + 10, seed: Number(values.seed), ledger })) {
  chunk += `${JSON.stringify(event)}\n`;
  if (++written === wanted) break;
  if (chunk.length > 1 << 20) {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
}
out.end(chunk);
await once(out, 'finish');
if (values.parquet) {
  const target = values.out.replace(/\.(nd)?json$/, '') + '.parquet';
  await ndjsonToParquet(values.out, target);
  console.error(`wrote ${target}`);
}
// The ledger counts every generated event; when N cut a moment short, its last events are missing.
process.stdout.write(`${JSON.stringify({ lines: written, ...ledger })}\n`);
