// node scripts/bench-compare.mjs <other checkout> [rounds]
//
// Is this checkout slower than another (e.g. the last release, or main before a refactor)?
// Absolute times on a shared machine drift too much to compare two runs of `npm run bench` made
// minutes apart, so this runs both builds in one browser, alternating them round by round, and
// reports medians: detection latency, the per-event stream (10,000 events over 20 wrappers; the
// first on each page, cold as in `npm run bench`, and the best of five),
// start-up of 100 wrappers, and the heap after 1,000 connect/disconnect cycles. Both checkouts
// need `npm run build` first (dist/unstuck.js) and their own bench/ pages.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';

const [otherRoot, roundsText = '15'] = process.argv.slice(2);
if (!otherRoot) {
  console.error('usage: node scripts/bench-compare.mjs <other checkout> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsText);
const trees = { other: resolve(otherRoot), this: process.cwd() };

const origins = {};
for (const [name, root] of Object.entries(trees)) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (!path.startsWith('/bench/') && !path.startsWith('/dist/')) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html' : 'application/javascript' }).end(await readFile(join(root, path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  server.unref();
  origins[name] = `http://127.0.0.1:${server.address().port}`;
}

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs.filter((arg) => !arg.startsWith('--headless')) });

async function open(name, query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origins[name]}/bench/index.html${query}`);
  await page.addScriptTag({ url: '/dist/unstuck.js', type: 'module' });
  await page.evaluate(() => customElements.whenDefined('unstuck-cancel'));
  await page.addScriptTag({ url: '/bench/bench.js', type: 'module' });
  await page.waitForFunction(() => !!window.bench);
  return page;
}

const mounted = (page, options) =>
  page.evaluate(async (mountOptions) => {
    await Promise.all(window.bench.mountWrappers(20, mountOptions).map((element) => element.updateComplete));
  }, options);

// A checkout's bench pages return the latency in ms, or (since 2026-12-06) with its frame count.
const msOf = (latency) => (typeof latency === 'number' ? latency : latency.ms);
const figures = { latency: 'detection latency, first after load, ms', warmLatency: 'detection latency, card loaded, ms', coldStream: 'per-event stream, first on the page (as npm run bench), ms', stream: 'per-event stream (best of 5 per page), ms', startup: 'start-up of 100, ms', heap: 'heap after 1,000 cycles, KiB' };
const runs = Object.fromEntries(Object.keys(trees).map((name) => [name, Object.fromEntries(Object.keys(figures).map((key) => [key, []]))]));

for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 ? ['other', 'this'] : ['this', 'other']) {
    let page = await open(name);
    await mounted(page, { kind: 'unstuck-zone' });
    runs[name].latency.push(msOf(await page.evaluate(() => window.bench.detectionLatency())));
    await page.close();

    page = await open(name);
    await mounted(page, { kind: 'unstuck-zone' });
    runs[name].warmLatency.push(msOf(await page.evaluate(() => window.bench.detectionLatency({ warm: true }))));
    await page.close();

    page = await open(name);
    await mounted(page, {});
    // The best of five streams on one page: JIT warm-up and stray GC pauses stay out of the figure.
    const times = await page.evaluate(async () => {
      const times = [];
      for (let i = 0; i < 5; i++) times.push(await window.bench.dispatchStream(10_000));
      return times;
    });
    runs[name].coldStream.push(times[0]);
    runs[name].stream.push(Math.min(...times));
    await page.close();

    page = await open(name);
    runs[name].startup.push(await page.evaluate(() => window.bench.startup(100, 'unstuck-form')));
    await page.close();

    if (round < 3) {
      page = await open(name, '?instrument');
      const cdp = await page.context().newCDPSession(page);
      await page.evaluate(() => window.bench.connectCycles(300));
      await page.evaluate(() => window.bench.connectCycles(1_000));
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      runs[name].heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024);
      await page.close();
    }
  }
}
await browser.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\n${rounds} alternating rounds; this = ${trees.this}, other = ${trees.other}\n`);
console.log('| figure | other (median) | this (median) | this ÷ other |\n|---|---|---|---|');
for (const [key, label] of Object.entries(figures)) {
  const other = median(runs.other[key]);
  const mine = median(runs.this[key]);
  console.log(`| ${label} | ${other.toFixed(1)} | ${mine.toFixed(1)} | ${(mine / other).toFixed(2)} |`);
}
process.exit(0);
