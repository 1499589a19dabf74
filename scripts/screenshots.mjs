// Takes the docs' screenshots with headless Chromium: the demo's question on the loan form at
// 1280×900 and on a 390×844 touch phone, light and dark (docs/question-<size>-<scheme>.png; the
// desktop light one is also the README's docs/demo-question.png), and the report on the sample
// events. Usage: node scripts/screenshots.mjs (writes docs/*.png).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromePath, chromeArgs } from './chrome-path.mjs';

const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 5199 } });
await server.listen();
const base = 'http://127.0.0.1:5199';
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs.filter((arg) => !arg.startsWith('--headless')) });
try {
  const sizes = {
    desktop: { viewport: { width: 1280, height: 900 } },
    phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  };
  for (const [size, options] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ deviceScaleFactor: 1, ...options, colorScheme });
      const shot = await context.newPage();
      shot.on('pageerror', (error) => console.error('page error:', error));
      await shot.goto(`${base}/demo/loan.html`);
      const field = shot.locator('#loan-ssn');
      await field.scrollIntoViewIfNeeded();
      await (options.hasTouch ? field.tap() : field.click());
      await shot.locator('unstuck-form .panel').waitFor({ timeout: 20_000 });
      await shot.waitForTimeout(500);
      const file = `docs/question-${size}-${colorScheme}.png`;
      await shot.screenshot({ path: file });
      if (size === 'desktop' && colorScheme === 'light') await shot.screenshot({ path: 'docs/demo-question.png' });
      console.log(`Wrote ${file}`);
      await context.close();
    }
  }

  const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${base}/demo/report.html?sample`);
  await page.locator('unstuck-report .moment').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/report.png', fullPage: false });
  console.log('Wrote docs/demo-question.png and docs/report.png');
} finally {
  await browser.close();
  await server.close();
}
