import { defineConfig } from 'vite';

// `npm start`: serves the example pages (http://127.0.0.1:5173/examples/) with the kit loaded
// from source. The library build lives in scripts/build.mjs; Storybook has its own config.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 5173 },
});
