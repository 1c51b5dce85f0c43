// Shared end-to-end plumbing: a loopback static server for the built site,
// headless Chromium through playwright-core, and the privacy checks every
// journey ends with.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { shippedEntry } from '../../web/dist.mjs';
import { withPageConfig } from '../../web/pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = process.env.CAREFIT_DIST || path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'target', 'e2e-artifacts');

/** The name `name` (carefit.css, say) ships under in a build: hashed, from its manifest.json. */
export const shipped = (name, dir = DIST) => shippedEntry(dir, name).file;

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file at `pathname` under `dir`, as a static host answers it: 403
 * outside `dir`, 404 when absent, else 200 with its type, `no-cache` and
 * `extra` headers; gzip when the request accepts it, from the build's own
 * `.gz` beside the file when there is one (nginx gzip_static), else
 * compressed here. A folder answers with its index.html.
 */
export function staticFile(dir, pathname, req, extra = {}) {
  let file = path.join(dir, decodeURIComponent(pathname));
  if (!file.startsWith(dir)) return { status: 403 };
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return { status: 404, body: 'not found' };
  let body = fs.readFileSync(file);
  const head = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', ...extra };
  if ((req.headers['accept-encoding'] || '').includes('gzip')) {
    body = fs.existsSync(`${file}.gz`) ? fs.readFileSync(`${file}.gz`) : zlib.gzipSync(body, { level: 9 });
    head['content-encoding'] = 'gzip';
  }
  return { status: 200, head, body };
}

/**
 * Serves `dir` on 127.0.0.1 with optional extra headers (see staticFile).
 * `pages` adds in-memory HTML pages by path (test pages built from dist).
 * `headers` may be a function of the path, as a host's rules are.
 * The demo pages (examples/), which no build ships, are served from the
 * repository at /examples/, as `./dev serve` serves them.
 */
export async function serve(dir = DIST, { headers = {}, pages = {}, mounts: own = {} } = {}) {
  const mounts = { '/examples/': path.join(ROOT, 'examples'), ...own };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const extra = typeof headers === 'function' ? headers(url.pathname) : headers;
    if (pages[url.pathname]) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...extra }).end(pages[url.pathname]);
      return;
    }
    // `mounts` serves other folders under a path prefix (the bench's peer).
    const mount = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
    const found = staticFile(mount ? mounts[mount] : dir, mount ? url.pathname.slice(mount.length) : url.pathname, req, extra);
    res.writeHead(found.status, found.head).end(found.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Every Chromium here (Playwright's, the bench's Lighthouse, chromedriver's)
 * starts with these; webdriver.mjs adds what Playwright otherwise adds itself.
 */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh page that records every request and every console error. Requests
 * to anywhere but `origin` are blocked and remembered, so a leak fails loudly.
 */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const log = { requests: [], foreign: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    log.requests.push(url);
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    log.foreign.push(url);
    return route.abort();
  });
  page.on('console', (msg) => { if (msg.type() === 'error') log.errors.push(msg.text()); });
  page.on('pageerror', (err) => log.errors.push(String(err)));
  return { context, page, log };
}

/**
 * A real panic in carefit's wasm, through the page: the next node the app
 * inserts is refused, once, and Yew panics on that. The release build
 * aborts at once (a trap, with no message), from the click's event handler.
 * (The app's glue is inside carefit.js, so a test cannot import it.)
 */
export async function panicInTheWasm(page, scope = page, action = 'help') {
  await page.evaluate(() => {
    const { insertBefore, appendChild } = Node.prototype;
    const refuse = () => {
      Object.assign(Node.prototype, { insertBefore, appendChild });
      throw new DOMException('refused by the test', 'HierarchyRequestError');
    };
    Object.assign(Node.prototype, { insertBefore: refuse, appendChild: refuse });
  });
  await act(scope, action);
}

/** Waits until the app (not the static fallback) shows a screen. */
export async function ready(page, screen = 'start') {
  await page.waitForSelector(`[data-screen="${screen}"]`, { timeout: 20000 });
}

export async function screenId(page) {
  return page.locator('[data-screen]').first().getAttribute('data-screen');
}

/** Answers the current question by clicking the labels, as a person would. */
export async function choose(page, question, values) {
  for (const value of [].concat(values)) {
    await page.locator(`input[name="${question}"][value="${value}"]`).click();
  }
}

export async function act(page, action) {
  await page.locator(`[data-action="${action}"]`).first().click();
}

/** Skips questions until `question` shows (age comes first, spec v2). */
export async function skipTo(scope, question) {
  for (let guard = 0; guard < 20 && (await currentQuestion(scope)) !== question; guard++) await act(scope, 'skip');
  await scope.locator(`[data-screen="question"][data-question="${question}"]`).waitFor();
}

/** The question id shown now, or null. */
export async function currentQuestion(page) {
  const el = page.locator('[data-screen="question"]');
  return (await el.count()) ? el.getAttribute('data-question') : null;
}

/** The engine's own verdict for these answers, from the `carefit` binary. */
export function engineVerdict(answers) {
  const bin = process.env.CAREFIT_BIN || path.join(ROOT, 'target', 'debug', 'carefit');
  const out = execFileSync(bin, ['assess', '-'], { input: JSON.stringify(answers) });
  return JSON.parse(out.toString());
}

/** What the page keeps: must be nothing, anywhere. */
export async function storageSnapshot(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: (typeof caches !== 'undefined') ? (await caches.keys()).length : 0,
    url: location.href,
  }));
}

export function artifactPath(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * The single-file kiosk `html`, written to a folder of its own and opened
 * from file:// as a clinic would, in a fresh context (`options`: offline,
 * say). `init` runs on the page before it loads. `requests` collects every
 * request but the file's own and its data: URLs (a kiosk file must make
 * none), `errors` the page's uncaught errors; `close` removes it all.
 */
export async function openSingleFile(browser, html, { options = {}, init } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-single-'));
  const file = path.join(dir, 'carefit-kiosk.html');
  fs.writeFileSync(file, html);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const requests = [];
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  const close = async () => {
    await context.close();
    fs.rmSync(dir, { recursive: true });
  };
  return { page, requests, errors, close };
}

/** The built index.html with a center config in it (inside #carefit), as a center would set it. */
export function pageWithConfig(config) {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // `<` escaped as JSON allows, so text such as "</script>" cannot end the block.
  const json = typeof config === 'string' ? config : JSON.stringify(config).replace(/</g, '\\u003c');
  return withPageConfig(html, json);
}

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page; returns violations. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

/**
 * Answers every question in `scope` (a page, a widget or a frame) from
 * `plan` (question → option id or ids; absent = skip), then submits the
 * review. Returns the level shown. `forWhom` picks the way in (`myself` or
 * `someone_else`); without it, the first.
 */
export async function completeJourney(scope, plan, { forWhom } = {}) {
  if (forWhom) await scope.locator(`[data-action="start"][data-for="${forWhom}"]`).click();
  else await act(scope, 'start');
  for (let guard = 0; guard < 40; guard++) {
    const q = await currentQuestion(scope);
    if (!q) break;
    if (plan[q] === undefined) { await act(scope, 'skip'); continue; }
    await choose(scope, q, plan[q]);
    if ((await screenId(scope)) === 'crisis') await act(scope, 'continue'); else await act(scope, 'next');
  }
  await act(scope, 'next');
  await scope.locator('[data-screen="result"]').waitFor();
  return scope.locator('[data-level]').first().getAttribute('data-level');
}

export const CALM_PLAN = {
  age: 'adult', use_frequency: 'weekly_or_less', substances: ['cannabis'], withdrawal: 'none', medical: 'none',
  self_harm: 'no', mental_health: 'no', daily_life: 'coping', between_sessions: 'yes', history: 'none',
  home: 'supportive', commitments: ['work'], time: 'under_9', format: 'in_person',
};

/**
 * Counts the page's live timers in `window.__liveTimers` (a Set of ids):
 * timeouts leave it when they fire or are cleared, intervals when cleared.
 */
export async function trackTimers(page) {
  await page.addInitScript(() => {
    const live = new Set();
    window.__liveTimers = live;
    const [st, si, ct, ci] = [setTimeout, setInterval, clearTimeout, clearInterval];
    window.setTimeout = (fn, ms, ...rest) => {
      const id = st(() => { live.delete(id); if (typeof fn === 'function') fn(); }, ms, ...rest);
      live.add(id);
      return id;
    };
    window.setInterval = (fn, ms, ...rest) => { const id = si(fn, ms, ...rest); live.add(id); return id; };
    window.clearTimeout = (id) => { live.delete(id); ct(id); };
    window.clearInterval = (id) => { live.delete(id); ci(id); };
  });
}
