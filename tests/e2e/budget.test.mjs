// The size guard: everything a visitor downloads before the first question
// works stays within the budget (gzip). Bytes are stable, so CI checks them;
// speed is measured by `./dev bench`, never asserted here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { serve, launch, DIST, shipped } from './support.mjs';
import { BUDGET_GZIP, PAGE_FIRST_FLIGHT_GZIP, compressedSizes, filesBeforeReady, kb } from '../../bench/budget.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test(`everything before the first question works stays within ${kb(BUDGET_GZIP)} gzip`, async () => {
  const files = await filesBeforeReady(browser, server.origin, '/', '[data-screen="start"]', DIST);
  const names = files.map((f) => f.split('/').pop()).sort();
  // The stylesheet, carefit.js (the app's glue inside it) and fallback.js
  // are inside index.html: the page and the app's wasm are all it fetches.
  assert.deepEqual(names, [shipped('carefit-web_bg.wasm'), 'index.html'].sort());
  const sizes = compressedSizes(files);
  const detail = sizes.byFile.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
  console.log(`# first question: ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli (${detail})`);
  assert.ok(sizes.gzip <= BUDGET_GZIP, `${kb(sizes.gzip)} gzip is over the ${kb(BUDGET_GZIP)} budget: ${detail}`);
});

test(`index.html fits the first flight of a connection: ${PAGE_FIRST_FLIGHT_GZIP} B gzip at most`, () => {
  const { gzip } = compressedSizes([`${DIST}/index.html`]);
  console.log(`# index.html: ${gzip} B gzip`);
  assert.ok(gzip <= PAGE_FIRST_FLIGHT_GZIP, `index.html is ${gzip} B gzip: a slow line pays a round trip more before the first paint`);
});

test('every shipped file has .gz and .br copies beside it, each inflating to the file itself', async () => {
  for (const name of fs.readdirSync(DIST)) {
    if (!/\.(html|js|css|wasm)$/.test(name)) continue;
    const file = fs.readFileSync(`${DIST}/${name}`);
    assert.ok(zlib.gunzipSync(fs.readFileSync(`${DIST}/${name}.gz`)).equals(file), `${name}.gz`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(`${DIST}/${name}.br`)).equals(file), `${name}.br`);
  }
});
