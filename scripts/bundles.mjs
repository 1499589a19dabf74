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

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of a lazy
 * file is compiled when the file arrives at idle time, instead of one by one at the first
 * detection, where it cost about 4 ms of the question's frame (BENCHMARKS.md). Never on the
 * critical path: there, compiling what may never run delays the page.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * One minified, self-contained ES module (every dependency inside) from `entry`, written as
 * `<name>.js`, plus sibling files: one shared file with everything the entry loads statically,
 * and what loads lazily (the detected moment's module, the built-in sinks).
 * Returns the files: `critical` is what a page downloads before any detection (the entry and
 * what it imports statically), `lazy` the rest.
 */
export async function selfContained(entry, outDir, name) {
  const bundle = async (write, codeSplitting) => {
    const result = await build({
      ...quiet,
      build: {
        outDir,
        write,
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: { [name]: entry }, formats: ['es'] },
        rolldownOptions: {
          output: {
            entryFileNames: '[name].js',
            // Hashed siblings: a cached entry never meets a chunk of another version.
            chunkFileNames: (chunk) => (chunk.isDynamicEntry ? `${name}-[name]-[hash].js` : `${name}-shared-[hash].js`),
            minify: true,
            // Pure annotations only serve a later bundler; these files are final.
            comments: false,
            postBanner: (chunk) => (chunk.isDynamicEntry ? COMPILE_HINT : undefined),
            codeSplitting,
          },
        },
      },
    });
    return (Array.isArray(result) ? result : [result]).flatMap((output) => output.output).filter((file) => file.type === 'chunk');
  };
  // What a page loads before any detection goes into ONE shared file beside a small entry (its
  // imports and exports): one gzip stream compresses about 1 KB better than the entry and two
  // shared files did. The lazy files import from it, never from the entry, so a cache-busting
  // query on the entry never loads a second copy. A first pass finds those modules.
  const first = await bundle(false, undefined);
  if (!first.some((chunk) => chunk.isDynamicEntry)) return filesOf(await bundle(true, undefined), outDir, name);
  const critical = new Set(filesOf(first, '', name).critical);
  const entryChunk = first.find((chunk) => chunk.isEntry);
  const eager = new Set(first.filter((chunk) => critical.has(chunk.fileName)).flatMap((chunk) => chunk.moduleIds).filter((id) => id !== entryChunk?.facadeModuleId));
  return filesOf(await bundle(true, { groups: [{ name: 'shared', test: (id) => eager.has(id) }] }), outDir, name);
}

/** The files of a build: `critical`, the entry and what it imports statically; `lazy`, the rest. */
function filesOf(chunks, outDir, name) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const critical = new Set();
  const visit = (fileName) => {
    if (critical.has(fileName)) return;
    critical.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(`${name}.js`);
  const path = (fileName) => join(outDir, fileName);
  return {
    entry: path(`${name}.js`),
    critical: [...critical].map(path),
    lazy: chunks.map((chunk) => chunk.fileName).filter((fileName) => !critical.has(fileName)).map(path),
  };
}

export const gzipSize = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

const sum = async (files) => (await Promise.all(files.map(gzipSize))).reduce((total, size) => total + size, 0);

/**
 * min+gzip bytes of a self-contained bundle of `source` (a module's text), via a temp entry:
 * `critical` (before any detection), `lazy`, and `total`. Each file is gzipped on its own, as a
 * browser fetches it. `files` counts them, and `hinted` those that start with the compile hint.
 */
export async function bundleSize(source, name) {
  const dir = await mkdtemp(join('node_modules/.cache', `size-${name}-`));
  try {
    const entry = join(dir, 'entry.js');
    await writeFile(entry, source);
    const files = await selfContained(entry, dir, name);
    const critical = await sum(files.critical);
    const lazy = await sum(files.lazy);
    const hinted = async (list) => (await Promise.all(list.map(async (file) => (await readFile(file, 'utf8')).startsWith(COMPILE_HINT)))).filter(Boolean).length;
    return { critical, lazy, total: critical + lazy, files: { critical: files.critical.length, lazy: files.lazy.length }, hinted: { critical: await hinted(files.critical), lazy: await hinted(files.lazy) } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lit alone and XState alone, as this kit uses them. */
export const LIT_ONLY = `import { LitElement, css, html, nothing, svg } from 'lit';\nimport { property, state } from 'lit/decorators.js';\nexport { LitElement, css, html, nothing, svg, property, state };\n`;
export const XSTATE_ONLY = `import { assign, createActor, emit, enqueueActions, fromPromise, setup } from 'xstate';\nexport { assign, createActor, emit, enqueueActions, fromPromise, setup };\n`;
