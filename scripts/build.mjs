// npm run build:
//  1. dist/ ES modules per element (lit and xstate left as dependencies, for bundler users),
//  2. dist/unstuck.js — one minified, self-contained file that defines every element,
//  3. type declarations, 4. custom-elements.json at the root.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { quiet, selfContained } from './bundles.mjs';

rmSync('dist', { recursive: true, force: true });

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

// 1. Modules for bundlers: one file per source module, dependencies external.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    target: 'es2022',
    // report/compute is an entry of its own: the CLI and `unstuck/report/compute` use all of it.
    lib: { entry: { index: 'src/index.ts', 'report/compute': 'src/report/compute.ts', ...defineEntries }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^xstate(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// 2. The one file for CMS pages and CDNs: everything inside, minified; and the report's own.
await selfContained('src/unstuck.ts', 'dist', 'unstuck');
await selfContained('src/define/unstuck-report.ts', 'dist', 'unstuck-report');

// 3. Declarations, 4. the manifest.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
copyFileSync('src/jsx.d.ts', 'dist/jsx.d.ts'); // React JSX typings: `import type {} from 'unstuck/jsx'`
// The report's one-file build registers <unstuck-report>: its types are its define module's.
writeFileSync('dist/unstuck-report.d.ts', "import './define/unstuck-report.js';\nexport {};\n");
execFileSync('npm', ['run', '--silent', 'analyze'], { stdio: 'inherit' });
console.log('Built dist/ and custom-elements.json');
