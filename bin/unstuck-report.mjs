#!/usr/bin/env node
// unstuck-report: the report's figures from NDJSON (or JSON array) event files, as a table
// or as JSON. Usage: unstuck-report [--json] <events.ndjson|-> [more files…]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared computation module: built (dist/) when present, else compiled from src/ on the fly. */
async function loadCompute() {
  const built = join(root, 'dist/report/compute.js');
  if (existsSync(built)) return import(pathToFileURL(built).href);
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [join(root, 'src/report/compute.ts')], bundle: true, format: 'esm', write: false, platform: 'neutral' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
if (!files.length || args.includes('--help') || args.includes('-h')) {
  console.error('usage: unstuck-report [--json] <events.ndjson|-> [more files…]');
  process.exit(files.length ? 0 : 2);
}

const { parseEvents, computeReport, percent, describeLift } = await loadCompute();
let events = [];
let unreadable = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(`unstuck-report: cannot read ${file}: ${error.message}`);
    process.exit(1);
  }
  const parsed = parseEvents(text);
  events = events.concat(parsed.events);
  unreadable += parsed.unreadable;
}
const report = computeReport(events, unreadable);

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(0);
}

const date = (at) => (at === null ? '—' : new Date(at).toISOString().replace('T', ' ').slice(0, 16));
const arm = (figures) =>
  figures.measured ? `${percent(figures.rate)} (${figures.continued}/${figures.measured}, 95 % CI ${percent(figures.ci.low)}–${percent(figures.ci.high)})` : 'none measured';
const pad = (text, width) => String(text).padEnd(width);
const lines = [];
const notes = [report.duplicates && `${report.duplicates} duplicate deliveries ignored`, report.unreadable && `${report.unreadable} unreadable lines skipped`].filter(Boolean);
lines.push(`Unstuck report — ${report.events} events, ${report.moments.length} moments, ${date(report.from)} → ${date(report.to)} UTC${notes.length ? ` (${notes.join(', ')})` : ''}`);
for (const moment of report.moments) {
  const suppressed = Object.entries(moment.suppressed).map(([reason, count]) => `${reason} ${count}`).join(', ');
  lines.push('', `${moment.moment} (${moment.element})`);
  lines.push(`  detected ${moment.detected} · asked ${moment.asked} · answered ${moment.answered} · dismissed ${moment.dismissed} · escalated ${moment.escalated}${suppressed ? ` · not asked: ${suppressed}` : ''}`);
  lines.push(`  moved forward  treatment ${arm(moment.treatment)}`);
  lines.push(`                 holdout   ${arm(moment.holdout)}`);
  lines.push(`  lift           ${describeLift(moment.lift)}`);
  if (moment.choices.length) {
    const width = Math.max(8, ...moment.choices.map((choice) => choice.choice.length)) + 2;
    lines.push(`  ${pad('choice', width)}${pad('answers', 9)}${pad('share', 9)}${pad('moved forward', 22)}lift`);
    for (const choice of moment.choices) {
      lines.push(
        `  ${pad(choice.choice, width)}${pad(choice.answered, 9)}${pad(percent(choice.share), 9)}${pad(`${percent(choice.forward.rate)} (${choice.forward.continued}/${choice.forward.measured})`, 22)}${describeLift(choice.lift)}`,
      );
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
