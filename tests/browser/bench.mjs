// The page's check time, for `cargo run --release -p xtask -- bench-web`.
// Usage: node bench.mjs PAGE CHROMIUM WORKBOOK RUNS
// Prints JSON: { check_ms: [..] } — the core's check of the workbook's bytes inside the page
// (the same work as `rakit check --format json`), and page_ms: the whole page flow once
// (the file given to the input until its verdict, findings and corrected copy are shown).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [page_path, executablePath, workbook, runs] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(page_path).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  const check_ms = await page.evaluate(({ name, b64, runs }) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const core = window.rakitPage.core();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const json = core.check(name, bytes.slice(), 'id');
      times.push(performance.now() - t0);
      if (!json.includes('"files"')) throw new Error('no report');
    }
    return times;
  }, { name: basename(workbook), b64: readFileSync(workbook).toString('base64'), runs: Number(runs) });

  const t0 = Date.now();
  await page.setInputFiles('#files', [workbook]);
  await page.waitForFunction(() => document.querySelector('[data-file][data-status]') !== null,
    null, { timeout: 600000, polling: 50 });
  const page_ms = Date.now() - t0;
  process.stdout.write(JSON.stringify({ check_ms, page_ms }));
} finally {
  await browser.close();
}
