// How the self-contained files are bundled — shared by `npm run build`, the size-budget test and
// `npm run bench`, so all three measure the same bytes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Lit keeps `css` templates verbatim; strip comments and spare whitespace from the styles
 * modules (not inside `${…}` interpolations, and never the space before a `:` — it is a
 * descendant combinator there).
 */
export const minifyCss = {
  name: 'unstuck-minify-css',
  transform(code, id) {
    if (!/\.styles\.ts$/.test(id)) return null;
    return code.replace(/css`([^`]*)`/g, (_, body) =>
      `css\`${body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim()}\``,
    );
  },
};

export const quiet = { configFile: false, logLevel: 'warn', plugins: [minifyCss] };

/** One minified, self-contained ES module (every dependency inside) from `entry`. */
export async function selfContained(entry, outDir, name) {
  await build({
    ...quiet,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
    },
  });
  return join(outDir, `${name}.js`);
}

export const gzipSize = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

/** min+gzip bytes of a self-contained bundle of `source` (a module's text), via a temp entry. */
export async function bundleSize(source, name) {
  const dir = await mkdtemp(join('node_modules/.cache', `size-${name}-`));
  try {
    const entry = join(dir, 'entry.js');
    await writeFile(entry, source);
    return await gzipSize(await selfContained(entry, dir, name));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lit alone and XState alone, as this kit uses them. */
export const LIT_ONLY = `import { LitElement, css, html, nothing, svg } from 'lit';\nimport { property, state } from 'lit/decorators.js';\nexport { LitElement, css, html, nothing, svg, property, state };\n`;
export const XSTATE_ONLY = `import { assign, createActor, emit, enqueueActions, fromPromise, setup } from 'xstate';\nexport { assign, createActor, emit, enqueueActions, fromPromise, setup };\n`;
