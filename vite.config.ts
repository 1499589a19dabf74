import { defineConfig } from 'vite';
// @ts-expect-error — a plain ES module without type declarations
import { unstuckCollector } from './scripts/vite-collector.mjs';
// @ts-expect-error — a plain ES module without type declarations
import { demoPartials } from './scripts/vite-demo-partials.mjs';

// `npm start`: the demo site (http://127.0.0.1:5173/demo/) and the example page
// (/examples/), with the kit loaded from source and a local collector writing
// .unstuck/events.ndjson. The library build lives in scripts/build.mjs.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 5173 },
  plugins: [unstuckCollector(), demoPartials()],
  // The demo shows the product as visitors get it: Lit's production build, no dev-mode warnings.
  resolve: { conditions: ['module', 'browser', 'production'] },
});
