// Renders every element on the server with @lit-labs/ssr, as Astro or Next.js (with
// @lit-labs/nextjs) would, and prints JSON: the HTML of a page holding every wrapper, and every
// console warning or error the render printed. Used by test/ssr.test.ts (through a server
// command) and handy by hand: `node scripts/ssr-render.mjs`.
import { build } from 'esbuild';
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const printed = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    printed.push(`${level}: ${args.map(String).join(' ')}`);
    if (process.env.SSR_ECHO) original(...args);
  };
}

// The kit's define modules, bundled for Node with lit and xstate left to node_modules (so the
// elements and @lit-labs/ssr share one Lit, in its Node build).
const defines = (await readdir('src/define')).map((file) => resolve('src/define', file));
await mkdir('node_modules/.cache/ssr', { recursive: true });
const outfile = join('node_modules/.cache/ssr', 'elements.mjs');
await build({
  stdin: { contents: defines.map((file) => `import ${JSON.stringify(file)};`).join('\n'), resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', 'xstate'],
  tsconfig: 'tsconfig.json',
  logLevel: 'silent',
});

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
await import(pathToFileURL(resolve(outfile)).href);

const choice = (value) =>
  `<unstuck-choice value="${value}" label="Reason ${value}" approved-by="Legal" approved-on="2026-10-01"><template><p>Answer ${value}</p></template></unstuck-choice>`;
const content = `<unstuck-question prompt="What's in the way?">${['a', 'b', 'c'].map(choice).join('')}</unstuck-question>
  <unstuck-human label="Talk to a person"><template><a href="#call">Call us</a></template></unstuck-human>`;

// A page as a CMS or a framework writes it: static markup (Lit allows no expressions inside <template>).
export const PAGE = `<unstuck-config max-per-session="100" gap="0s"></unstuck-config>
  <unstuck-form moment="ssr-form"><form action="#sent"><label>Name <input name="name" /></label><button>Send</button></form>${content}</unstuck-form>
  <unstuck-zone moment="ssr-zone" placement="corner"><button type="button" data-unstuck-goal>Next</button>${content}</unstuck-zone>
  <unstuck-checkout-step moment="ssr-step" journey="shop" step="pay"><button type="button">Pay</button>${content}</unstuck-checkout-step>
  <unstuck-pricing moment="ssr-pricing"><div data-unstuck-option="team">Team</div>${content}</unstuck-pricing>
  <unstuck-search moment="ssr-search"><input aria-label="Search" />${content}</unstuck-search>
  <unstuck-cancel moment="ssr-cancel"><button type="button" data-unstuck-confirm>Cancel</button>${content}</unstuck-cancel>`;
const page = html`${unsafeStatic(PAGE)}`;

const markup = await collectResult(render(page));
process.stdout.write(JSON.stringify({ html: markup, printed }));
