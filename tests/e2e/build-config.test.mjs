// `./dev build --config center.json`: a center's settings baked into every
// page it ships, static help included, and a bad config failing the build.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, serve, launch, openPage, ready } from './support.mjs';

const CENTER = {
  center_name: 'Casa Esperanza',
  phone: '(555) 010-7000',
  lang: 'es',
  offers: ['IOP', 'PHP'],
  crisis: {
    emergency: '112',
    lines: [{ name: 'Teléfono de la Esperanza', call: '717 003 717' }],
  },
};
const US_NUMBERS = /(^|[^0-9])(911|988|741741|1-800-662-4357)([^0-9]|$)/;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-build-'));
const dist = path.join(work, 'dist');
const dev = (...args) => spawnSync(path.join(ROOT, 'dev'), ['build', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 15 * 60_000 });

let server;
let browser;
test.before(async () => {
  fs.writeFileSync(path.join(work, 'center.json'), JSON.stringify(CENTER));
  const built = dev('--config', path.join(work, 'center.json'), '--dist', dist);
  assert.equal(built.status, 0, built.stderr);
  server = await serve(dist);
  browser = await launch();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test('a bad config fails the build with check-config\'s message, and builds nothing', () => {
  const bad = path.join(work, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ phone: '12', contact_url: 'javascript:alert(1)' }));
  const out = path.join(work, 'never');
  const result = dev('--config', bad, '--dist', out);
  assert.notEqual(result.status, 0);
  assert.match(result.stdout + result.stderr, /`phone`/);
  assert.match(result.stdout + result.stderr, /`contact_url`/);
  assert.equal(fs.existsSync(out), false);
});

test('every page of a Spanish center\'s build says lang="es" and has a Spanish title', () => {
  for (const name of ['index.html', 'kiosk.html', 'embed.html', 'carefit-kiosk.html']) {
    const html = fs.readFileSync(path.join(dist, name), 'utf8');
    assert.match(html, /<html lang="es">/, name);
    assert.match(html, /<title>Encuentre el nivel de atención que puede convenirle · carefit[^<]*<\/title>/, name);
  }
});

test('with JavaScript off, every page shows the center, its phone and its lines, in its language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const name of ['index.html', 'kiosk.html', 'carefit-kiosk.html']) {
    await page.goto(`${server.origin}/${name}`);
    const text = await page.locator('#carefit-fallback').innerText();
    assert.match(text, /Casa Esperanza/, name);
    assert.match(text, /555\) 010-7000/, name);
    assert.match(text, /Llame al 112[\s\S]*Teléfono de la Esperanza/, name);
    assert.match(text, /Programa ambulatorio intensivo/, `${name}: in Spanish`);
    assert.doesNotMatch(text, US_NUMBERS, `${name}: no US number`);
  }
  await context.close();
});

test('the pre-rendered first screen is this center\'s, and is kept when the app arrives', async () => {
  const { page, context } = await openPage(browser, server.origin);
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(server.origin + '/');
  const pre = page.locator('.cf-prerendered [data-pre="start"]');
  await pre.waitFor();
  assert.match(await pre.innerText(), /Casa Esperanza/);
  assert.equal(await page.locator('#carefit-fallback').isVisible(), false, 'not replaced by the static help');
  await page.locator('.cf-prerendered [data-pre-action="start"][data-for="myself"]').click();
  await page.locator('[data-pre="question"] label[for$="-age-under_18"]').click();
  release();
  await ready(page, 'question');
  assert.equal(await page.locator('.carefit[lang]').getAttribute('lang'), 'es');
  assert.ok(await page.locator('input[name="age"][value="under_18"]').isChecked(), 'the answer is kept');
  await context.close();
});
