// Extra routes on the test server:
//  /__bundle/unstuck.js[?copy=N]  the all-in-one bundle built from src/ exactly like
//                                  dist/unstuck.js, with its sibling files (/__bundle/unstuck-*.js);
//                                  each query string is a separate copy of the entry.
//  /__bundle/missing.js            a bundle that 404s.
//  /__csp/<name>.html              test pages served with a strict CSP and Trusted Types.
//  /__fixture/<name>.(html|js)     other test pages from test/fixtures/.
import { mkdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { selfContained } from './bundles.mjs';

// Built once per test run by the same function as dist/unstuck.js, sibling files included.
let bundle;
async function unstuckBundle() {
  bundle ??= mkdir('node_modules/.cache', { recursive: true }).then(async () => {
    const dir = 'node_modules/.cache/unstuck-bundle';
    const files = await selfContained('src/unstuck.ts', dir, 'unstuck');
    return new Map(await Promise.all([...files.critical, ...files.lazy].map(async (file) => [basename(file), await readFile(file, 'utf8')])));
  });
  return bundle;
}

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html unstuck',
].join('; ');

export async function fixtureRoutes(ctx, next) {
  const path = ctx.path;
  const bundled = /^\/__bundle\/(unstuck[\w-]*\.js)$/.exec(path);
  if (bundled && (await unstuckBundle()).has(bundled[1])) {
    ctx.type = 'application/javascript';
    ctx.body = (await unstuckBundle()).get(bundled[1]);
    return;
  }
  if (path === '/__bundle/missing.js') {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  // posthog-js from its npm package, for the detection comparison; its network goes nowhere.
  const posthogFile = /^\/(?:__posthog|ph\/static)\/([\w.-]+\.js)$/.exec(path);
  if (posthogFile) {
    ctx.type = 'application/javascript';
    ctx.body = await readFile(`node_modules/posthog-js/dist/${posthogFile[1]}`, 'utf8').catch(() => '');
    return;
  }
  // posthog-js's remote config, as its cloud would answer for a project with autocapture on.
  const remote = /^\/ph\/array\/([\w-]+)\/config(\.js)?$/.exec(path);
  if (remote) {
    const config = { token: remote[1], autocapture_opt_out: false, capturePerformance: false, sessionRecording: false, heatmaps: false, surveys: false, supportedCompression: [], hasFeatureFlags: false, siteApps: [] };
    ctx.type = remote[2] ? 'application/javascript' : 'application/json';
    ctx.body = remote[2]
      ? `(window._POSTHOG_REMOTE_CONFIG = window._POSTHOG_REMOTE_CONFIG || {})[${JSON.stringify(remote[1])}] = { config: ${JSON.stringify(config)}, siteApps: [] };`
      : JSON.stringify(config);
    return;
  }
  if (path.startsWith('/ph/')) {
    ctx.type = 'application/json';
    ctx.body = '{}';
    return;
  }
  const page = /^\/__(csp|fixture)\/([\w-]+\.(html|js))$/.exec(path);
  if (page) {
    ctx.type = page[3] === 'html' ? 'text/html' : 'application/javascript';
    if (page[1] === 'csp') ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.body = await readFile(`test/fixtures/${page[2]}`, 'utf8');
    return;
  }
  return next();
}
