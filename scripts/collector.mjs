// A small event collector: accepts the endpoint's POSTs (a JSON array per request, as text or
// JSON), keeps the events, and can append them to an NDJSON file deduplicated by id.
// Used by the tests (through web-test-runner) and by `npm start` (through Vite).
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function createCollector({ path = '/__unstuck/collect', file = null } = {}) {
  const state = { received: [], requests: [], script: [], seen: new Set() };

  if (file && existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        if (line.trim()) state.seen.add(JSON.parse(line).id);
      } catch {
        // A torn last line from a crash: skip it.
      }
    }
  }

  /** Node http handler; returns false when the request is not for the collector. */
  async function handle(req, res) {
    if (!req.url || !req.url.startsWith(path)) return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const step = state.script.shift() ?? { status: 200 };
    if (step.drop) {
      state.requests.push({ status: 'dropped' });
      req.socket.destroy(); // looks like the network failed
      return true;
    }
    let events = [];
    try {
      events = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!Array.isArray(events)) throw new Error('not an array');
    } catch {
      state.requests.push({ status: 400 });
      res.writeHead(400).end('expected a JSON array of events');
      return true;
    }
    state.requests.push({ status: step.status, count: events.length });
    if (step.status >= 200 && step.status < 300) {
      state.received.push(...events);
      if (file) {
        const fresh = events.filter((event) => event && typeof event.id === 'string' && !state.seen.has(event.id));
        for (const event of fresh) state.seen.add(event.id);
        if (fresh.length) {
          mkdirSync(dirname(file), { recursive: true });
          appendFileSync(file, fresh.map((event) => JSON.stringify(event)).join('\n') + '\n');
        }
      }
    }
    const headers = step.retryAfter !== undefined ? { 'retry-after': String(step.retryAfter) } : {};
    res.writeHead(step.status, headers).end();
    return true;
  }

  return {
    state,
    handle,
    /** Connect/Vite middleware. */
    connect: (req, res, next) => void handle(req, res).then((handled) => handled || next(), next),
    /** Koa middleware (web-test-runner). */
    koa: async (ctx, next) => {
      if (!ctx.url.startsWith(path)) return next();
      ctx.respond = false;
      await handle(ctx.req, ctx.res);
    },
    reset() {
      state.received = [];
      state.requests = [];
      state.script = [];
    },
  };
}
