// Hardened: the strictest CSP a careful host sets, Subresource Integrity,
// a fallback with crisis numbers whatever fails, hostile config as inert text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sri } from '../../web/dist.mjs';
import {
  serve, launch, openPage, act, completeJourney, CALM_PLAN, pageWithConfig, DIST, currentQuestion, screenId,
  panicInTheWasm, shipped,
} from './support.mjs';
import { inlineScripts } from '../../web/headers.mjs';
import { strictPolicy } from './policy.mjs';

const STRICT_CSP = strictPolicy(DIST);

const CANARY = 'window.__canary = 1';
const HOSTILE = {
  center_name: `<img src=x onerror="${CANARY}"><script>${CANARY}</script>`,
  phone: `<script>${CANARY}</script>`,
  contact_url: `javascript:${CANARY}`,
  offers: ['IOP'],
  theme: { accent: '#fff; } :host { display: none; } .x {' },
  crisis: { emergency: '112', lines: [{ name: `"><svg onload="${CANARY}">`, call: '116 123' }] },
};

let server, browser;
before(async () => {
  server = await serve(undefined, {
    headers: { 'content-security-policy': STRICT_CSP },
    pages: {
      '/hostile.html': pageWithConfig(HOSTILE),
      '/hostile-element.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>h</title>
        <script type="module" src="/carefit.js"></script></head><body>
        <carefit-widget center-name="&lt;b onmouseover=&quot;${CANARY}&quot;&gt;Hope&lt;/b&gt;" contact-url="data:text/html,&lt;script&gt;${CANARY}&lt;/script&gt;"
          phone="${'9'.repeat(500)}" lang="es&quot; onload=&quot;${CANARY}"></carefit-widget></body></html>`,
      '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>p</title>
        <script type="module" src="/carefit.js"></script></head><body>
        <carefit-widget center-name="Hope House" phone="555-010-2000" mode="kiosk" contact-url="https://hope.example/c"></carefit-widget></body></html>`,
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('under the strict CSP header, a full journey completes with no policy violation', async () => {
  for (const url of ['/', '/kiosk.html']) {
    const { page, log, context } = await openPage(browser, server.origin);
    await watchCsp(page);
    const response = await page.goto(server.origin + url);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForSelector('[data-screen="start"]');
    assert.equal(await completeJourney(page, { ...CALM_PLAN, medical: 'needs_care' }), 'PHP');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], url);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('the embed under the embedding CSP: a journey in the Shadow DOM, no violation', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await watchCsp(page);
  await page.goto(server.origin + '/partner.html');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  assert.equal(await completeJourney(widget, CALM_PLAN), 'OUT');
  await widget.locator('img.cf-qr[src^="data:image/svg+xml,"]').waitFor();
  assert.equal(await widget.locator('img.cf-qr').count(), 1, 'the QR code (a data: image) loads');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test('no input lets the browser keep an answer: autocomplete="off" on every screen, pre-rendered too', async () => {
  const unguarded = (page) => page.evaluate(() => {
    const inputs = [...document.querySelectorAll('input')];
    return { inputs: inputs.length, unguarded: inputs.filter((el) => el.getAttribute('autocomplete') !== 'off').map((el) => el.id) };
  });
  // Before the app arrives: its wasm held back, the pre-rendered question shows.
  const early = await openPage(browser, server.origin);
  await early.page.route(`**/${shipped('carefit-web_bg.wasm')}`, () => {});
  await early.page.goto(server.origin + '/');
  await early.page.locator('[data-pre-action="start"]').first().click();
  await early.page.locator('[data-pre="question"] input').first().waitFor();
  assert.equal(await early.page.locator('[data-screen]').count(), 0, 'still the pre-rendered page');
  const pre = await unguarded(early.page);
  assert.ok(pre.inputs > 0);
  assert.deepEqual(pre.unguarded, []);
  await early.context.close();

  // The app: every screen of a journey that meets every question.
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-screen="start"]');
  await act(page, 'start');
  const seen = new Set();
  for (let guard = 0; guard < 40; guard++) {
    const now = await unguarded(page);
    assert.deepEqual(now.unguarded, [], await screenId(page));
    const q = await currentQuestion(page);
    if (!q) break;
    seen.add(q);
    assert.ok(now.inputs > 0, q);
    // The last choice: riskier answers bring in `since` and the crisis screen.
    await page.locator(`input[name="${q}"]`).last().click();
    if ((await screenId(page)) === 'crisis') {
      assert.deepEqual((await unguarded(page)).unguarded, [], 'crisis');
      await act(page, 'continue');
    }
    await act(page, 'next');
  }
  assert.ok(seen.has('since') && seen.size >= 14, [...seen].join());
  await act(page, 'next');
  await page.locator('[data-screen="result"]').waitFor();
  assert.deepEqual((await unguarded(page)).unguarded, [], 'result');
  await context.close();
});

test('the built pages run no inline code but index.html\'s stylesheet and scripts, as shipped, and check integrity', async () => {
  const read = (name) => fs.readFileSync(path.join(DIST, name), 'utf8');
  const index = read('index.html');
  // Inline: the stylesheet, carefit.js and fallback.js as shipped, which the
  // build's headers name by their hashes, and nothing else.
  assert.deepEqual(inlineScripts(index), [read('carefit.js'), read(shipped('fallback.js'))]);
  assert.deepEqual([...index.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]), [read(shipped('carefit.css'))]);
  assert.doesNotMatch(index, /\sstyle=/, 'no style attribute');
  for (const page of ['embed.html', 'kiosk.html']) assert.deepEqual(inlineScripts(read(page)), [], page);
  // The page paints first; carefit.js then fetches the wasm with its hash.
  assert.doesNotMatch(index, /<link[^>]*carefit-web_bg/, 'no early wasm preload');
  // What carefit.js loads, by the names the build gave them, with their hashes: its readable first line.
  const files = JSON.parse(fs.readFileSync(path.join(DIST, 'carefit.js'), 'utf8').match(/^const FILES = (\{.*?\});\n/)[1]);
  for (const name of ['carefit-web_bg.wasm', 'carefit-qr.js', 'carefit-qr_bg.wasm', 'carefit.css']) {
    assert.deepEqual(files[name], [shipped(name), sri(fs.readFileSync(path.join(DIST, shipped(name))))], name);
  }
});

async function expectFallback(page, why = /could not load/) {
  const fallback = page.locator('#carefit-fallback');
  await fallback.waitFor({ state: 'visible' });
  await page.waitForFunction((why) => new RegExp(why).test(document.querySelector('#carefit-fallback').textContent),
    why.source, { timeout: 10000 });
  const text = await fallback.innerText();
  for (const needle of ['988', '1-800-662-4357', '911', 'Intensive outpatient']) assert.ok(text.includes(needle), needle);
  assert.equal(await page.locator('[data-screen="question"]').count(), 0);
}

test('tampered wasm (one byte changed) is refused by integrity, and the fallback shows', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-tampered-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const wasm = path.join(dir, shipped('carefit-web_bg.wasm'));
  const bytes = fs.readFileSync(wasm);
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  fs.writeFileSync(wasm, bytes);
  // Its compressed copies are the untouched wasm; a host would send those.
  for (const copy of ['.gz', '.br']) fs.rmSync(wasm + copy);
  const tampered = await serve(dir);
  const { page, context } = await openPage(browser, tampered.origin);
  const consoleText = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await page.goto(tampered.origin + '/');
  await expectFallback(page);
  assert.ok(consoleText.some((t) => /integrity/i.test(t)), 'the browser names the integrity failure');
  await context.close();
  await tampered.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a panic in the wasm: the page and every widget show the static help, never a dead box', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-screen="start"]');
  await act(page, 'start');
  await page.waitForSelector('[data-screen="question"]');
  await panicInTheWasm(page);
  await expectFallback(page, /Something went wrong/);
  assert.ok(log.errors.some((e) => /RuntimeError: unreachable/.test(e)), 'the wasm trapped');
  assert.equal(await page.locator('#carefit > :not(#carefit-fallback)').count(), 0, 'nothing of the dead app is left');

  await page.goto(server.origin + '/partner.html');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  await panicInTheWasm(page, widget);
  await widget.getByText('Something went wrong. You can still get help').waitFor();
  const help = await widget.locator('.cf-fallback').innerText();
  for (const needle of ['988', '911', '1-800-662-4357']) assert.ok(help.includes(needle), needle);
  assert.equal(await widget.locator('[data-screen]').count(), 0);
  await context.close();
});

test('wasm blocked: the fallback shows with the phone numbers', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.origin + '/');
  await expectFallback(page);
  await context.close();
});

test('JavaScript disabled: the noscript text shows the levels and the helplines', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  const text = await page.locator('body').innerText();
  // The static help, rendered by the build from the app's lines, in both languages.
  for (const needle of ['needs JavaScript', 'necesita JavaScript', '1-800-662-4357', '988', 'Text HOME to 741741',
    'Envíe AYUDA al 741741', 'Intensive outpatient', 'Partial hospitalization', 'Residential']) {
    assert.ok(text.includes(needle), needle);
  }
  assert.doesNotMatch(text, /Loading the questions/, 'no promise of questions that cannot come');
  await context.close();
});

test('hostile config and attributes render as inert text or are refused; no script runs', async () => {
  for (const url of ['/hostile.html', '/hostile-element.html']) {
    const { page, context } = await openPage(browser, server.origin);
    await watchCsp(page);
    await page.goto(server.origin + url);
    const scope = url === '/hostile.html' ? page : page.locator('carefit-widget');
    await scope.locator('[data-screen="start"]').waitFor();
    const notice = await scope.locator('.cf-notice').innerText();
    assert.match(notice, /contact/);
    await completeJourney(scope, { ...CALM_PLAN, use_frequency: 'daily' });
    await act(scope, 'help');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__canary), undefined, `${url}: no script ran`);
    assert.equal(await scope.locator('a[href^="javascript:"], a[href^="data:"]').count(), 0);
    const visible = await scope.locator('.carefit:not(.cf-fallback)').evaluate((el) => getComputedStyle(el).display);
    assert.notEqual(visible, 'none', 'the theme value could not hide the widget');
    await context.close();
  }
  // The name is shown as the literal text it is.
  const { page, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/hostile.html');
  await page.waitForSelector('[data-screen="start"]');
  assert.match(await page.locator('[data-screen="start"]').innerText(), /<img src=x onerror=/);
  await context.close();
});

test('a browser too old for module scripts gets the static help, never dead buttons', async () => {
  // As such a browser reads the page: it skips the module and runs the
  // `nomodule` script (which a modern browser never even fetches).
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace('<script nomodule ', '<script ');
  assert.ok(html.includes(`<script src="./${shipped('nomodule.js')}" integrity="sha256-`));
  const old = await serve(undefined, { pages: { '/old.html': html } });
  const { page, log, context } = await openPage(browser, old.origin);
  await page.goto(old.origin + '/old.html');
  const fallback = page.locator('#carefit-fallback');
  await fallback.waitFor({ state: 'visible' });
  assert.equal(await page.locator('.cf-prerendered').count(), 0, 'no buttons that cannot work');
  const text = await fallback.innerText();
  for (const needle of ['988', '911', '1-800-662-4357', 'Intensive outpatient']) assert.ok(text.includes(needle), needle);
  assert.doesNotMatch(text, /Loading the questions/);
  await context.close();
  await old.close();
  // A modern browser never fetches it.
  const { page: modern, log: modernLog, context: modernContext } = await openPage(browser, server.origin);
  await modern.goto(server.origin + '/');
  await modern.waitForSelector('[data-screen="start"]');
  assert.ok(!modernLog.requests.some((u) => u.endsWith(`/${shipped('nomodule.js')}`)));
  await modernContext.close();
  assert.deepEqual(log.foreign, []);
});
