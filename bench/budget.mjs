// What a visitor must download before the first question works, and the
// budget it must stay within. Shared by the benchmark and the CI guard
// (tests/e2e/budget.test.mjs): a byte count is stable, so CI checks it;
// times are not, so only the benchmark reports them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The budget: everything needed for the first question, gzip, in all. It
 * rose from 100 KB to make room for the words of spec v2 (help lines per
 * language, the new safety messages), never for code.
 */
export const BUDGET_GZIP = 110 * 1024;

/**
 * index.html, gzip, leaving 1,000 B of the first flight for the response's
 * headers. A new connection's first flight is ten TCP segments (14,600 B);
 * the page is the one request before the first paint, and a page past the
 * first flight costs a slow line one more round trip before it.
 */
export const PAGE_FIRST_FLIGHT_GZIP = 14600 - 1000;

/**
 * Compressed sizes of files as a static host sends them: the build's own
 * `.gz` and `.br` beside a file (see web/compress.mjs), or else gzip -9 and
 * brotli 11 of it.
 */
export function compressedSizes(files) {
  const copy = (file, ext, compress) => (fs.existsSync(`${file}.${ext}`)
    ? fs.statSync(`${file}.${ext}`).size : compress(fs.readFileSync(file)).length);
  const byFile = files.map((file) => ({
    file: path.basename(file),
    raw: fs.statSync(file).size,
    gzip: copy(file, 'gz', (data) => zlib.gzipSync(data, { level: 9 })),
    brotli: copy(file, 'br', (data) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })),
  }));
  const sum = (key) => byFile.reduce((total, f) => total + f[key], 0);
  return { byFile, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/**
 * The files a page really requests before `readySelector` appears (the
 * running app, not its picture), as paths under `dir`. Measured, so a new
 * font, script or stylesheet cannot slip past the budget.
 */
export async function filesBeforeReady(browser, origin, url, readySelector, dir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.origin === origin) seen.push(u.pathname);
  });
  await page.goto(origin + url);
  await page.waitForSelector(readySelector, { timeout: 60000 });
  await context.close();
  return [...new Set(seen)]
    .map((p) => path.join(dir, p.endsWith('/') ? `${p}index.html` : decodeURIComponent(p)))
    .filter((file) => fs.existsSync(file));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
