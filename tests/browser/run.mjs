// Drives the page target/web/rakit.html in Debian's chromium (playwright-core, never
// Playwright's own browser) for tests/browser.rs, which compares what it reports with the
// command line's. Usage: node run.mjs CONFIG.json, where CONFIG holds
//   { page, chromium, out, batches: [{ files: [paths], english: bool }], screenshot?: path }
// Prints one JSON object: per batch the files as the page shows them (in Bahasa Indonesia
// and, when asked, in English), the JSON the page's core gives for each file, where each
// downloaded corrected copy was saved; every request the page made and every page error.
import { readFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const cfg = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  // as root, without the sandbox; no background traffic of chromium's own
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const result = { requests: [], errors: [], batches: [] };

// A click whose download never starts (seen now and then in headless chromium, most often
// right after another download) is tried once more; a second silence fails, naming the link.
async function clickForDownload(page, link, what) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const downloaded = page.waitForEvent('download', { timeout: attempt === 1 ? 20000 : 60000 });
    try {
      await link.click({ timeout: 60000 });
    } catch (e) {
      downloaded.catch(() => {});
      throw new Error(`${what} cannot be clicked: ${e.message}`);
    }
    try {
      return await downloaded;
    } catch (e) {
      if (attempt === 2) {
        throw new Error(`${what}: clicked twice, no download: ${e.message}`);
      }
      process.stderr.write(`${what}: no download after the first click, clicking again\n`);
    }
  }
}
try {
  for (const [b, batch] of cfg.batches.entries()) {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
    // a machine busy with builds is slow: no step may fail merely for taking long
    context.setDefaultTimeout(300000);
    const page = await context.newPage();
    page.on('request', (r) => result.requests.push(r.url()));
    page.on('pageerror', (e) => result.errors.push(`page error: ${e}`));
    page.on('console', (m) => { if (m.type() === 'error') result.errors.push(`console: ${m.text()}`); });
    await page.goto(pathToFileURL(cfg.page).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });

    await page.setInputFiles('#files', batch.files);
    const workbooks = batch.files.filter((f) => !/\.toml$/i.test(f)).length;
    await page.waitForFunction((n) => document.querySelectorAll('[data-file][data-status]').length === n,
      workbooks, { timeout: 600000, polling: 200 });

    const shown = async () => page.$$eval('[data-file]', (articles) => articles.map((a) => ({
      file: a.dataset.file,
      status: a.dataset.status,
      message: a.querySelector('.message') ? a.querySelector('.message').textContent : null,
      copy: a.querySelector('a[download]') ? a.querySelector('a[download]').getAttribute('download') : null,
      refused: a.querySelector('[data-copy-refused]') ? a.querySelector('[data-copy-refused]').textContent : null,
      findings: [...a.querySelectorAll('.finding')].map((f) => ({
        code: f.dataset.code,
        severity: f.dataset.severity,
        sheet: f.dataset.sheet,
        cell: f.dataset.cell,
        fixable: f.dataset.fixable === 'true',
        message: f.querySelector('.msg .text').textContent,
        found: f.querySelector('.found').textContent,
        expected: f.querySelector('.expected').textContent,
      })),
    })));
    const out = { id: await shown(), en: null, json: {}, downloads: {}, filter: null, compare: null };

    // the core's own JSON document for each file, in both languages
    const mappingFile = batch.files.find((x) => /\.toml$/i.test(x));
    const mapping = mappingFile ? readFileSync(mappingFile, 'utf8') : null;
    const mappingName = mappingFile ? basename(mappingFile) : null;
    for (const f of batch.files.filter((x) => !/\.toml$/i.test(x))) {
      const bytes = readFileSync(f).toString('base64');
      out.json[basename(f)] = await page.evaluate(({ name, b64, mapping, mappingName }) => {
        const bin = atob(b64);
        const a = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) a[i] = bin.charCodeAt(i);
        const core = window.rakitPage.core();
        return {
          id: core.check(name, a, 'id', mapping, mappingName),
          en: core.check(name, a, 'en', mapping, mappingName),
        };
      }, { name: basename(f), b64: bytes, mapping, mappingName });
    }

    // each corrected copy, downloaded as a person would
    const dir = join(cfg.out, `batch-${b}`);
    mkdirSync(dir, { recursive: true });
    const links = page.locator('[data-file] a[download]');
    for (let i = 0; i < await links.count(); i++) {
      const link = links.nth(i);
      const file = await link.evaluate((a) => a.closest('[data-file]').dataset.file);
      // a link without a blob: address cannot download anything: say so at once
      const href = await link.getAttribute('href');
      if (!href || !href.startsWith('blob:')) {
        throw new Error(`batch ${b}, ${file}: the corrected copy's link has no blob: address (href ${JSON.stringify(href)})`);
      }
      const download = await clickForDownload(page, link, `batch ${b}, ${file}: its corrected copy's link (${href})`);
      const to = join(dir, download.suggestedFilename());
      await download.saveAs(to);
      out.downloads[file] = to;
    }

    // with two or more years, the summary workbook of `rakit compare`
    const cmp = page.locator('#compare-download');
    if (await cmp.count() > 0) {
      const years = await cmp.evaluate((a) => a.dataset.years);
      const download = await clickForDownload(page, cmp, `batch ${b}: the comparison's link`);
      const to = join(dir, download.suggestedFilename());
      await download.saveAs(to);
      const notices = await page.$$eval('#compare-slot .compare-notice', (items) => items.map((li) => li.textContent));
      out.compare = { path: to, name: download.suggestedFilename(), years: years.split(',').map(Number), notices };
    }

    // the severity filter hides what is unticked
    await page.uncheck('[data-severity-filter="info"]');
    out.filter = await page.$$eval('.finding', (rows) => ({
      info_visible: rows.filter((r) => r.dataset.severity === 'info' && r.offsetParent !== null).length,
      others_visible: rows.filter((r) => r.dataset.severity !== 'info' && r.offsetParent !== null).length,
    }));
    await page.check('[data-severity-filter="info"]');

    if (batch.english) {
      await page.click('[data-lang="en"]');
      out.en = await shown();
    }
    if (cfg.screenshot && b === 0) {
      await page.click('[data-lang="id"]');
      await page.screenshot({ path: cfg.screenshot, fullPage: false });
    }
    result.batches.push(out);
    await context.close();
  }
} catch (e) {
  // what the page said before the failure names its cause (a WebAssembly panic, say)
  if (result.errors.length > 0) {
    process.stderr.write(`the page's errors before this failure:\n${result.errors.join('\n')}\n`);
  }
  throw e;
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result));
