#!/usr/bin/env node
// Smoke test of the built Storybook: serves storybook-static/ on 127.0.0.1, opens every entry of
// its index.json in headless Chromium, waits until the story (and its play function and a11y
// check) or the docs page has rendered, and fails on any console error, page error, failed play
// function or accessibility violation.
//
//   npx storybook build --quiet && node scripts/storybook-smoke.mjs
//   node scripts/storybook-smoke.mjs --only signal --screenshots /tmp/shots --concurrency 2
//
// Uses CHROME_PATH, else /usr/bin/chromium; never downloads a browser.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)), 'storybook-static');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const only = option('only', '');
const screenshots = option('screenshots', '');
const concurrency = Math.max(1, Number(option('concurrency', '3')) || 3);
const ENTRY_TIMEOUT_MS = 30_000;
/** Docs pages render their stories after `docsRendered`: give them this long to log errors. */
const DOCS_SETTLE_MS = 1_000;

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(2);
}
if (!existsSync(join(root, 'index.json'))) {
  console.error(`No ${join(root, 'index.json')}: run "npx storybook build --quiet" first.`);
  process.exit(2);
}

// ── A tiny static server ────────────────────────────────────────────────────

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (request, response) => {
  try {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    if (path.endsWith('/')) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    response.end(body);
  } catch (error) {
    const missing = error?.code === 'ENOENT' || error?.code === 'EISDIR';
    response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' });
    response.end(missing ? 'Not found' : 'Server error');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

// ── What to open ────────────────────────────────────────────────────────────

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => !only || entry.id.includes(only));
if (!entries.length) {
  console.error(only ? `No entry matches --only ${only}.` : 'index.json lists no entries.');
  server.close();
  process.exit(2);
}

// Listens to the preview's channel from the first script on: Storybook assigns
// globalThis.__STORYBOOK_ADDONS_CHANNEL__ once it created the channel.
function hookChannel() {
  const state = { done: false, status: null, problems: [] };
  window.__smoke = state;
  let channel;
  const finish = (status, problem) => {
    if (problem) state.problems.push(problem);
    state.status = status;
    state.done = true;
  };
  const describe = (error) => (error && (error.message || error.name)) || JSON.stringify(error);
  const hook = (next) => {
    if (!next || next.__smokeHooked) return;
    next.__smokeHooked = true;
    next.on('storyFinished', ({ status, reporters }) => {
      for (const report of reporters ?? []) {
        if (report.status !== 'failed') continue;
        if (report.type === 'a11y' && report.result?.violations) {
          for (const violation of report.result.violations) {
            const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
            state.problems.push(`a11y ${violation.id}: ${violation.help} (${targets})`);
          }
        } else {
          state.problems.push(`${report.type} report failed: ${describe(report.result?.error ?? report.result)}`);
        }
      }
      finish(status === 'error' ? 'error' : 'success');
    });
    next.on('docsRendered', () => finish('success'));
    next.on('playFunctionThrewException', (error) => state.problems.push(`play function failed: ${describe(error)}`));
    next.on('unhandledErrorsWhilePlaying', (errors) => state.problems.push(`unhandled errors while playing: ${errors.map(describe).join('; ')}`));
    next.on('storyThrewException', (error) => finish('error', `story threw: ${describe(error)}`));
    next.on('storyErrored', (error) => finish('error', `story errored: ${error?.title ?? ''} ${error?.description ?? ''}`.trim()));
    next.on('storyMissing', (id) => finish('error', `story missing: ${id}`));
  };
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      hook(next);
    },
  });
}

const IGNORED_CONSOLE = [/Lit is in dev mode/i];
const isFavicon404 = (message) => /favicon\.ico/.test(message.location()?.url ?? '') || /favicon\.ico/.test(message.text());

// ── Run ─────────────────────────────────────────────────────────────────────

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
await context.addInitScript(hookChannel);

const started = Date.now();
const results = [];
let next = 0;

async function runEntry(page, entry) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() !== 'error') return;
    if (isFavicon404(message) || IGNORED_CONSOLE.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text().split('\n')[0]}`);
  };
  const onPageError = (error) => problems.push(`page error: ${error.message.split('\n')[0]}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const at = Date.now();
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__smoke?.done, null, { timeout: ENTRY_TIMEOUT_MS, polling: 100 });
    if (viewMode === 'docs') await page.waitForTimeout(DOCS_SETTLE_MS);
    const state = await page.evaluate(() => window.__smoke);
    problems.push(...state.problems);
    if (state.status === 'error' && !state.problems.length) problems.push('Storybook reported the story as failed');
    if (screenshots) await page.screenshot({ path: join(screenshots, `${entry.id}.png`), fullPage: true });
  } catch (error) {
    problems.push(`did not finish rendering: ${error.message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  const ms = Date.now() - at;
  const unique = [...new Set(problems)];
  const result = { entry, ms, problems: unique };
  const label = `${entry.title} › ${entry.name}`;
  console.log(`${unique.length ? '✘ FAIL' : '✔ ok  '} ${viewMode.padEnd(5)} ${String(ms).padStart(5)} ms  ${label}  (${entry.id})`);
  for (const problem of unique) console.log(`         ${problem}`);
  return result;
}

async function worker() {
  const page = await context.newPage();
  while (next < entries.length) {
    const entry = entries[next++];
    results.push(await runEntry(page, entry));
  }
  await page.close();
}

if (screenshots) (await import('node:fs')).mkdirSync(screenshots, { recursive: true });
try {
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((result) => result.problems.length);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const stories = results.filter((result) => result.entry.type === 'story').length;
console.log('');
if (failed.length) {
  console.log('Failures:');
  for (const { entry, problems } of failed) {
    console.log(`  ${entry.id}`);
    for (const problem of problems) console.log(`    - ${problem}`);
  }
  console.log('');
}
console.log(
  `${results.length} entries (${stories} stories, ${results.length - stories} docs): ${results.length - failed.length} passed, ${failed.length} failed in ${seconds} s`,
);
process.exit(failed.length ? 1 : 0);
