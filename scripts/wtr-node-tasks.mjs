// Server-side commands for tests that must look at files (run through executeServerCommand).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { createCollector } from './collector.mjs';
import { bundleDelays, ssrRender, vendorRequests } from './wtr-fixtures.mjs';

const run = promisify(execFile);

async function manifestIsCurrent() {
  // The analyzer resolves --outdir against the working directory.
  await mkdir('node_modules/.cache', { recursive: true });
  const outdir = await mkdtemp(join('node_modules/.cache', 'unstuck-cem-'));
  try {
    await run('npx', ['cem', 'analyze', '--outdir', relative(process.cwd(), outdir)]);
    const [fresh, committed] = await Promise.all([
      readFile(join(outdir, 'custom-elements.json'), 'utf8'),
      readFile('custom-elements.json', 'utf8').catch(() => ''),
    ]);
    return { current: fresh === committed, manifest: JSON.parse(fresh) };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

/**
 * Validates a manifest against the custom-elements-manifest package's schema: the whole file, and
 * each element as `CustomElementDeclaration` (schema.d.ts: `ClassDeclaration & CustomElement`).
 * The package's JSON schema lists the `CustomElement` half (attributes, events, slots…) only under
 * `MixinDeclaration`, so the element schema takes those properties from there. Returns the errors.
 */
async function manifestSchemaErrors(manifest) {
  const { default: Ajv } = await import('ajv');
  const schema = JSON.parse(await readFile('node_modules/custom-elements-manifest/schema.json', 'utf8'));
  const { definitions } = schema;
  const mixin = definitions.MixinDeclaration.properties;
  const customElementFields = ['attributes', 'cssParts', 'cssProperties', 'customElement', 'demos', 'events', 'slots', 'tagName'];
  const element = {
    ...definitions.CustomElementDeclaration,
    properties: { ...definitions.CustomElementDeclaration.properties, ...Object.fromEntries(customElementFields.map((name) => [name, mixin[name]])) },
    required: [...definitions.CustomElementDeclaration.required, 'customElement'],
  };
  const ajv = new Ajv({ allErrors: true, strict: false });
  const whole = ajv.compile(schema);
  const perElement = ajv.compile({ definitions, ...element });
  const errors = [];
  if (!whole(manifest)) errors.push(...whole.errors.map((error) => `manifest${error.instancePath} ${error.message}`));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && !perElement(declaration)) {
        errors.push(...perElement.errors.map((error) => `${declaration.tagName ?? declaration.name}${error.instancePath} ${error.message}`));
      }
    }
  }
  return errors;
}

const touchSessions = {};

export function nodeTasks({ collector, validateEvents }) {
  return {
    name: 'unstuck-node-tasks',
    async executeCommand({ command, payload, session }) {
      if (command === 'collector-reset') {
        collector.reset();
        return true;
      }
      if (command === 'collector-script') {
        collector.state.script.push(...payload.steps);
        return true;
      }
      if (command === 'collector-received') {
        return { events: collector.state.received, requests: collector.state.requests };
      }
      if (command === 'validate-events') return validateEvents(payload.events);
      if (command === 'vendor-requests') return vendorRequests.splice(0);
      if (command === 'ssr-render') return ssrRender();
      if (command === 'bundle-delay') {
        if (payload.ms) bundleDelays.set(payload.prefix, payload.ms);
        else bundleDelays.delete(payload.prefix);
        return true;
      }
      if (command === 'run-cli') return (await import('./report-engines.mjs')).runCli(payload);
      if (command === 'report-log') return (await import('./report-engines.mjs')).writeLog(payload);
      if (command === 'report-engine') return (await import('./report-engines.mjs')).reportEngine(payload);
      if (command === 'report-log-drop') return (await import('./report-engines.mjs')).dropLog(payload);
      if (command === 'typecheck-react') return typecheck('test/types/tsconfig.json');
      if (command === 'bundle-sizes') return bundleSizes();
      if (command === 'persona-results') {
        await mkdir('node_modules/.cache', { recursive: true });
        await writeFile('node_modules/.cache/persona-results.json', JSON.stringify(payload, null, 2));
        return true;
      }
      if (command === 'ide-data-is-current') return typecheck(null, ['scripts/ide-data.mjs', '--check']);
      if (command === 'collector-file') return collectorFileRoundTrip(payload);
      if (command === 'manifest-is-current') return manifestIsCurrent();
      if (command === 'manifest-schema') return manifestSchemaErrors(payload.manifest);
      if (command === 'scripts-parse') {
        // Every node script and bench page parses (a benchmark is not run by the tests).
        const { readdirSync } = await import('node:fs');
        const files = [...readdirSync('scripts').filter((f) => f.endsWith('.mjs')).map((f) => `scripts/${f}`), ...readdirSync('bench').filter((f) => f.endsWith('.js')).map((f) => `bench/${f}`)];
        const failures = [];
        for (const file of files) await run(process.execPath, ['--check', file]).catch((error) => failures.push(`${file}: ${error.stderr.split('\n').find((line) => line.includes('Error')) ?? error.message}`));
        return { files: files.length, failures };
      }
      if (command === 'architecture') {
        const { checkArchitecture } = await import('./architecture.mjs');
        const { violations, lines } = checkArchitecture(payload ?? {});
        return { violations, lines };
      }
      if (command === 'wheel') {
        // A real mouse-wheel scroll at a point (sendMouse has no wheel).
        const page = session.browser.getPage(session.id);
        await page.mouse.move(payload.x, payload.y);
        await page.mouse.wheel({ deltaY: payload.deltaY });
        return true;
      }
      if (command === 'viewport') {
        // setViewport with a touch screen when asked ((pointer: coarse), touch points), as a phone
        // reports itself; puppeteer's setViewport alone turns touch off again.
        // (Changing puppeteer's hasTouch reloads the page, so touch goes through a CDP session of its
        // own, kept open: emulation ends with the session that set it.)
        const page = session.browser.getPage(session.id);
        await page.setViewport({ width: payload.width, height: payload.height });
        const cdp = (touchSessions[session.id] ??= await page.createCDPSession());
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: !!payload.touch, maxTouchPoints: payload.touch ? 5 : 1 });
        return true;
      }
      if (command === 'touch-tap') {
        const page = session.browser.getPage(session.id);
        await page.touchscreen.tap(payload.x, payload.y);
        return true;
      }
      if (command === 'touch-swipe') {
        // A quick finger swipe: moving the finger down scrolls the page up.
        const page = session.browser.getPage(session.id);
        const { x, fromY, toY, steps = 10 } = payload;
        await page.touchscreen.touchStart(x, fromY);
        for (let i = 1; i <= steps; i++) await page.touchscreen.touchMove(x, fromY + ((toY - fromY) * i) / steps);
        await page.touchscreen.touchEnd();
        return true;
      }
      if (command === 'multi-click') {
        // A real double/triple click (click count 1, 2, 3), which sendMouse cannot make.
        const page = session.browser.getPage(session.id);
        await page.mouse.click(payload.x, payload.y, { count: payload.count });
        return true;
      }
      return undefined;
    },
  };
}

/** POSTs batches to a file-backed collector on a real port; returns the NDJSON file's lines. */
async function collectorFileRoundTrip({ batches }) {
  await mkdir('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(join('node_modules/.cache', 'unstuck-collector-'));
  const file = join(dir, 'events.ndjson');
  const server = createServer((req, res) => void createdCollector.handle(req, res).then((handled) => handled || res.writeHead(404).end()));
  let createdCollector = createCollector({ file });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/__unstuck/collect`;
  try {
    for (const [index, batch] of batches.entries()) {
      // Halfway, a fresh collector on the same file: a restarted dev server still dedupes.
      if (index === Math.floor(batches.length / 2)) createdCollector = createCollector({ file });
      await fetch(url, { method: 'POST', body: JSON.stringify(batch), headers: { 'content-type': 'text/plain' } });
    }
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line));
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs tsc on a project (or node on a script); returns its exit code and output. */
async function typecheck(project, nodeArgs) {
  try {
    const { stdout } = nodeArgs ? await run('node', nodeArgs) : await run('npx', ['tsc', '-p', project]);
    return { code: 0, output: stdout };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

/** min+gzip sizes of the all-in-one bundle built from src/ (critical path, lazy, total), and of lit and xstate alone. */
async function bundleSizes() {
  const { bundleSize, LIT_ONLY, XSTATE_ONLY } = await import('./bundles.mjs');
  await mkdir('node_modules/.cache', { recursive: true });
  const [unstuck, form, lit, xstate] = await Promise.all([
    // Re-exported, as dist/unstuck.js exports them: the same bytes as the build.
    bundleSize(`export * from '${process.cwd()}/src/unstuck.ts';\n`, 'unstuck'),
    // The largest single wrapper's define module, as a page with one wrapper imports it.
    bundleSize(`export * from '${process.cwd()}/src/define/unstuck-form.ts';\n`, 'unstuck-form'),
    bundleSize(LIT_ONLY, 'lit'),
    bundleSize(XSTATE_ONLY, 'xstate'),
  ]);
  return { unstuck, form, lit: lit.total, xstate: xstate.total };
}
