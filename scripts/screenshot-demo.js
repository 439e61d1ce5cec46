// Takes the README's screenshot of the demo (docs/demo.png): starts the demo's Vite server on
// loopback with the sandbox backend, waits for all four elements to load, and captures the page.
// Usage: npm run docs:screenshot
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromePath, chromeArgs } from './chrome-path.js';

const server = await createServer({
  configFile: 'demo/vite.config.ts',
  server: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 1300 },
    deviceScaleFactor: 1,
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  const tags = ['sp-balance-card', 'sp-summary-sunburst', 'sp-payout-list', 'sp-expected-payout'];
  await page.evaluate(
    (names) =>
      Promise.all(
        names.map((name) =>
          customElements.whenDefined(name).then(() => document.querySelector(name).updateComplete),
        ),
      ),
    tags,
  );
  await page.waitForTimeout(800);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/demo.png', fullPage: false });
  console.log(`docs/demo.png written from ${url}`);
} finally {
  await browser.close();
  await server.close();
}
