// Server-side commands for tests that must look at files (run through executeServerCommand).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

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
      if (command === 'manifest-is-current') return manifestIsCurrent();
      if (command === 'wheel') {
        // A real mouse-wheel scroll at a point (sendMouse has no wheel).
        const page = session.browser.getPage(session.id);
        await page.mouse.move(payload.x, payload.y);
        await page.mouse.wheel({ deltaY: payload.deltaY });
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
