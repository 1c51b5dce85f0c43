// What a page, a frame, a tab title, a partner's markup or a same-origin
// script can learn or change (issue 28): a kiosk stays a kiosk whatever
// its config; a frame adds nothing to its parent's history and keeps its
// title; titles are the same whoever answers and whatever they answered;
// only the build's own page starts the standalone app, with settings from
// its own element; the kiosk's offline copy is checked before it is
// served; a kiosk result keeps no answer in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, openPage, act, choose, currentQuestion, completeJourney, openSingleFile, shipped,
  CALM_PLAN, DIST,
} from './support.mjs';

const KIOSK_HTML = fs.readFileSync(path.join(DIST, 'kiosk.html'), 'utf8');
const SINGLE_FILE = fs.readFileSync(path.join(DIST, 'carefit-kiosk.html'), 'utf8');
const INDEX = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const CONFIG_BLOCK = /(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/;

/** A kiosk page with `text` as its config, exactly as a clinic typed it. */
const withConfigText = (html, text) => {
  assert.equal(html.match(new RegExp(CONFIG_BLOCK, 'g'))?.length, 1, 'one config block');
  return html.replace(CONFIG_BLOCK, (all, open, close) => `${open}${text}${close}`);
};

/** Mistakes a clinic makes editing the kiosk's config by hand, and the field the notice names. */
const MISTAKES = {
  'a trailing comma': ['{ "center_name": "Hope House", "phone": "(555) 010-2000", }', 'config', /not valid JSON/],
  '"mode": "Kiosk"': ['{ "mode": "Kiosk", "center_name": "Hope House", "phone": "(555) 010-2000" }', 'mode', /`Kiosk` is not a mode/],
  '"mode": "standard"': ['{ "mode": "standard", "center_name": "Hope House", "phone": "(555) 010-2000" }', 'mode', /kiosk mode stays on/],
};

let server, browser;
before(async () => {
  const pages = {
    '/frame-parent.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title></head>
      <body><main><h1>Parent</h1><iframe id="frame" title="self-check" src="/embed.html" style="width:800px;height:2000px"></iframe></main></body></html>`,
    // A partner's page with carefit.js and markup anyone could post in it.
    '/forum.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum</title>
      <script type="module" src="/carefit.js"></script></head><body><main><h1>Forum</h1>
      <article><div id="carefit"><p>a post</p></div>
      <div id="carefit-config">{ "center_name": "Posted Center", "phone": "555 000 1111" }</div></article>
      <carefit-widget id="nested"><div><script type="application/json">{ "center_name": "Nested Center" }</script></div></carefit-widget>
      <carefit-widget id="own"><script type="application/json">{ "center_name": "Own Center" }</script></carefit-widget>
      </main></body></html>`,
    // index.html with a config where the old pages had it, after #carefit: not its own.
    '/outside-config.html': INDEX.replace('</body>', '<script type="application/json" id="carefit-config">{ "center_name": "Outside Center" }</script></body>'),
  };
  for (const [name, [text]] of Object.entries(MISTAKES)) {
    pages[`/kiosk-${name.replace(/\W+/g, '-')}.html`] = withConfigText(KIOSK_HTML, text);
  }
  server = await serve(undefined, { pages });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** What a kiosk must never have: a way off the page, a print button, a link that opens a window. */
async function assertKiosk(page, label) {
  assert.equal(await page.locator('.cf-kiosk').count(), 1, `${label}: in kiosk mode`);
  assert.equal(await page.locator('a[href]').count(), 0, `${label}: no link (tel:, sms:, the contact page)`);
}

for (const [name, [text, field, message]] of Object.entries(MISTAKES)) {
  test(`a kiosk whose config has ${name} stays a kiosk, and its notice says what was wrong (kiosk.html and the single file)`, async () => {
    const { page, log, context } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/kiosk-${name.replace(/\W+/g, '-')}.html`);
    await page.waitForSelector('[data-screen="start"]');
    const single = await openSingleFile(browser, withConfigText(SINGLE_FILE, text));
    await single.page.waitForSelector('[data-screen="start"]');
    for (const [where, shown] of [['kiosk.html', page], ['the single file', single.page]]) {
      await assertKiosk(shown, where);
      const notice = shown.locator(`.cf-notice [data-field="${field}"]`);
      assert.match(await notice.innerText(), message, `${where}: the notice names the mistake`);
      await completeJourney(shown, CALM_PLAN);
      await assertKiosk(shown, `${where}, result`);
      assert.equal(await shown.locator('[data-action="print"]').count(), 0, `${where}: no print button`);
      assert.equal(await shown.locator('[data-action="restart"]').innerText(), 'Finish and clear my answers');
    }
    assert.deepEqual(single.requests, []);
    assert.deepEqual(single.errors, []);
    assert.deepEqual(log.errors, []);
    await single.close();
    await context.close();
  });
}

test('framed, embed.html adds no history entry to its parent and leaves the titles alone; its own Back still steps back', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/frame-parent.html`);
  const frame = page.frameLocator('#frame');
  const widget = frame.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  const frameTitle = () => page.frames().find((f) => f.url().endsWith('/embed.html')).title();
  const before = { length: await page.evaluate(() => history.length), title: await page.title(), frame: await frameTitle() };
  await act(widget, 'start');
  await choose(widget, 'age', 'adult');
  await act(widget, 'next');
  await choose(widget, 'use_frequency', 'daily');
  await act(widget, 'next');
  await widget.locator('[data-question="substances"]').waitFor();
  await act(widget, 'help');
  await widget.locator('[data-screen="crisis"]').waitFor();
  await act(widget, 'continue');
  await widget.locator('[data-question="substances"]').waitFor();
  // The widget's own Back steps back, with the answer kept.
  await act(widget, 'back');
  await widget.locator('[data-question="use_frequency"]').waitFor();
  assert.ok(await widget.locator('input[name="use_frequency"][value="daily"]').isChecked());
  await act(widget, 'next');
  assert.equal(await completeJourneyFrom(widget), 'result');
  await page.waitForTimeout(200);
  const now = { length: await page.evaluate(() => history.length), title: await page.title(), frame: await frameTitle() };
  assert.deepEqual(now, before, 'the same history length and titles after a whole journey');
  assert.deepEqual(log.errors, []);
  await context.close();

  // The control: opened on its own, embed.html does keep history and a title.
  const alone = await openPage(browser, server.origin);
  await alone.page.goto(`${server.origin}/embed.html`);
  const own = alone.page.locator('carefit-widget');
  await own.locator('[data-screen="start"]').waitFor();
  const length = await alone.page.evaluate(() => history.length);
  await act(own, 'start');
  await own.locator('[data-question="age"]').waitFor();
  await alone.page.waitForFunction((n) => history.length > n, length);
  assert.match(await alone.page.title(), /^Question · /);
  await alone.context.close();
});

/** Skips what is left of a journey in `scope` to its result; returns the screen reached. */
async function completeJourneyFrom(scope) {
  while (await currentQuestion(scope)) await act(scope, 'skip');
  await act(scope, 'next');
  await scope.locator('[data-screen="result"]').waitFor();
  return 'result';
}

/**
 * The page's title at every step of a journey: the start, each question
 * (answered from `plan`, else skipped), the review and the result.
 */
async function titlesOf(page, plan, forWhom) {
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('[data-screen="start"]');
  const titles = [await page.title()];
  const settled = () => page.waitForTimeout(30);
  await page.locator(`[data-action="start"][data-for="${forWhom}"]`).click();
  for (let guard = 0; guard < 40; guard++) {
    const q = await currentQuestion(page);
    if (!q) break;
    await settled();
    titles.push(await page.title());
    if (plan[q] === undefined) await act(page, 'skip');
    else {
      await choose(page, q, plan[q]);
      await act(page, 'next');
    }
    await page.waitForFunction((asked) => document.querySelector('[data-screen="question"]')?.dataset.question !== asked, q);
  }
  await page.waitForSelector('[data-screen="review"]');
  await settled();
  titles.push(await page.title());
  await act(page, 'next');
  await page.waitForSelector('[data-screen="result"]');
  await settled();
  titles.push(await page.title());
  return titles;
}

test('titles are the same at the same step whoever answers and whatever they answered', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  const journeys = {
    // 14 questions: drugs or alcohol, no past treatment.
    'myself, drinking': [CALM_PLAN, 'myself'],
    // 15: past treatment brings in "since".
    'myself, after treatment': [{ ...CALM_PLAN, history: 'intensive', since: 'relapsed' }, 'myself'],
    // 11: mental health alone.
    'someone else, mental health alone': [{ age: 'under_18', use_frequency: 'none', medical: 'none', self_harm: 'no', mental_health: 'no_care',
      daily_life: 'struggling', history: 'none', home: 'supportive' }, 'someone_else'],
  };
  const seen = {};
  for (const [name, [plan, forWhom]] of Object.entries(journeys)) seen[name] = await titlesOf(page, plan, forWhom);
  const base = seen['myself, drinking'][0];
  for (const [name, titles] of Object.entries(seen)) {
    const questions = titles.length - 3;
    assert.deepEqual(titles, [base, ...Array(questions).fill(`Question · ${base}`), `Check your answers · ${base}`, `Your result · ${base}`],
      `${name}: ${titles.join(' | ')}`);
    for (const title of titles) assert.doesNotMatch(title, /\d/, `${name}: no number in "${title}"`);
  }
  // The journeys did differ in length: the titles alone would have told.
  assert.deepEqual(Object.values(seen).map((t) => t.length - 3), [14, 15, 11]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('only the build\'s own page starts the standalone app; settings come only from the widget\'s own JSON', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/forum.html`);
  const own = page.locator('#own');
  await own.locator('[data-screen="start"]').waitFor();
  assert.match(await own.locator('[data-screen="start"]').innerText(), /Own Center/, 'the control: its own JSON is read');
  const nested = page.locator('#nested');
  await nested.locator('[data-screen="start"]').waitFor();
  assert.doesNotMatch(await nested.locator('[data-screen="start"]').innerText(), /Nested Center/, 'a JSON deeper inside is not its own');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#carefit').innerHTML(), '<p>a post</p>', 'an id="carefit" in the page starts nothing');
  for (const widget of ['#own', '#nested']) {
    assert.doesNotMatch(await page.locator(widget).evaluate((el) => el.shadowRoot.textContent), /Posted Center|555 000 1111/,
      `${widget}: no setting from a #carefit-config elsewhere`);
  }
  assert.deepEqual(log.errors, []);

  // The build's page reads the JSON inside #carefit alone.
  await page.goto(`${server.origin}/outside-config.html`);
  await page.waitForSelector('[data-screen="start"]');
  assert.doesNotMatch(await page.locator('[data-screen="start"]').innerText(), /Outside Center/);
  await context.close();
});

test('a kiosk result keeps no answer in the page (no print-only block); the website keeps it for paper', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const single = await openSingleFile(browser, SINGLE_FILE);
  for (const [where, shown, url] of [['kiosk.html', page, '/kiosk.html'], ['the single file', single.page], ['the website', page, '/']]) {
    if (url) await shown.goto(server.origin + url);
    await shown.waitForSelector('[data-screen="start"]');
    await completeJourney(shown, CALM_PLAN);
    // What "Save page" or a reader view would keep of the app (the single
    // file also carries every language's words as data, print's included).
    const html = await shown.locator('#carefit').innerHTML();
    if (where === 'the website') {
      assert.equal(await shown.locator('.cf-private .cf-printed-answers').count(), 1, 'the control: printed answers on the website');
      assert.match(html, /hold private answers/);
    } else {
      assert.equal(await shown.locator('.cf-private, .cf-printed-answers').count(), 0, `${where}: no answers block`);
      assert.doesNotMatch(html, /hold private answers|cf-printed-answers/, `${where}: nothing of it in the page`);
    }
  }
  await single.close();
  await context.close();
});

test('the kiosk\'s service worker serves nothing from its cache that is not the build\'s own file', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/kiosk.html`);
  await page.waitForSelector('[data-screen="start"]');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector('[data-screen="start"]');
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the worker');
  // Any script of the origin can rewrite the cache: the page and the app's wasm.
  const wasm = shipped('carefit-web_bg.wasm');
  const replaced = await page.evaluate(async (wasm) => {
    const cache = await caches.open((await caches.keys())[0]);
    await cache.put('/kiosk.html', new Response('<!doctype html><title>Replaced</title><p id="replaced">not the kiosk</p>',
      { headers: { 'content-type': 'text/html' } }));
    await cache.put(`/${wasm}`, new Response(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), { headers: { 'content-type': 'application/wasm' } }));
    return (await cache.match('/kiosk.html')).text();
  }, wasm);
  assert.match(replaced, /not the kiosk/, 'the control: the cache was rewritten');

  // No network: the page cannot be had intact, so the static help shows, never the replacement.
  await context.setOffline(true);
  await page.reload();
  await page.waitForLoadState();
  assert.equal(await page.locator('#replaced').count(), 0, 'the replaced page is not served');
  const help = await page.locator('body').innerText();
  for (const needle of ['988', '911']) assert.ok(help.includes(needle), `the static help: ${needle}`);
  assert.equal(await page.locator('script').count(), 0, 'the help page runs nothing');

  // Back online: the build's own files, fetched again and checked, and the app runs.
  await context.setOffline(false);
  await page.reload();
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await completeJourney(page, CALM_PLAN), 'OUT');
  const repaired = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).match('/kiosk.html')).text());
  assert.doesNotMatch(repaired, /not the kiosk/, 'the cache holds the build\'s page again');
  await context.close();
});
