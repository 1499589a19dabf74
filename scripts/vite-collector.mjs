// Vite plugin for `npm start`: the local collector. POST /__unstuck/collect appends events to
// .unstuck/events.ndjson (deduplicated by id); GET /__unstuck/events.ndjson serves the file.
import { existsSync, readFileSync } from 'node:fs';
import { createCollector } from './collector.mjs';

export const EVENTS_FILE = '.unstuck/events.ndjson';

export function unstuckCollector({ file = EVENTS_FILE } = {}) {
  const collector = createCollector({ path: '/__unstuck/collect', file });
  const serveFile = (req, res, next) => {
    if (!req.url?.startsWith('/__unstuck/events.ndjson')) return next();
    res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(existsSync(file) ? readFileSync(file) : '');
  };
  const install = (server) => {
    server.middlewares.use(collector.connect);
    server.middlewares.use(serveFile);
  };
  return { name: 'unstuck-collector', configureServer: install, configurePreviewServer: install };
}
