// Extra routes on the test server:
//  /__bundle/unstuck.js[?copy=N]  the all-in-one bundle built from src/ (self-contained, like
//                                  dist/unstuck.js); each query string is a separate copy.
//  /__bundle/missing.js            a bundle that 404s.
//  /__csp/<name>.html              test pages served with a strict CSP and Trusted Types.
//  /__fixture/<name>.(html|js)     other test pages from test/fixtures/.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

let bundle;
async function unstuckBundle() {
  bundle ??= build({
    entryPoints: ['src/unstuck.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
  }).then((result) => result.outputFiles[0].text);
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
  if (path === '/__bundle/unstuck.js') {
    ctx.type = 'application/javascript';
    ctx.body = await unstuckBundle();
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
