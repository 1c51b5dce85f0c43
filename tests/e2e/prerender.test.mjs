// The start page, the first question and the crisis screen are in the HTML
// before the wasm arrives: readable at once, usable while it loads, and
// handed to the app without losing a step, the focus, or a pixel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, pageWithConfig, DIST } from './support.mjs';

let server, browser;
before(async () => {
  server = await serve(undefined, { pages: { '/center.html': pageWithConfig({ center_name: 'Hope House' }) } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** A page whose wasm waits until `release()`, as on a slow connection. */
async function slowPage(url = '/') {
  const { page, log, context } = await openPage(browser, server.origin);
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(server.origin + url);
  return { page, log, context, release };
}

test('the built page holds the start page, the first question and the crisis numbers, with no automation ids', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const pre = html.slice(html.indexOf('<div class="cf-prerendered"'), html.indexOf('id="carefit-fallback"'));
  assert.match(pre, /Find the level of care that fits you/);
  // Two ways in, for oneself first; age is the first question (spec v2).
  const ways = [...pre.matchAll(/data-pre-action="start"[^>]*data-for="([a-z_]+)"|data-for="([a-z_]+)"[^>]*data-pre-action="start"/g)]
    .map((m) => m[1] ?? m[2]);
  assert.deepEqual(ways, ['myself', 'someone_else']);
  assert.match(pre, /How old are you\?/);
  for (const id of ['adult', 'under_18']) {
    assert.match(pre, new RegExp(`name="age"[^>]*value="${id}"|value="${id}"[^>]*name="age"`));
  }
  assert.match(pre, /href="tel:988"/);
  assert.match(pre, /href="tel:911"/);
  // Checks and scripts that wait for the running app must not find its picture.
  assert.doesNotMatch(pre, / data-(screen|action|question)=/);
});

test('a page that never records a paint (a background tab) still fetches the app, within seconds', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.addInitScript(() => { PerformanceObserver.prototype.observe = () => {}; });
  const start = Date.now();
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-screen="start"]', { timeout: 10000 });
  assert.ok(Date.now() - start < 8000);
  await context.close();
});

test('before the wasm: Start, an answer and help work; Next waits; the app takes every step', async () => {
  const { page, log, context, release } = await slowPage();
  await page.locator('[data-pre="start"] h1').waitFor();
  assert.equal(await page.locator('[data-screen]').count(), 0, 'the app has not started');
  await page.locator('[data-pre="start"] [data-pre-action="start"][data-for="myself"]').click();
  await page.locator('[data-pre="question"] h1').waitFor();
  await page.locator('[data-pre="question"] label[for$="-age-under_18"]').click();
  // Crisis help is one tap away before the wasm too.
  await page.locator('[data-pre="question"] [data-pre-action="help"]').click();
  const crisis = page.locator('[data-pre="crisis"]');
  await crisis.waitFor();
  assert.ok(await crisis.locator('a[href="tel:988"]').isVisible());
  await crisis.locator('[data-pre-action="continue"]').click();
  await page.locator('[data-pre="question"] [data-pre-action="next"]').click();
  assert.equal(await page.locator('[data-pre="question"] [data-pre-action="next"]').getAttribute('aria-busy'), 'true');
  release();
  await page.waitForSelector('[data-screen="question"][data-question="use_frequency"]');
  assert.equal(await page.locator('.cf-prerendered').count(), 0);
  await page.locator('[data-action="back"]').click();
  await page.waitForSelector('[data-question="age"]');
  assert.equal(await page.locator('input[name="age"]:checked').getAttribute('value'), 'under_18');
  assert.deepEqual(log.errors, []);
  await context.close();
});

// carefit.js logs `start` and the pressed button's data-for (`start
// someone_else`), which the app replays as the second way in.
test('before the wasm: the way in for someone else is handed to the app', async () => {
  const { page, context, release } = await slowPage();
  await page.locator('[data-pre="start"] [data-pre-action="start"][data-for="someone_else"]').click();
  await page.locator('[data-pre="question"] h1').waitFor();
  release();
  await page.waitForSelector('[data-screen="question"][data-question="age"]');
  for (let guard = 0; guard < 20 && (await page.locator('[data-screen="question"]').count()); guard++) {
    await page.locator('[data-action="skip"]').click();
  }
  await page.locator('[data-screen="review"] [data-action="next"]').click();
  await page.waitForSelector('[data-screen="result"]');
  assert.equal(await page.locator('[data-flag="family"]').count(), 1);
  await context.close();
});

test('a keyboard user keeps their place when the app takes over', async () => {
  const { page, context, release } = await slowPage();
  await page.locator('[data-pre="start"] [data-pre-action="start"][data-for="myself"]').click();
  await page.locator('[data-pre="question"] input[value="under_18"]').focus();
  await page.keyboard.press('Space');
  release();
  await page.waitForSelector('[data-screen="question"]');
  await page.waitForFunction(() => document.activeElement?.matches('input[name="age"][value="under_18"]'));
  assert.ok(await page.locator('input[value="under_18"]').isChecked());
  await context.close();
});

test('the app replaces its picture in place: same markup, no layout shift, no later largest paint', async () => {
  const { page, context, release } = await slowPage();
  await page.evaluate(() => {
    window.__shifts = 0;
    window.__lcp = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp.push(e.startTime); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  // Tags, text and attributes (sorted; the pre-rendered ids renamed back).
  const canonical = (el) => el.evaluate(function canon(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    const attrs = [...node.attributes].map((a) => `${a.name.replace(/^data-pre-/, 'data-')}=${a.value.replace(/^cf\d+-/, 'cf-')}`).sort();
    return `<${node.tagName} ${attrs.join(' ')}>${[...node.childNodes].map(canon).join('')}</${node.tagName}>`;
  });
  const picture = await canonical(page.locator('[data-pre="start"] .carefit'));
  await page.waitForTimeout(300);
  const lcpBefore = await page.evaluate(() => window.__lcp.length);
  release();
  await page.waitForSelector('[data-screen="start"]');
  await page.waitForTimeout(500);
  assert.equal(await canonical(page.locator('.carefit:not(.cf-fallback)')), picture);
  assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
  assert.ok(lcpBefore > 0, 'the largest paint came from the pre-rendered page');
  assert.equal(await page.evaluate(() => window.__lcp.length), lcpBefore, 'the app did not paint a larger element');
  await context.close();
});

test('a page with its own settings shows the static help, not a picture made with other settings', async () => {
  const { page, context, release } = await slowPage('/center.html');
  await page.locator('#carefit-fallback').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.cf-prerendered').count(), 0);
  release();
  await page.waitForSelector('[data-screen="start"]');
  assert.match(await page.locator('[data-screen="start"]').innerText(), /Hope House/);
  assert.ok(await page.locator('#carefit-fallback').isHidden());
  await context.close();
});

test('without JavaScript the pre-rendered screens are hidden and the noscript text speaks', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  assert.ok(await page.locator('.cf-prerendered').isHidden());
  assert.match(await page.locator('body').innerText(), /needs JavaScript/);
  await context.close();
});
