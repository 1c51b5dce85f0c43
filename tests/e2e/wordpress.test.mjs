// The WordPress plugin (wordpress/, packed by web/wordpress.mjs from the
// build under test) in a real WordPress on a real database, started here
// (wordpress-site.mjs): installed from its zip by WordPress's own plugin
// installer, then used as an office manager and as a visitor would, in
// headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, DIST, launch, openPage, storageSnapshot, completeJourney, CALM_PLAN } from './support.mjs';
import { wordpressZip } from '../../web/wordpress.mjs';
import { startWordPress } from './wordpress-site.mjs';

const VERSION = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"$/m)[1];
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-wp-test-'));
const CENTER = { center_name: 'Hope & Harbor House', phone: '555-010-2000' };
const PAGES = {
  shortcode: '[carefit]',
  iframe: '[carefit mode="iframe"]',
  block: '<!-- wp:carefit/widget /-->',
  spanish: '[carefit lang="es" heading-level="2"]',
  plain: '<!-- wp:paragraph --><p>A page without the self-check.</p><!-- /wp:paragraph -->',
};
let made;
let site;
let browser;
let started;

before(async () => {
  started = Date.now();
  made = wordpressZip(DIST, work);
  site = await startWordPress({ zip: made.file, pages: PAGES });
  browser = await launch();
  console.log(`# wordpress: the site was up, the plugin installed from its zip, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  await site?.stop();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`# wordpress: the whole WordPress test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** The saved option, parsed. */
const saved = () => JSON.parse(site.sql("SELECT option_value FROM wp_options WHERE option_name = 'carefit'"));

async function asAdmin() {
  const { context, page, log } = await openPage(browser, site.origin);
  await page.goto(`${site.origin}/wp-login.php`);
  await page.fill('#user_login', site.admin.user);
  await page.fill('#user_pass', site.admin.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  await page.goto(`${site.origin}/wp-admin/options-general.php?page=carefit`);
  await page.locator('#carefit-status').filter({ hasText: /valid|error/ }).waitFor();
  return { context, page, log };
}

const errorBeside = (page, field) => page.locator(`[data-error-for="${field}"]`);

test('the zip is carefit/ alone: the plugin, its readme, the built files, no demo page', () => {
  assert.equal(path.basename(made.file), `carefit-wordpress-${VERSION}.zip`);
  const listed = spawnSync('unzip', ['-Z1', made.file], { encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  const names = listed.stdout.trim().split('\n');
  assert.ok(names.every((name) => name.startsWith('carefit/')), names.join(' '));
  for (const name of ['carefit.php', 'readme.txt', 'uninstall.php', 'block.json', 'build.json', 'carefit.js', MANIFEST.files['carefit-web_bg.wasm'].file]) {
    assert.ok(names.includes(`carefit/${name}`), `${name} is in the zip`);
  }
  for (const name of ['index.html', 'setup.html', 'kiosk.html', 'embed.html', 'sw.js']) assert.ok(!names.includes(`carefit/${name}`), `${name} is not`);
  assert.ok(!names.some((name) => /\.(?:gz|br)$|\/examples\//.test(name)), 'no precompressed copies, no examples');
  const tested = spawnSync('unzip', ['-tq', made.file], { encoding: 'utf8' });
  assert.equal(tested.status, 0, tested.stdout + tested.stderr);
  const again = wordpressZip(DIST, path.join(work, 'again'));
  assert.ok(fs.readFileSync(again.file).equals(fs.readFileSync(made.file)), 'the same build makes the same bytes');
  const header = fs.readFileSync(path.join(site.site, 'wp-content/plugins/carefit/carefit.php'), 'utf8');
  assert.match(header, new RegExp(`^ \\* Version: +${VERSION.replace(/\./g, '\\.')}$`, 'm'));
  assert.match(header, /^ \* Requires at least: +6\.1$/m);
  assert.match(header, /^ \* Requires PHP: +8\.1$/m);
  assert.match(header, /^ \* License: +\S/m);
  assert.equal(site.plugin, 'carefit/carefit.php', 'WordPress\'s installer found the plugin in the zip');
});

test('php -l passes on every PHP file of the plugin', () => {
  const dir = path.join(site.site, 'wp-content/plugins/carefit');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.php'));
  assert.ok(files.length >= 5, files.join(' '));
  for (const file of files) {
    const lint = spawnSync('php', ['-l', path.join(dir, file)], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${file}: ${lint.stdout}${lint.stderr}`);
  }
});

test('as an admin, the settings save, checked by the set-up page\'s checker', async () => {
  const { context, page, log } = await asAdmin();
  await page.fill('input[name="carefit[center_name]"]', CENTER.center_name);
  await page.fill('input[name="carefit[phone]"]', CENTER.phone);
  await page.check('input[name="carefit[offers][]"][value="IOP"]');
  await page.check('input[name="carefit[offers][]"][value="OUT"]');
  await page.locator('#carefit-status').filter({ hasText: 'All settings are valid.' }).waitFor();
  // The preview is the real widget with these settings.
  await page.locator('[data-preview] [data-screen="start"]').filter({ hasText: CENTER.center_name }).waitFor({ timeout: 20000 });
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('[data-action="save"]')]);
  await page.locator('#setting-error-settings_updated').waitFor();
  assert.deepEqual(saved(), { ...CENTER, offers: ['OUT', 'IOP'] });
  assert.equal(await page.inputValue('input[name="carefit[phone]"]'), CENTER.phone);
  // The kiosk file with these settings, in kiosk mode, made in the browser.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-kiosk"]')]);
  assert.equal(download.suggestedFilename(), 'carefit-kiosk.html');
  const kiosk = fs.readFileSync(await download.path(), 'utf8');
  const config = JSON.parse(kiosk.match(/<script type="application\/json" id="carefit-config">([\s\S]*?)<\/script>/)[1]);
  assert.deepEqual(config, { ...CENTER, offers: ['OUT', 'IOP'], mode: 'kiosk' });
  assert.deepEqual(log.foreign, [], 'the settings page asks nothing of other sites');
  // The suggested privacy-policy text is there for the site's policy.
  await page.goto(`${site.origin}/wp-admin/options-privacy.php?tab=policyguide`);
  assert.match(await page.locator('body').textContent(), /carefit[\s\S]*sets no cookies/);
  await context.close();
});

test('the block is in the editor, its script checked by its hash', async () => {
  const { context, page, log } = await asAdmin();
  await page.goto(`${site.origin}/wp-admin/post-new.php?post_type=page`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('carefit/widget'), null, { timeout: 60000 });
  const block = await page.evaluate(() => {
    const type = window.wp.blocks.getBlockType('carefit/widget');
    return { title: type.title, attributes: Object.keys(type.attributes).sort() };
  });
  assert.equal(block.title, 'carefit self-check');
  assert.deepEqual(block.attributes.filter((name) => ['headingLevel', 'lang', 'mode'].includes(name)), ['headingLevel', 'lang', 'mode']);
  const tag = page.locator('script[src*="/plugins/carefit/block.js"]');
  assert.match(await tag.getAttribute('integrity'), /^sha256-/);
  assert.deepEqual(log.foreign.filter((url) => url.includes('carefit')), []);
  await context.close();
});

test('a bad phone is refused with its message beside it, and the saved one kept', async () => {
  const before = saved();
  const { context, page } = await asAdmin();
  await page.fill('input[name="carefit[phone]"]', 'call us');
  await errorBeside(page, 'phone').filter({ hasText: 'is not a phone number' }).waitFor();
  assert.equal(await page.getAttribute('input[name="carefit[phone]"]', 'aria-invalid'), 'true');
  await page.click('[data-action="save"]');
  await page.locator('#carefit-summary').filter({ hasText: 'is not a phone number' }).waitFor();
  assert.match(page.url(), /page=carefit$/, 'the form was not sent');
  assert.deepEqual(saved(), before);
  await page.reload();
  assert.equal(await page.inputValue('input[name="carefit[phone]"]'), CENTER.phone);

  // With the browser's check bypassed, the server refuses: no verdict…
  await page.fill('input[name="carefit[phone]"]', 'call us');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.evaluate(() => {
    document.getElementById('carefit-checked').value = '';
    HTMLFormElement.prototype.submit.call(document.getElementById('carefit-form'));
  })]);
  assert.match(await page.locator('.settings-error.notice-error').first().innerText(), /not checked/);
  assert.deepEqual(saved(), before);
  // …or a clean verdict for other values than those sent.
  await page.fill('input[name="carefit[phone]"]', 'call us');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.evaluate((center) => {
    document.getElementById('carefit-checked').value = JSON.stringify({ config: center, errors: [] });
    HTMLFormElement.prototype.submit.call(document.getElementById('carefit-form'));
  }, CENTER)]);
  assert.match(await page.locator('.settings-error.notice-error').first().innerText(), /changed after they were checked/);
  assert.deepEqual(saved(), before);
  await context.close();
});

/** Every request the page made stayed on the site, and the page keeps nothing. */
async function assertPrivate(context, page, log, frame = null) {
  assert.deepEqual(log.foreign, [], 'no request left the site');
  assert.deepEqual(await context.cookies(), [], 'no cookie');
  for (const scope of [page, ...(frame ? [frame] : [])]) {
    const kept = await storageSnapshot(scope);
    assert.deepEqual({ ...kept, url: undefined }, { cookie: '', local: 0, session: 0, idb: 0, caches: 0, url: undefined });
  }
}

test('as a visitor, a journey on a [carefit] page reaches the level with the center\'s phone; nothing leaves, nothing stays', async () => {
  const { context, page, log } = await openPage(browser, site.origin);
  await page.goto(site.pages.shortcode);
  const widget = page.locator('carefit-widget');
  await widget.locator('[data-screen="start"]').waitFor({ timeout: 20000 });
  const level = await completeJourney(widget, CALM_PLAN);
  assert.match(level, /^(?:OUT|IOP|PHP|RES)$/);
  const result = widget.locator('[data-screen="result"]');
  assert.match(await result.innerText(), /555-010-2000/);
  assert.equal(await result.locator('a[href="tel:5550102000"]').count() > 0, true, 'a tap-to-call link to the center');
  // carefit.js carries its integrity (manifest.json's), and every file the plugin loads is checked.
  const entry = page.locator('script[src*="/plugins/carefit/carefit.js"]');
  assert.equal(await entry.count(), 1);
  assert.equal(await entry.getAttribute('integrity'), MANIFEST.files['carefit.js'].integrity);
  assert.equal(await entry.getAttribute('type'), 'module');
  assert.equal(await entry.getAttribute('crossorigin'), 'anonymous');
  for (const tag of await page.locator('script[src*="/plugins/carefit/"], link[href*="/plugins/carefit/"]').all()) {
    assert.match(await tag.getAttribute('integrity') ?? '', /^sha256-/, await tag.evaluate((el) => el.outerHTML));
  }
  assert.deepEqual(log.errors, []);
  await assertPrivate(context, page, log);
  // The answers reached no URL, and no carefit row was written for the visit.
  assert.ok(log.requests.every((url) => !/use_frequency|weekly_or_less|cannabis/.test(url)), 'no answer in a URL');
  // A page without the widget loads nothing of carefit's.
  await page.goto(site.pages.plain);
  assert.equal(await page.locator('script[src*="/plugins/carefit/"], link[href*="/plugins/carefit/"]').count(), 0);
  await context.close();
});

test('with JavaScript off, the page shows the help with the center\'s phone', async () => {
  const { context, page, log } = await openPage(browser, site.origin, { javaScriptEnabled: false });
  await page.goto(site.pages.shortcode);
  const help = page.locator('carefit-widget .carefit-help');
  await help.waitFor();
  const text = await help.innerText();
  assert.match(text, /Hope & Harbor House/);
  assert.match(text, /555-010-2000/);
  assert.match(text, /988/, 'the crisis line, from the build');
  assert.ok(await help.locator('a[href="tel:5550102000"]').count() >= 1, 'a tap-to-call link to the center');
  assert.equal(await page.locator('carefit-widget .cf-loading').first().isVisible(), false, 'no "loading" line without JavaScript');
  assert.match(await page.locator('carefit-widget noscript').first().textContent(), /JavaScript/);
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('[carefit mode="iframe"] works the same, in a page of its own on the site, under a strict policy', async () => {
  const { context, page, log } = await openPage(browser, site.origin);
  const embedResponse = page.waitForResponse((response) => response.url().includes('carefit-embed=1'));
  await page.goto(site.pages.iframe);
  const policy = (await embedResponse).headers()['content-security-policy'] ?? '';
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /frame-ancestors 'self'/);
  const frame = page.frameLocator('iframe.carefit-frame');
  await frame.locator('[data-screen="start"]').waitFor({ timeout: 20000 });
  const level = await completeJourney(frame.locator('carefit-widget'), CALM_PLAN);
  assert.match(level, /^(?:OUT|IOP|PHP|RES)$/);
  assert.match(await frame.locator('[data-screen="result"]').innerText(), /555-010-2000/);
  assert.equal(await page.locator('script[src*="/plugins/carefit/carefit.js"]').count(), 0, 'the host page runs none of the widget');
  const inner = page.frames().find((f) => f.url().includes('carefit-embed=1'));
  assert.ok(inner.url().startsWith(site.origin), 'on the site\'s own origin');
  assert.deepEqual(log.errors, []);
  await assertPrivate(context, page, log, inner);
  await context.close();
});

/** A page's <carefit-widget> as the server sent it. */
async function widgetMarkup(url) {
  const html = await (await fetch(url)).text();
  return html.match(/<carefit-widget[\s\S]*?<\/carefit-widget>/)?.[0];
}

test('the block renders like the shortcode, and [carefit lang="es"] in Spanish', async () => {
  const block = await widgetMarkup(site.pages.block);
  assert.ok(block?.includes('Hope &amp; Harbor House'), block);
  assert.equal(block, await widgetMarkup(site.pages.shortcode));
  const spanish = await widgetMarkup(site.pages.spanish);
  assert.match(spanish, /^<carefit-widget lang="es" heading-level="2">/);
  assert.match(spanish, /"lang":"es"/);
  assert.ok(/<section\b[^>]*\slang="es"/.test(spanish) && !/<section\b[^>]*\slang="en"/.test(spanish), 'the static help in Spanish alone');
});

test('nothing about a visitor is kept: one option, no table, no REST route, no PHP notice', async () => {
  assert.equal(site.sql("SELECT GROUP_CONCAT(option_name) FROM wp_options WHERE option_name LIKE '%carefit%'"), 'carefit');
  assert.equal(site.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE '%carefit%'"), '0');
  const routes = Object.keys((await (await fetch(`${site.origin}/?rest_route=/`)).json()).routes);
  assert.ok(routes.length > 10, 'the REST index answered');
  assert.deepEqual(routes.filter((route) => /carefit/.test(route)), []);
  // WordPress 6.1's own deprecations on PHP 8.2 are its own; none may come from the plugin.
  const ours = site.debugLog().split('\n').filter((line) => line.includes('/plugins/carefit/'));
  assert.deepEqual(ours, []);
});

test('a center\'s own crisis lines, saved through the form, replace every default number in the help without JavaScript', async () => {
  const { context, page } = await asAdmin();
  const fill = (path, text) => page.fill(`[data-field="${path}"]`, text);
  await fill('crisis.emergency', '112');
  await fill('crisis.lines[0].name', 'Samaritans');
  await fill('crisis.lines[0].call', '116 123');
  await fill('crisis.lines[0].text', '85258');
  await fill('crisis.lines[0].text_keyword', 'SHOUT');
  await fill('crisis.home_lines[0].name', 'Refuge');
  await fill('crisis.home_lines[0].call', '0808 2000 247');
  await page.locator('details.carefit-crisis-lang', { hasText: 'Only in Spanish' }).locator('summary').click();
  await fill('crisis_by_lang.es.emergency', '112');
  await fill('crisis_by_lang.es.lines[0].name', 'Teléfono de la Esperanza');
  await fill('crisis_by_lang.es.lines[0].call', '024');
  await page.locator('#carefit-status').filter({ hasText: 'All settings are valid.' }).waitFor();
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('[data-action="save"]')]);
  await page.locator('#setting-error-settings_updated').waitFor();
  assert.deepEqual(saved(), {
    ...CENTER, offers: ['OUT', 'IOP'],
    crisis: { emergency: '112', lines: [{ name: 'Samaritans', call: '116 123', text: '85258', text_keyword: 'SHOUT' }],
      home_lines: [{ name: 'Refuge', call: '0808 2000 247' }] },
    crisis_by_lang: { es: { emergency: '112', lines: [{ name: 'Teléfono de la Esperanza', call: '024' }] } },
  });
  assert.equal(await page.inputValue('[data-field="crisis_by_lang.es.lines[0].call"]'), '024', 'the form shows what was saved');
  await context.close();

  const visitor = await openPage(browser, site.origin, { javaScriptEnabled: false });
  await visitor.page.goto(site.pages.shortcode);
  const section = (lang) => visitor.page.locator(`carefit-widget .carefit-help section[lang="${lang}"]`).innerText();
  const english = await section('en');
  for (const shown of ['112', 'Samaritans', '116 123', 'SHOUT', '85258', CENTER.phone]) assert.ok(english.includes(shown), `${shown} in: ${english}`);
  const spanish = await section('es');
  for (const shown of ['112', 'Teléfono de la Esperanza', '024', CENTER.phone]) assert.ok(spanish.includes(shown), `${shown} in: ${spanish}`);
  assert.ok(!spanish.includes('Samaritans'), 'a language\'s own lines replace the others in it');
  for (const hidden of ['911', '988', '741741']) assert.ok(!`${english}${spanish}`.includes(hidden), `${hidden} is not shown`);
  await visitor.context.close();
});

test('deleting the plugin removes its option', () => {
  site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'carefit/carefit.php' );
uninstall_plugin( 'carefit/carefit.php' );`);
  assert.equal(site.sql("SELECT COUNT(*) FROM wp_options WHERE option_name = 'carefit'"), '0');
});
