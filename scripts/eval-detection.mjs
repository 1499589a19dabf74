// npm run eval:detection: replays the persona suite (test/personas) in headless Chromium with
// real input, then prints, per persona and in total, whether the kit fired, on which signal,
// how long it took (simulated time), precision / recall / false-alarm rate, and what posthog-js
// ($rageclick, $dead_click) reported on the same input. Updates the table in docs/detection.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const RESULTS = 'node_modules/.cache/persona-results.json';
try {
  execFileSync('npx', ['wtr', '--files', 'test/personas/personas.test.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  console.error('Some personas failed their expectation; the table shows which.');
}
if (!existsSync(RESULTS)) {
  console.error(`No results in ${RESULTS}: the persona suite did not run.`);
  process.exit(1);
}
const { results, recall, precision, falseAlarmRate } = JSON.parse(readFileSync(RESULTS, 'utf8'));

const seconds = (ms) => (ms === null ? '—' : ms >= 86_400_000 ? `${(ms / 86_400_000).toFixed(1)} d` : `${(ms / 1000).toFixed(1)} s`);
const verdict = (result) => (result.stuck ? (result.fired ? 'hit' : 'MISS') : result.fired ? 'FALSE ALARM' : 'quiet');
const has = (result, name) => (result.posthog.includes(name) ? 'yes' : '—');
const rows = results.map((result) => [
  result.name,
  result.stuck ? 'stuck' : 'not stuck',
  result.fired ? `yes (${result.signal})` : 'no',
  seconds(result.ms),
  verdict(result),
  has(result, '$rageclick'),
  has(result, '$dead_click'),
]);
const stuck = results.filter((result) => result.stuck);
const calm = results.filter((result) => !result.stuck);
const phRage = (list) => list.filter((result) => result.posthog.includes('$rageclick')).length;
const phDead = (list) => list.filter((result) => result.posthog.includes('$dead_click')).length;
const pct = (value) => `${(value * 100).toFixed(0)} %`;

const table = [
  '| persona | label | Unstuck fired | time to detect | verdict | posthog `$rageclick` | posthog `$dead_click` |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  `| **total** | ${stuck.length} stuck, ${calm.length} not | **recall ${pct(recall)}, precision ${pct(precision)}, false alarms ${pct(falseAlarmRate)}** | | | ${phRage(stuck)}/${stuck.length} stuck, ${phRage(calm)}/${calm.length} not | ${phDead(stuck)}/${stuck.length} stuck, ${phDead(calm)}/${calm.length} not |`,
].join('\n');

console.log(`\n${table}\n`);
console.log(`Recall ${pct(recall)} (target ≥ 95 %), precision ${pct(precision)}, false-alarm rate ${pct(falseAlarmRate)} (target ≤ 2 %).`);

if (existsSync('docs/detection.md')) {
  const text = readFileSync('docs/detection.md', 'utf8');
  writeFileSync('docs/detection.md', text.replace(/<!-- personas:start -->[\s\S]*<!-- personas:end -->/, `<!-- personas:start -->\n${table}\n<!-- personas:end -->`));
}
