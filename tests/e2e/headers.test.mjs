// The response headers the build writes (web/headers.mjs) fit the pages it
// built: served with its _headers as Netlify and Cloudflare Pages apply
// them, every page runs with no policy violation, index.html's inline
// stylesheet and scripts are the ones its policy names, partner pages get CORS, and the
// cache lifetimes follow the names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { serve, launch, openPage, completeJourney, CALM_PLAN, DIST, shipped } from './support.mjs';
import { applyNetlifyHeaders, inlineScripts } from '../../web/headers.mjs';

const read = (name) => fs.readFileSync(path.join(DIST, name), 'utf8');
const headersFor = applyNetlifyHeaders(read('_headers'));
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

let center, partner, browser;
before(async () => {
  center = await serve(DIST, { headers: headersFor });
  browser = await launch();
});
after(async () => { await browser?.close(); await center?.close(); await partner?.close(); });

/** Records the page's policy violations from its first line on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the build writes _headers, .htaccess and nginx.conf, and the copies the set-up page shows', () => {
  for (const [file, copy] of [['_headers', 'headers/_headers'], ['.htaccess', 'headers/apache.htaccess']]) {
    assert.equal(read(copy), read(file), copy);
  }
  const nginx = read('headers/nginx.conf');
  assert.match(nginx, /^gzip_static on;$/m);
  assert.match(nginx, /default_type application\/wasm;/);
  assert.match(read('.htaccess'), /^AddType application\/wasm \.wasm$/m);
  // Each page's policy is the same in all three.
  for (const page of ['index.html', 'embed.html', 'kiosk.html']) {
    const policy = headersFor(`/${page}`)['content-security-policy'];
    assert.ok(policy, `${page} has a policy`);
    assert.ok(nginx.includes(`add_header Content-Security-Policy "${policy}" always;`), `nginx: ${page}`);
    assert.ok(read('.htaccess').includes(`Header always set Content-Security-Policy "${policy}"`), `Apache: ${page}`);
  }
});

test('index.html carries its stylesheet, carefit.js and fallback.js inline, each named by its hash in its policy', async () => {
  const html = read('index.html');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.deepEqual(styles, [read(shipped('carefit.css'))], 'the whole stylesheet, as shipped');
  const scripts = inlineScripts(html);
  assert.deepEqual(scripts, [read('carefit.js'), read(shipped('fallback.js'))], 'carefit.js, then fallback.js, as shipped');
  assert.doesNotMatch(html, /<link rel="stylesheet" href="[^"]*carefit|<script type="module" src=/);
  const escape = (source) => source.replace(/[+/]/g, '\\$&');
  for (const url of ['/', '/index.html']) {
    const policy = headersFor(url)['content-security-policy'];
    assert.match(policy, new RegExp(`style-src 'self' ${escape(sha256(styles[0]))};`), url);
    assert.match(policy, new RegExp(`script-src 'self' ${scripts.map((s) => escape(sha256(s))).join(' ')} 'wasm-unsafe-eval';`), url);
  }
  const { page, log, context } = await openPage(browser, center.origin);
  await page.goto(center.origin + '/');
  await page.waitForSelector('[data-screen="start"]');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.carefit')).fontSize), '18px', 'styled');
  assert.deepEqual(log.requests.filter((url) => /\.(?:css|js)$/.test(url)), [], 'no stylesheet or script is fetched');
  await context.close();
});

test('under their generated headers, index.html, kiosk.html and embed.html run a journey with no violation', async () => {
  for (const url of ['/', '/kiosk.html', '/embed.html']) {
    const { page, log, context } = await openPage(browser, center.origin);
    await watchCsp(page);
    const response = await page.goto(center.origin + url);
    assert.equal(response.headers()['content-security-policy'], headersFor(url)['content-security-policy']);
    assert.doesNotMatch(response.headers()['content-security-policy'], /,/, 'one rule sets the policy: hosts would join two');
    const scope = url === '/embed.html' ? page.locator('carefit-widget') : page;
    await scope.locator('[data-screen="start"]').waitFor();
    assert.equal(await completeJourney(scope, CALM_PLAN), 'OUT');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], url);
    assert.deepEqual(log.errors, [], url);
    await context.close();
  }
});

test('the other pages (set-up, single-file kiosk) load with no violation', async () => {
  const pages = fs.readdirSync(DIST, { recursive: true }).map(String).filter((name) => name.endsWith('.html'))
    .filter((name) => !['index.html', 'kiosk.html', 'embed.html'].includes(name));
  assert.ok(pages.includes('setup.html') && pages.includes('carefit-kiosk.html'));
  for (const name of pages) {
    const { page, context } = await openPage(browser, center.origin);
    await watchCsp(page);
    await page.goto(`${center.origin}/${name.split(path.sep).join('/')}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], name);
    await context.close();
  }
});

test('the set-up page shows the header files of its folder, for each server', async () => {
  const { page, context } = await openPage(browser, center.origin);
  await page.goto(`${center.origin}/setup.html`);
  const output = page.locator('[data-output="headers"]');
  // The headers sit in the closed section for the web developer.
  await page.locator('details.developer > summary').click();
  for (const [server, file] of [['nginx', 'headers/nginx.conf'], ['apache', '.htaccess'], ['netlify', '_headers']]) {
    await page.selectOption('#server', server);
    await page.waitForFunction(([text]) => document.querySelector('[data-output="headers"]').textContent === text, [read(file)]);
    assert.equal(await output.textContent(), read(file), server);
  }
  await context.close();
});

test('a partner page on another origin runs the widget from the center\'s host (CORS), and frames only embed.html', async () => {
  const files = ['carefit.js', shipped('carefit-web_bg.wasm'), shipped('carefit.css'), shipped('carefit-qr.js'), shipped('carefit-qr_bg.wasm')];
  for (const file of files) assert.equal(headersFor(`/${file}`)['access-control-allow-origin'], '*', file);
  partner = await serve(DIST, {
    pages: {
      '/partner.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
        <script type="module" src="${center.origin}/carefit.js"></script></head>
        <body><carefit-widget center-name="Hope House" phone="555-010-2000"></carefit-widget>
        <iframe title="embed" src="${center.origin}/embed.html"></iframe>
        <iframe title="index" src="${center.origin}/index.html"></iframe></body></html>`,
    },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const cors = new Map();
  page.on('response', (response) => { if (response.url().startsWith(center.origin)) cors.set(new URL(response.url()).pathname, response.headers()['access-control-allow-origin']); });
  await page.goto(`${partner.origin}/partner.html`);
  const widget = page.locator('carefit-widget').first();
  await widget.locator('[data-screen="start"]').waitFor();
  assert.equal(await completeJourney(widget, CALM_PLAN), 'OUT');
  for (const file of ['carefit.js', shipped('carefit-web_bg.wasm'), shipped('carefit.css')]) assert.equal(cors.get(`/${file}`), '*', file);
  const frame = (url) => page.frames().find((f) => f.url() === `${center.origin}${url}`);
  await page.frameLocator('iframe[title="embed"]').locator('carefit-widget [data-screen="start"]').waitFor();
  assert.equal(await frame('/index.html')?.locator('#carefit').count() ?? 0, 0, 'index.html refuses to be framed');
  await context.close();
});

test('content-hashed files are cached for good; carefit.js, the pages, sw.js and manifest.json revalidate', () => {
  const manifest = JSON.parse(read('manifest.json'));
  const hashed = Object.values(manifest.files).map((entry) => entry.file).filter((file) => file !== 'carefit.js');
  assert.ok(hashed.length >= 5);
  for (const file of hashed) assert.equal(headersFor(`/${file}`)['cache-control'], 'public, max-age=31536000, immutable', file);
  for (const url of ['/', '/index.html', '/embed.html', '/carefit.js', '/sw.js', '/manifest.json']) {
    assert.equal(headersFor(url)['cache-control'], 'no-cache', url);
  }
});

test('served under a policy of its own without the hashes, index.html shows the crisis help and the levels', async () => {
  const strict = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
  const plain = await serve(DIST, { headers: { 'content-security-policy': strict } });
  const { page, log, context } = await openPage(browser, plain.origin);
  await watchCsp(page);
  await page.goto(plain.origin + '/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  // Nothing of the page runs, fallback.js included: the markup shows the help.
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual([...new Set(violations)].sort(), ['script-src-elem inline', 'style-src-elem inline']);
  const help = page.locator('#carefit-fallback');
  assert.ok(await help.isVisible(), 'the static help shows');
  const text = await help.innerText();
  for (const needle of ['988', '911', '1-800-662-4357', 'Intensive outpatient']) assert.ok(text.includes(needle), needle);
  assert.doesNotMatch(text, /Loading the questions|Cargando/, 'no promise of questions that cannot come');
  assert.equal(await page.locator('[data-screen]').count(), 0, 'no app');
  assert.deepEqual(log.requests.filter((url) => !url.endsWith('/')), [], 'nothing else is fetched');
  await context.close();
  await plain.close();
});

// nginx, where it is installed (Debian: apt-get install nginx): the folder
// under /carefit/ with the generated snippet included, as its comment says.
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((file) => fs.existsSync(file));
test('nginx with headers/nginx.conf sends what _headers says, and the .wasm as application/wasm', { skip: !NGINX && 'nginx is not installed' }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-nginx-'));
  fs.chmodSync(dir, 0o755); // nginx's workers read it as another user
  fs.cpSync(DIST, path.join(dir, 'www', 'carefit'), { recursive: true });
  const port = 20000 + Math.floor(Math.random() * 20000);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types; access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; location /carefit/ { root ${dir}/www; include ${dir}/www/carefit/headers/nginx.conf; } }
}`);
  const nginx = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50 && !(await fetch(`${origin}/carefit/`).catch(() => null)); i++) await new Promise((r) => setTimeout(r, 100));
    const files = fs.readdirSync(DIST, { recursive: true }).map((name) => String(name).split(path.sep).join('/'))
      .filter((name) => /\.(?:html|js|css|wasm|json)$/.test(name));
    for (const name of ['', ...files]) {
      const response = await fetch(`${origin}/carefit/${name}`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(response.status, 200, name);
      const expected = headersFor(`/${name}`);
      for (const header of ['content-security-policy', 'cache-control', 'access-control-allow-origin', 'x-content-type-options']) {
        assert.equal(response.headers.get(header), expected[header] ?? null, `${name || '/'}: ${header}`);
      }
      if (fs.existsSync(path.join(DIST, `${name || 'index.html'}.gz`))) assert.equal(response.headers.get('content-encoding'), 'gzip', name);
      if (name.endsWith('.wasm')) assert.equal(response.headers.get('content-type'), 'application/wasm', name);
      await response.arrayBuffer();
    }
  } finally {
    nginx.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
