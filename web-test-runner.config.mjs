import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromePath, chromeArgs } from './scripts/chrome-path.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { nodeTasks } from './scripts/wtr-node-tasks.mjs';
import { createCollector } from './scripts/collector.mjs';
import { validateEvents } from './scripts/validate-events.mjs';
import { fixtureRoutes } from './scripts/wtr-fixtures.mjs';

// A real local HTTP collector on the test server (127.0.0.1), driven by the tests.
const collector = createCollector({ path: '/__unstuck/collect' });

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // Tests run Lit's development build for its checks (change-in-update, multiple versions…); only
  // its "dev mode" banner is turned off, the way Lit documents (litIssuedWarnings), so every Lit
  // warning that does print is a real one.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // One page at a time: a background tab gets no frames, so real input and IntersectionObserver
  // would stall in the second of two pages.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // A file's whole run: the detection personas replay their sessions, some in real time, and took
  // 115 s of the 120 s default on this machine (one run of it alone timed out).
  testsFinishTimeout: 300_000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), args: chromeArgs },
      // Files run side by side; a background tab reports visibilityState "hidden" and would
      // pause the idle and stall timers. Focus emulation keeps every test page visible.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  middleware: [collector.koa, fixtureRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), nodeTasks({ collector, validateEvents })],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
