// Takes the README's screenshots with headless Chromium: the demo's question on the loan form,
// and the report on the sample events. Usage: node scripts/screenshots.mjs (writes docs/*.png).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromePath, chromeArgs } from './chrome-path.mjs';

const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 5199 } });
await server.listen();
const base = 'http://127.0.0.1:5199';
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs.filter((arg) => !arg.startsWith('--headless')) });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => console.error('page error:', error));

  await page.goto(`${base}/demo/loan.html`);
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('unstuck:')).forEach((key) => localStorage.removeItem(key)));
  await page.reload();
  await page.locator('#loan-ssn').click();
  const panel = page.locator('unstuck-form .panel');
  await panel.waitFor({ timeout: 20_000 });
  await page.waitForTimeout(400);
  // The kit never scrolls; the screenshot does, to frame the field and the question together.
  await page.evaluate(() => document.querySelector('#loan-ssn')?.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -120);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/demo-question.png' });

  await page.goto(`${base}/demo/report.html?sample`);
  await page.locator('unstuck-report .moment').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/report.png', fullPage: false });
  console.log('Wrote docs/demo-question.png and docs/report.png');
} finally {
  await browser.close();
  await server.close();
}
