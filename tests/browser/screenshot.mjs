// The screenshot of the guides (docs/img/web.png): the page with a few workbooks checked.
// Usage: node screenshot.mjs PAGE CHROMIUM OUT.png FILE...
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [pagePath, executablePath, out, ...files] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await page.goto(pathToFileURL(pagePath).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await page.setInputFiles('#files', files);
  await page.waitForFunction((n) => document.querySelectorAll('[data-file][data-status]').length === n,
    files.length, { timeout: 300000 });
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
