// Extra routes on the test server:
//  /__bundle/unstuck.js            the all-in-one bundle built from src/ exactly like
//                                  dist/unstuck.js, with its sibling files (/__bundle/unstuck-*.js);
//                                  a query string is another copy of the entry only (one shared file).
//  /__copy/unstuck.js              the same files at other URLs: a second copy of everything.
//  /__bundle/missing.js            a bundle that 404s.
//  /__csp/<name>.html              test pages served with a strict CSP and Trusted Types.
//  /__fixture/<name>.(html|js)     other test pages from test/fixtures/.
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
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

/**
 * What the real analytics libraries sent (posthog-js to /ph/…, Segment to /__segment/api/…):
 * method, URL and raw body, for the tests to decode as each library encodes it.
 */
export const vendorRequests = [];

/** Segment's CDN settings for a write key, as its CDN would answer, with the API on this server. */
const segmentSettings = (host) => ({
  integrations: { 'Segment.io': { apiKey: 'unstuck-test', apiHost: `${host}/__segment/api/v1`, protocol: 'http' } },
  plan: { track: { __default: { enabled: true } }, identify: { __default: { enabled: true } } },
  edgeFunction: {},
  analyticsNextEnabled: true,
  middlewareSettings: {},
  enabledMiddleware: {},
  metrics: { sampleRate: 0 },
  legacyVideoPluginsEnabled: false,
  remotePlugins: [],
});

async function recordVendor(ctx, vendor) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  vendorRequests.push({ vendor, url: ctx.url, type: ctx.get('content-type'), body: Buffer.concat(chunks).toString('utf8') });
  ctx.type = 'application/json';
  ctx.body = vendor === 'posthog' ? '{"status":1}' : '{"success":true}';
}

// npm packages an app's bundler would bundle (CommonJS inside): /__npm/<name>.js, built once.
const NPM = { 'segment-analytics-next': '@segment/analytics-next', 'spa-forms': './test/fixtures/spa-forms.tsx' };
const npmBundles = new Map();
function npmBundle(name) {
  if (!npmBundles.has(name)) {
    const options = { bundle: true, format: 'esm', platform: 'browser', write: false, target: 'es2022', logLevel: 'silent', jsx: 'automatic' };
    const production = { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' };
    npmBundles.set(name, build({ ...options, entryPoints: [NPM[name]], define: production })
      .then((result) => result.outputFiles[0].text));
  }
  return npmBundles.get(name);
}

// The server render of every element (scripts/ssr-render.mjs, in its own Node process), once.
let ssr;
export function ssrRender() {
  ssr ??= new Promise((resolve, reject) =>
    execFile('node', ['scripts/ssr-render.mjs'], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
  );
  return ssr;
}

/** File-name prefix → milliseconds to wait before serving it. */
export const bundleDelays = new Map();

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
  const bundled = /^\/__(?:bundle|copy)\/(unstuck[\w-]*\.js)$/.exec(path);
  if (bundled && (await unstuckBundle()).has(bundled[1])) {
    // A slow network for one of the lazy files (a test sets it with the `bundle-delay` command).
    const delay = [...bundleDelays].find(([prefix]) => bundled[1].startsWith(prefix))?.[1];
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.type = 'application/javascript';
    ctx.body = (await unstuckBundle()).get(bundled[1]);
    return;
  }
  // The payment API of the single-page-app forms: declines when asked to.
  if (path === '/__spa/pay' && ctx.method === 'POST') {
    ctx.status = ctx.query.decline === 'true' ? 402 : 200;
    ctx.body = '{}';
    return;
  }
  // A page as a server rendered it (Lit SSR), then given the one-file build, as Astro or a CMS would serve it.
  if (path === '/__ssr/page.html') {
    const { html } = await ssrRender();
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title><script type="module" src="/__bundle/unstuck.js"></script></head><body><main>${html}</main></body></html>`;
    return;
  }
  const npm = /^\/__npm\/([\w-]+)\.js$/.exec(path);
  if (npm && NPM[npm[1]]) {
    ctx.type = 'application/javascript';
    ctx.body = await npmBundle(npm[1]);
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
  if (path.startsWith('/ph/') && ctx.method === 'POST') return recordVendor(ctx, 'posthog');
  if (path.startsWith('/__segment/api/') && ctx.method === 'POST') return recordVendor(ctx, 'segment');
  // Segment's CDN: the snippet's analytics.min.js (the package's standalone build) and its chunks.
  const segmentFile = /^\/__segment\/cdn\/(?:analytics\.js\/v1\/[\w-]+\/analytics\.min\.js|analytics-next\/bundles\/([\w.-]+\.js))$/.exec(path);
  if (segmentFile) {
    ctx.type = 'application/javascript';
    ctx.body = await readFile(`node_modules/@segment/analytics-next/dist/umd/${segmentFile[1] ?? 'standalone.js'}`, 'utf8');
    return;
  }
  if (/^\/__segment\/cdn\/v1\/projects\/[\w-]+\/settings$/.test(path)) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(segmentSettings(ctx.host));
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
