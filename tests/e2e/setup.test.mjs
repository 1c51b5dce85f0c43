// The set-up page (setup.html): a center's staff fill a form, the same Rust
// reader as `carefit check-config` checks it live, and what they take away
// (the element snippet, center.json, the kiosk file) works elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { serve, launch, openPage, axeViolations, storageSnapshot, artifactPath, ROOT, DIST } from './support.mjs';

const BIN = process.env.CAREFIT_BIN || path.join(ROOT, 'target', 'debug', 'carefit');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-setup-'));

let center, browser;
// The center's host sends CORS on its files, as the README says, so a
// partner on another origin can load the widget from it.
before(async () => {
  // The build in a folder named for its version too, as a release unpacks.
  center = await serve(undefined, { headers: { 'access-control-allow-origin': '*' }, mounts: { [`/${MANIFEST.version}/`]: DIST } });
  browser = await launch();
});
after(async () => { await browser?.close(); await center?.close(); });

async function openSetup(options) {
  const opened = await openPage(browser, center.origin, { acceptDownloads: true, ...options });
  await opened.page.goto(`${center.origin}/setup.html`);
  // Checked once the wasm has answered: the status line says so.
  await opened.page.waitForFunction(() => document.getElementById('status').textContent !== '');
  return opened;
}

const output = (page, name) => page.locator(`[data-output="${name}"]`).textContent();
const settled = (page) => page.waitForTimeout(150);

async function fillHopeHouse(page) {
  await page.fill('[name="center_name"]', 'Hope House');
  await page.fill('[name="phone"]', '(555) 010-2000');
  await page.fill('[name="contact_url"]', 'https://hope.example/contact');
  for (const level of ['OUT', 'PHP']) await page.check(`[name="offers"][value="${level}"]`);
  await page.selectOption('[name="lang"]', 'es');
  await page.fill('[name="theme.accent"]', '#2b4c7e');
  // The event is the web developer's: in their section, closed at first.
  await page.evaluate(() => { document.querySelector('details.developer').open = true; });
  await page.check('[name="events"]');
  await settled(page);
}

test('the form makes a config that check-config accepts, and the element snippet works on another origin', async () => {
  const { context, page, log } = await openSetup();
  await fillHopeHouse(page);
  // A crisis line of the center's own, for every language.
  await page.fill('[name="crisis.emergency"]', '999');
  await page.click('.crisis[data-scope="crisis"] [data-line="add"]');
  await page.fill('[name="crisis.lines[0].name"]', 'Samaritans');
  await page.fill('[name="crisis.lines[0].call"]', '116 123');
  await settled(page);

  const config = JSON.parse(await output(page, 'config'));
  assert.deepEqual(config, {
    center_name: 'Hope House', phone: '(555) 010-2000', contact_url: 'https://hope.example/contact',
    offers: ['OUT', 'PHP'], lang: 'es', theme: { accent: '#2b4c7e' },
    crisis: { emergency: '999', lines: [{ name: 'Samaritans', call: '116 123' }] }, events: true,
  });

  // center.json as downloaded passes the staff CLI.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-config"]')]);
  assert.equal(download.suggestedFilename(), 'center.json');
  const file = path.join(tmp, 'center.json');
  await download.saveAs(file);
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), config);
  const checked = execFileSync(BIN, ['check-config', file]).toString();
  assert.match(checked, /config OK/);
  assert.match(checked, /center: Hope House/);
  // ...and builds a site with it (one release build: quick when cached).
  const built = path.join(tmp, 'dist');
  const build = spawnSync(path.join(ROOT, 'dev'), ['build', '--config', file, '--dist', built],
    { cwd: ROOT, encoding: 'utf8', timeout: 15 * 60_000 });
  assert.equal(build.status, 0, build.stderr);
  const baked = fs.readFileSync(path.join(built, 'embed.html'), 'utf8')
    .match(/<script type="application\/json" id="carefit-config">([\s\S]*?)<\/script>/)[1];
  assert.deepEqual(JSON.parse(baked), config, 'embed.html carries the settings');

  // The preview is the real widget with these settings.
  const preview = page.locator('[data-preview]');
  await preview.locator('[data-screen="start"]').waitFor();
  assert.match(await preview.locator('[data-screen="start"]').textContent(), /Hope House/);

  // The element snippet, pasted into a partner's page on another origin.
  const snippet = await output(page, 'element');
  assert.ok(snippet.startsWith(`<script type="module" src="${center.origin}/${MANIFEST.version}/carefit.js"
  integrity="${MANIFEST.files['carefit.js'].integrity}" crossorigin="anonymous"></script>`), snippet);
  assert.match(snippet, /Samaritans/, 'help inside the element, with the center\'s own line');
  // Numbers a thumb can use when the widget never loads.
  // The help's own words and lines (src/help.rs), never a copy in setup.js.
  assert.match(snippet, /<a href="tel:999">Llame al 999<\/a>/);
  assert.match(snippet, /Samaritans: <a href="tel:116123">Llame al 116 123<\/a>/);
  assert.doesNotMatch(snippet, /988|911|AYUDA|SAMHSA/, 'no US line beside the center\'s own');
  const partner = await serve(tmp, {
    pages: { '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><main><h1>A partner</h1>\n${snippet}\n</main></body></html>` },
  });
  try {
    const other = await browser.newContext();
    const visitor = await other.newPage();
    const errors = [];
    visitor.on('pageerror', (error) => errors.push(String(error)));
    await visitor.goto(`${partner.origin}/partner.html`);
    const widget = visitor.locator('carefit-widget');
    await widget.locator('[data-screen="start"]').waitFor({ timeout: 20000 });
    assert.match(await widget.locator('[data-screen="start"]').textContent(), /Hope House/);
    assert.equal(await widget.locator('.carefit[lang]').first().getAttribute('lang'), 'es');
    assert.ok((await widget.evaluate((el) => el.shadowRoot.innerHTML)).includes('#2b4c7e'), 'the accent');
    assert.deepEqual(errors, []);
    await other.close();
  } finally {
    await partner.close();
  }

  assert.deepEqual(log.foreign, [], 'the page asks for nothing but its own files');
  const kept = await storageSnapshot(page);
  assert.deepEqual([kept.cookie, kept.local, kept.session, kept.idb], ['', 0, 0, 0], 'and stores nothing');
  await page.screenshot({ path: artifactPath('setup-filled.png'), fullPage: true });
  await context.close();
});

/** A partner's page policy, as strict as the README asks: nothing inline, the center's origin named. */
const partnerPolicy = (centerOrigin) => [
  "default-src 'none'", `script-src 'self' ${centerOrigin} 'wasm-unsafe-eval'`, `style-src ${centerOrigin}`,
  `connect-src ${centerOrigin}`, 'img-src data:', `frame-src ${centerOrigin}`, "base-uri 'none'",
].join('; ');

test('every snippet pins this version of carefit.js by its hash, and runs on a partner\'s page with no \'unsafe-inline\'', async () => {
  const { context, page } = await openSetup();
  await fillHopeHouse(page);
  const pinned = `<script type="module" src="${center.origin}/${MANIFEST.version}/carefit.js"
  integrity="${MANIFEST.files['carefit.js'].integrity}" crossorigin="anonymous"></script>`;
  const snippets = {};
  for (const name of ['element', 'mount', 'iframe']) snippets[name] = await output(page, name);
  await context.close();
  assert.ok(snippets.element.includes(pinned) && snippets.mount.includes(pinned), 'the element and mount() load the checked tag');
  assert.ok(snippets.iframe.includes(`src="${center.origin}/${MANIFEST.version}/embed.html?lang=es"`), snippets.iframe);
  // The HTML of each, and the file of the partner's own it names.
  const split = (text, file) => {
    const at = text.indexOf(`\n\n// ${file}`);
    assert.ok(at > 0, `the snippet names its own script file, ${file}`);
    return [text.slice(0, at), text.slice(at + 2)];
  };
  const [mountHtml, mountJs] = split(snippets.mount, 'self-check.js');
  const [frameHtml, frameJs] = split(snippets.iframe, 'carefit-frame.js');
  for (const html of [snippets.element, mountHtml, frameHtml]) {
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      assert.ok(/\ssrc="/.test(tag) || tag === '<script type="application/json">', `no inline script: ${tag}`);
    }
  }
  assert.match(mountJs, new RegExp(`import \\{ mount \\} from '${center.origin}/${MANIFEST.version}/carefit.js';`));

  const site = fs.mkdtempSync(path.join(tmp, 'partner-'));
  const page_ = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><main><h1>A partner</h1>\n${body}\n</main></body></html>`;
  fs.writeFileSync(path.join(site, 'element.html'), page_(snippets.element));
  fs.writeFileSync(path.join(site, 'mount.html'), page_(mountHtml));
  fs.writeFileSync(path.join(site, 'self-check.js'), mountJs);
  fs.writeFileSync(path.join(site, 'iframe.html'), page_(frameHtml));
  fs.writeFileSync(path.join(site, 'carefit-frame.js'), frameJs);
  const partner = await serve(site, { headers: { 'content-security-policy': partnerPolicy(center.origin) } });
  try {
    const other = await browser.newContext();
    await other.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const visitor = await other.newPage();
    const errors = [];
    visitor.on('pageerror', (error) => errors.push(String(error)));
    for (const name of ['element', 'mount']) {
      await visitor.goto(`${partner.origin}/${name}.html`);
      const root = visitor.locator(name === 'element' ? 'carefit-widget' : '#self-check');
      await root.locator('[data-screen="start"]').waitFor({ timeout: 20000 });
      assert.match(await root.locator('[data-screen="start"]').textContent(), /Hope House/, name);
      assert.deepEqual(await visitor.evaluate(() => window.__violations), [], `${name}: no policy violation`);
    }
    await visitor.goto(`${partner.origin}/iframe.html`);
    const frame = visitor.frameLocator('#carefit-frame').locator('carefit-widget');
    await frame.locator('[data-screen="start"]').waitFor({ timeout: 20000 });
    await visitor.waitForFunction(() => document.getElementById('carefit-frame').style.height !== '', null, { timeout: 10000 });
    assert.deepEqual(await visitor.evaluate(() => window.__violations), [], 'iframe: no policy violation');
    assert.deepEqual(errors, []);

    // The control: a carefit.js that is not this build's is refused, so nothing mounts.
    fs.writeFileSync(path.join(site, 'wrong.html'), page_(snippets.element.replace(/integrity="[^"]+"/, 'integrity="sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="')));
    await visitor.goto(`${partner.origin}/wrong.html`);
    await visitor.waitForTimeout(1500);
    assert.equal(await visitor.evaluate(() => customElements.get('carefit-widget')), undefined);
    await other.close();
  } finally {
    await partner.close();
  }
});

test('bad values show the validator\'s own message at the field and never reach an output', async () => {
  const { context, page } = await openSetup();
  await fillHopeHouse(page);
  await page.fill('[name="contact_url"]', 'javascript:alert(1)');
  await page.fill('[name="phone"]', '12');
  await page.fill('[name="theme.accent"]', '#cccccc');
  await settled(page);

  // The same messages as carefit check-config, for the same values.
  const bad = { phone: '12', contact_url: 'javascript:alert(1)', theme: { accent: '#cccccc' } };
  const cli = spawnSync(BIN, ['check-config', '-'], { input: JSON.stringify(bad) });
  assert.equal(cli.status, 1);
  const messages = Object.fromEntries(cli.stderr.toString().split('\n')
    .map((line) => line.match(/^\s+(error|warning): `([^`]+)`: (.*)$/)).filter(Boolean).map((m) => [m[2], [m[1], m[3]]]));
  for (const field of ['phone', 'contact_url', 'theme.accent']) {
    const [severity, message] = messages[field];
    const control = page.locator(`[name="${field}"]`);
    const error = page.locator(`#${(await control.getAttribute('id')).replace('.', '\\.')}-error`);
    assert.ok((await error.textContent()).includes(message), `${field}: "${message}" at the field`);
    assert.ok((await control.getAttribute('aria-describedby')).includes(await error.getAttribute('id')));
    assert.equal(await control.getAttribute('aria-invalid'), severity === 'error' ? 'true' : null, field);
  }
  assert.match(await page.locator('#accent-contrast').textContent(), /1\.\d:1, under 4\.5:1\. The widget uses #[0-9a-f]{6}/);

  const darkened = messages['theme.accent'][1].match(/darkened to (#[0-9a-f]{6})/)[1];
  const config = JSON.parse(await output(page, 'config'));
  assert.equal(config.phone, undefined);
  assert.equal(config.contact_url, undefined);
  assert.equal(config.theme.accent, darkened, 'the darkened accent, which the widget would use');
  for (const name of ['element', 'mount', 'iframe', 'config']) {
    const text = await output(page, name);
    for (const refused of ['javascript:', '"12"', '#cccccc']) assert.ok(!text.includes(refused), `${refused} in ${name}`);
  }
  assert.ok((await output(page, 'element')).includes(darkened));
  assert.equal(await page.locator('#summary').isVisible(), true, 'summarised at the top too');
  assert.deepEqual(await axeViolations(page), [], 'axe, with the errors shown');
  await context.close();
});

test('the downloaded kiosk file has the settings baked in, and runs from file:// with no request', async () => {
  const { context, page } = await openSetup();
  await fillHopeHouse(page);
  await page.fill('[name="kiosk.idle_seconds"]', '45');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-kiosk"]')]);
  assert.equal(download.suggestedFilename(), 'carefit-kiosk.html');
  const file = path.join(tmp, 'carefit-kiosk.html');
  await download.saveAs(file);
  await context.close();

  const html = fs.readFileSync(file, 'utf8');
  const baked = JSON.parse(html.match(/<script type="application\/json" id="carefit-config">([\s\S]*?)<\/script>/)[1]);
  assert.equal(baked.mode, 'kiosk');
  assert.equal(baked.center_name, 'Hope House');
  assert.deepEqual(baked.kiosk, { idle_seconds: 45, countdown_seconds: 20 });

  const offline = await browser.newContext();
  const requests = [];
  await offline.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const kiosk = await offline.newPage();
  const errors = [];
  kiosk.on('pageerror', (error) => errors.push(String(error)));
  await kiosk.goto(pathToFileURL(file).href);
  await kiosk.locator('[data-screen="start"]').waitFor({ timeout: 20000 });
  assert.match(await kiosk.locator('[data-screen="start"]').textContent(), /Hope House/);
  assert.equal(await kiosk.locator('.carefit[lang]').first().getAttribute('lang'), 'es');
  assert.ok(await kiosk.locator('.cf-kiosk').count(), 'in kiosk mode');
  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(errors, []);
  await offline.close();
});

// The widget's surface in each scheme, from its own stylesheet.
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(17, 20, 22)' };
const surface = (preview) => preview.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.carefit[lang]')).backgroundColor);

for (const system of ['light', 'dark']) {
  test(`on a computer set to ${system}, the preview shows light or dark as chosen`, async () => {
    const { context, page } = await openSetup({ colorScheme: system });
    const preview = page.locator('[data-preview]');
    await preview.locator('[data-screen="start"]').waitFor();
    await settled(page);
    assert.equal(await surface(preview), SURFACE.light, 'light, as chosen by default');
    await page.check('[name="preview-scheme"][value="dark"]');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-preview]').shadowRoot
      .querySelector('.carefit[lang]')).backgroundColor === 'rgb(17, 20, 22)');
    assert.equal(await surface(preview), SURFACE.dark);
    assert.deepEqual(await axeViolations(page), [], 'axe, with the dark widget');
    // The screen shown stays: colours do not restart the widget.
    await preview.locator('[data-action="start"]').first().click();
    await preview.locator('[data-screen="question"]').waitFor();
    await page.check('[name="preview-scheme"][value="light"]');
    await settled(page);
    assert.equal(await surface(preview), SURFACE.light);
    assert.equal(await preview.locator('[data-screen="question"]').count(), 1, 'still the question');
    await context.close();
  });
}

test('the preview switches width and language, and shows a result with the center\'s phone and the referral', async () => {
  const { context, page } = await openSetup();
  await fillHopeHouse(page);
  const preview = page.locator('[data-preview]');
  await preview.locator('[data-screen="start"]').waitFor();
  await page.check('[name="preview-width"][value="phone"]');
  assert.ok((await preview.boundingBox()).width <= 375, 'phone width');
  await page.check('[name="preview-width"][value="desktop"]');
  assert.ok((await preview.boundingBox()).width > 500, 'desktop width');
  await page.check('[name="preview-width"][value="phone"]');
  // The config says Spanish; the preview's own switch shows either.
  await page.check('[name="preview-lang"][value="en"]');
  await page.waitForFunction(() => document.querySelector('[data-preview]').shadowRoot?.querySelector('.carefit[lang="en"]'));
  await page.check('[name="preview-lang"][value="es"]');
  await page.waitForFunction(() => document.querySelector('[data-preview]').shadowRoot?.querySelector('.carefit[lang="es"] [data-screen="start"]'));
  assert.match(await preview.locator('[data-screen="start"]').textContent(), /Hope House/);
  await page.check('[name="preview-lang"][value="en"]');
  await page.waitForFunction(() => document.querySelector('[data-preview]').shadowRoot?.querySelector('.carefit[lang="en"] [data-screen="start"]'));
  await page.click('#show-result');
  await preview.locator('[data-screen="result"]').waitFor({ timeout: 20000 });
  const result = await preview.locator('[data-screen="result"]').textContent();
  assert.equal(await preview.locator('[data-screen="result"] [data-level]').first().getAttribute('data-level'), 'IOP');
  assert.match(result, /\(555\) 010-2000/, 'the center\'s phone on the result');
  assert.match(result, /Hope House does not offer/, 'a level the center does not run is said so');
  assert.match(result, /SAMHSA/, 'with the referral line');
  await page.screenshot({ path: artifactPath('setup-result.png'), fullPage: true });
  await context.close();
});

test('axe finds nothing, and it all works by keyboard alone', async () => {
  const { context, page } = await openSetup();
  await page.locator('[data-preview] [data-screen="start"]').waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // Tab through the page once, typing where a field is due.
  const reached = new Set();
  for (let i = 0; i < 320; i++) {
    await page.keyboard.press('Tab');
    // The web developer's section opens by keyboard too.
    if (await page.evaluate(() => document.activeElement.matches('details.developer:not([open]) > summary'))) {
      await page.keyboard.press('Enter');
    }
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        name: el.getAttribute('name'),
        action: el.dataset?.action ?? el.dataset?.line ?? (el.id === 'show-result' ? 'show-result' : null),
        value: el.value ?? null,
        type: el.type,
      };
    });
    const key = here.name ?? here.action;
    if (!key || reached.has(`${key}=${here.value}`)) continue;
    reached.add(`${key}=${here.value}`);
    if (here.name === 'center_name' && !here.value) await page.keyboard.type('Hope House');
    if (here.name === 'offers' && here.value === 'IOP') await page.keyboard.press('Space');
    // The preview's switches and its sample result, by keyboard too.
    if (here.name === 'preview-scheme' && here.value === 'light') await page.keyboard.press('ArrowRight');
    if (here.action === 'show-result') {
      await page.keyboard.press('Enter');
      await page.locator('[data-preview] [data-screen="result"]').waitFor({ timeout: 20000 });
    }
    if (here.action === 'add' && !reached.has('added')) {
      reached.add('added');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.name), 'crisis.lines[0].name', 'focus on the new line');
      await page.keyboard.type('Lifeline');
    }
    if (here.action === 'download-config') {
      await settled(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const file = path.join(tmp, 'keyboard.json');
      await download.saveAs(file);
      const config = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(config.center_name, 'Hope House');
      assert.deepEqual(config.offers, ['IOP']);
    }
  }
  for (const name of ['center_name', 'phone', 'contact_url', 'offers', 'lang', 'theme.accent', 'mode', 'kiosk.idle_seconds',
    'kiosk.countdown_seconds', 'events', 'crisis.emergency', 'crisis.lines[0].tty', 'crisis.lines[0].note', 'referral.tty',
    'referral.note', 'preview-width', 'preview-scheme', 'preview-lang', 'show-result', 'download-config', 'download-kiosk']) {
    assert.ok([...reached].some((key) => key.startsWith(`${name}=`)), `${name} by Tab`);
  }
  assert.equal(await surface(page.locator('[data-preview]')), SURFACE.dark, 'dark, chosen with the arrow keys');
  assert.equal(await page.locator('[data-preview] [data-screen="result"]').count(), 1, 'the sample result, by Enter');
  // The crisis line left with a name and no number: the checker says so at it.
  assert.match(await page.locator('#f-crisis\\.lines\\[0\\]\\.name-error').textContent(), /needs a `name` and a `call` or `text` number|emergency/);
  await context.close();
});

test('every field of a line is in the form: TTY, note, home lines, and the referral line', async () => {
  const { page, context } = await openSetup();
  await page.fill('[name="crisis.emergency"]', '999');
  await page.click('.crisis[data-scope="crisis"] .lines-part:has([data-list="lines"]) [data-line="add"]');
  await page.fill('[name="crisis.lines[0].name"]', 'Samaritans');
  await page.fill('[name="crisis.lines[0].call"]', '116 123');
  await page.fill('[name="crisis.lines[0].tty"]', '18001 116 123');
  await page.fill('[name="crisis.lines[0].note"]', 'Free, any time');
  await page.click('.crisis[data-scope="crisis"] .lines-part:has([data-list="home_lines"]) [data-line="add"]');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'crisis.home_lines[0].name', 'focus on the new line');
  await page.fill('[name="crisis.home_lines[0].name"]', 'Refuge');
  await page.fill('[name="crisis.home_lines[0].call"]', '0808 2000 247');
  await page.fill('[name="referral.name"]', 'NHS 111');
  await page.fill('[name="referral.call"]', '111');
  await page.fill('[name="referral.tty"]', '18001 111');
  await page.fill('[name="referral.note"]', 'Free, day and night.');
  await settled(page);
  const config = JSON.parse(await output(page, 'config'));
  assert.deepEqual(config, {
    crisis: {
      emergency: '999',
      lines: [{ name: 'Samaritans', call: '116 123', tty: '18001 116 123', note: 'Free, any time' }],
      home_lines: [{ name: 'Refuge', call: '0808 2000 247' }],
    },
    referral: { name: 'NHS 111', call: '111', tty: '18001 111', note: 'Free, day and night.' },
  });
  assert.equal(execFileSync(BIN, ['check-config', '-'], { input: JSON.stringify(config) }).toString().includes('config OK'), true);

  // Each says what it changes for a visitor, and a bad value gets the checker's message at it.
  for (const name of ['crisis.lines[0].tty', 'crisis.lines[0].note', 'crisis.home_lines[0].call', 'referral.tty', 'referral.note']) {
    const described = (await page.locator(`[name="${name}"]`).getAttribute('aria-describedby')).split(' ');
    const hint = await page.locator(`[id="${described.find((id) => id.endsWith('-hint') && id !== 'referral-hint')}"]`).textContent();
    assert.ok(hint.trim().length > 10, `${name} has a hint`);
  }
  const bad = { referral: { name: 'NHS 111', call: '111', tty: '12' } };
  const cli = spawnSync(BIN, ['check-config', '-'], { input: JSON.stringify(bad) }).stderr.toString();
  const message = cli.match(/`referral\.tty`: (.*)/)[1];
  await page.fill('[name="referral.tty"]', '12');
  await settled(page);
  assert.ok((await page.locator('[id="f-referral.tty-error"]').textContent()).includes(message));
  assert.equal(await page.locator('[name="referral.tty"]').getAttribute('aria-invalid'), 'true');
  assert.equal(JSON.parse(await output(page, 'config')).referral, undefined, 'a refused line is left out');

  // Home lines move and go like crisis lines.
  await page.click('.crisis[data-scope="crisis"] .lines-part:has([data-list="home_lines"]) [data-line="add"]');
  await page.fill('[name="crisis.home_lines[1].name"]', '211');
  await page.fill('[name="crisis.home_lines[1].call"]', '211');
  await page.click('[name="crisis.home_lines[1].name"] >> xpath=ancestor::div[@class="line"][1] >> [data-line="up"]');
  await settled(page);
  assert.deepEqual(JSON.parse(await output(page, 'config')).crisis.home_lines.map((l) => l.name), ['211', 'Refuge']);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('a loaded center.json fills every field, and what the form cannot hold is named', async () => {
  const { page, context } = await openSetup();
  const loaded = {
    center_name: 'Hope House',
    referral: { name: 'NHS 111', call: '111', tty: '18001 111', note: 'Free, day and night.' },
    crisis: {
      emergency: '999',
      lines: [{ name: 'Samaritans', call: '116 123', tty: '18001 116 123' }],
      home_lines: [{ name: 'Refuge', call: '0808 2000 247', note: 'Women\'s aid' }],
    },
    crisis_by_lang: { es: { emergency: '112', lines: [{ name: 'Teléfono de la Esperanza', call: '717 003 717' }] } },
    colour: 'blue',
  };
  await page.setInputFiles('#f-file', { name: 'center.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(loaded)) });
  await page.waitForFunction(() => document.querySelector('[name="center_name"]').value === 'Hope House');
  await settled(page);
  assert.equal(await page.inputValue('[name="referral.tty"]'), '18001 111');
  assert.equal(await page.inputValue('[name="crisis.home_lines[0].note"]'), 'Women\'s aid');
  assert.equal(await page.inputValue('[name="crisis_by_lang.es.lines[0].name"]'), 'Teléfono de la Esperanza');
  const { colour, ...known } = loaded;
  assert.deepEqual(JSON.parse(await output(page, 'config')), known);
  assert.match(await page.locator('#f-file-error').textContent(), /left out of center\.json: colour: unknown setting/);
  assert.equal(await page.locator('#f-file').getAttribute('aria-invalid'), 'true');
  await context.close();
});

test('a visitor\'s page never loads the set-up page\'s files', async () => {
  const { context, page, log } = await openPage(browser, center.origin);
  for (const name of ['index.html', 'embed.html', 'kiosk.html']) {
    await page.goto(`${center.origin}/${name}`);
    await page.locator('[data-screen="start"]').first().waitFor({ timeout: 20000 });
    await page.locator('[data-action="start"]').first().click();
    await page.locator('[data-screen="question"]').first().waitFor();
  }
  const setup = log.requests.filter((url) => /\/(carefit-)?setup[^/]*$/.test(new URL(url).pathname));
  assert.deepEqual(setup, []);
  assert.ok(log.requests.some((url) => /carefit-web_bg[^/]*\.wasm$/.test(url)), 'the app itself did load');
  await context.close();
});

test('an office manager\'s page: plain words on the main path, the developer\'s in a closed section, errors that say what to do', async () => {
  const { context, page } = await openSetup({ viewport: { width: 1280, height: 800 } });
  const developer = page.locator('details.developer');
  assert.equal(await developer.getAttribute('open'), null, 'closed at first');
  // Everything a person sees with the developer's section closed.
  const seen = await page.evaluate(() => {
    const closed = document.querySelector('details.developer');
    const text = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const inside = closed.contains(node) && !closed.querySelector('summary').contains(node);
      if (!inside && node.parentElement.closest('[data-preview], template, script') === null) text.push(node.textContent);
    }
    return text.join(' ');
  });
  for (const word of ['CSP', 'Content Security Policy', 'CORS', 'carefit:complete', 'nginx', 'header']) {
    assert.ok(!seen.includes(word), `"${word}" is on the main path`);
  }
  const inside = await developer.textContent();
  for (const word of ['Content Security Policy', 'CORS', 'carefit:complete', 'nginx']) assert.ok(inside.includes(word), word);

  // Name to copied code: within 4 screens of a desktop, in page order.
  await page.fill('[name="center_name"]', 'Hope House');
  await page.fill('[name="phone"]', '12');
  await settled(page);
  const copy = await page.locator('[data-copy="element"]').evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
  const name = await page.locator('[name="center_name"]').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  assert.ok(name < copy && copy <= 4 * 800, `the copy button ends ${copy}px down`);

  // The error says what to do, at the field and at the top, by the field's own name.
  const error = await page.locator('#f-phone-error').textContent();
  assert.equal(error, 'That number looks too short — use the number visitors should call, like (555) 010-4242');
  assert.equal(await page.locator('#summary-list li').first().textContent(), `Phone: ${error}`);
  const status = await page.locator('#status').textContent();
  assert.equal(status, 'One setting needs fixing: see the top of the page.');
  assert.doesNotMatch(await page.locator('body').textContent(), /\d+ errors?, \d+ changes?|Error:/);

  // The pinned preview never covers the code to copy, wherever the page is scrolled.
  await page.fill('[name="phone"]', '(555) 010-4242');
  await settled(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 300) {
    await page.evaluate((top) => scrollTo(0, top), y);
    const overlap = await page.evaluate(() => {
      const a = document.querySelector('.preview-area').getBoundingClientRect();
      return [...document.querySelectorAll('pre[data-output], [data-copy]')].some((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      });
    });
    assert.equal(overlap, false, `at ${y}px the preview covers code to copy`);
  }

  // "Show a result": the center's number is in view.
  await page.evaluate(() => scrollTo(0, 0));
  const preview = page.locator('[data-preview]');
  await preview.locator('[data-screen="start"]').waitFor();
  await page.click('#show-result');
  await preview.locator('[data-screen="result"]').waitFor({ timeout: 20000 });
  const step = preview.locator('[data-next-step]').first();
  assert.match(await step.textContent(), /\(555\) 010-4242/);
  const box = await step.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `the number at ${box?.y}px, in view`);
  assert.deepEqual(await axeViolations(page), [], 'axe');
  await context.close();
});
