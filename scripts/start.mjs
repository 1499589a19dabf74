// npm start: the example site with the kit loaded from source.
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  Unstuck demo:    ${base}demo/\n  Report:         ${base}demo/report.html\n  Example page:   ${base}examples/\n  Events file:    .unstuck/events.ndjson\n`);
