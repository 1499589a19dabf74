// npm run build:
//  1. dist/ ES modules per element (lit and xstate left as dependencies, for bundler users),
//  2. dist/unstuck.js — one minified, self-contained file that defines every element,
//  3. type declarations, 4. custom-elements.json at the root.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

/**
 * Lit keeps `css` templates verbatim; strip comments and spare whitespace from the styles
 * modules (not inside `${…}` interpolations, and never the space before a `:` — it is a
 * descendant combinator there).
 */
const minifyCss = {
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

const quiet = { configFile: false, logLevel: 'warn', plugins: [minifyCss] };

// 1. Modules for bundlers: one file per source module, dependencies external.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    target: 'es2022',
    lib: { entry: { index: 'src/index.ts', ...defineEntries }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^xstate(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// 2. The one file for CMS pages and CDNs: everything inside, minified.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: { unstuck: 'src/unstuck.ts' }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
  },
});

// 2b. The report, its own self-contained file (not part of dist/unstuck.js).
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: { 'unstuck-report': 'src/define/unstuck-report.ts' }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
  },
});

// 3. Declarations, 4. the manifest.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
copyFileSync('src/jsx.d.ts', 'dist/jsx.d.ts'); // React JSX typings: `import type {} from 'unstuck/jsx'`
execFileSync('npm', ['run', '--silent', 'analyze'], { stdio: 'inherit' });
console.log('Built dist/ and custom-elements.json');
