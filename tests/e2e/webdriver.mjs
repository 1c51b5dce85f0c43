// One driver layer for Chromium, Firefox and WebKit: the launch of each
// engine's driver, a session on it through selenium-webdriver (the Selenium
// project's W3C WebDriver client, from npm), a logging proxy that refuses
// everything off the test's own origins, and a loopback server that counts
// every request and takes CSP reports. The cross-engine suite
// (tests/engines/) drives all three engines through this file alone;
// nothing here is engine-specific except `ENGINES` and `startDriver`.
//
// Nothing is downloaded. Each driver is one this project installs (Debian's
// chromedriver and WebKitWebDriver, geckodriver from crates.io), started
// here from its explicit path; selenium-webdriver only connects to it
// (`WebDriver.createSession` with an HTTP executor), so its own driver
// finder, Selenium Manager, is never asked. Should anything ask it anyway,
// it fails at once instead of fetching: SE_MANAGER_PATH names no file.
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import selenium from 'selenium-webdriver';
import seleniumHttp from 'selenium-webdriver/http/index.js';
import seleniumCommand from 'selenium-webdriver/lib/command.js';
import { ROOT, DIST, ARTIFACTS, CHROMIUM_ARGS as BASE_CHROMIUM_ARGS, TYPES, staticFile, engineVerdict } from './support.mjs';

export { ROOT, DIST, ARTIFACTS, engineVerdict };

process.env.SE_MANAGER_PATH = path.join(ARTIFACTS, 'no-selenium-manager-here');
process.env.SE_OFFLINE = 'true';

const { WebDriver, WebElement, Capabilities, Origin, error: seleniumErrors } = selenium;

export const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', Escape: '\uE00C',
  ArrowUp: '\uE013', ArrowDown: '\uE015', ArrowLeft: '\uE012', ArrowRight: '\uE014', Shift: '\uE008',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

// Chromium's own traffic (updates, network time, field trials, sign-in)
// is turned off so the proxy sees only what the page asks for: the flags
// every Chromium here gets (support.mjs), and more, as chromedriver adds
// none of those Playwright adds itself.
const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  '--disable-default-apps', '--no-default-browser-check', '--disable-field-trial-config', '--disable-breakpad',
  '--disable-client-side-phishing-detection', '--disable-component-extensions-with-background-pages',
  '--disable-extensions', '--disable-domain-reliability', '--metrics-recording-only', '--no-service-autorun',
  '--password-store=basic', '--disable-search-engine-choice-screen', '--no-pings',
  '--disable-features=Translate,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,MediaRouter,'
    + 'DialMediaRouteProvider,LensOverlay,HttpsUpgrades,AutofillServerCommunication,SigninInterceptBubble',
];

// Firefox's own traffic (updates, telemetry, remote settings, captive-portal
// and connectivity checks, safe browsing) is turned off so the proxy sees
// only what the page asks for; geckodriver sets most of these already.
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.search.update': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'browser.region.update.enabled': false,
  'network.trr.mode': 5,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'security.OCSP.enabled': 0,
  'privacy.resistFingerprinting': false,
};

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * The three engines: how to start each one's driver and what to ask it
 * for. `proxy` is "127.0.0.1:port" of the logging proxy.
 */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    driver: () => ({ cmd: process.env.CHROMEDRIVER || '/usr/bin/chromedriver', args: (port) => [`--port=${port}`] }),
    capabilities: ({ proxy, prefs = {}, args = [] }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM || '/usr/bin/chromium',
        // Loopback normally skips the proxy in Chromium; `<-loopback>` sends it
        // there too, so the proxy sees (and forwards) every request.
        args: [...CHROMIUM_ARGS, '--window-size=1280,900', '--proxy-bypass-list=<-loopback>', ...args],
        prefs,
      },
      proxy: { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy },
    }),
  },
  firefox: {
    name: 'Firefox',
    driver: () => ({
      cmd: process.env.GECKODRIVER || 'geckodriver',
      // Release builds ignore geckodriver's stand-in remote-settings server
      // (a data: URL) unless this is in Firefox's environment.
      env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      args: (port) => ['--port', String(port), '--websocket-port', '0', '--binary', process.env.FIREFOX || '/usr/bin/firefox-esr'],
    }),
    capabilities: ({ proxy, prefs = {}, args = [] }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1280', '-height=900', ...args],
        // Loopback skips a proxy unless hijacking is allowed: then the proxy
        // sees every request, the test server's included.
        prefs: { ...FIREFOX_PREFS, 'network.proxy.allow_hijacking_localhost': true, ...prefs },
      },
      proxy: { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy },
    }),
  },
  webkit: {
    name: 'WebKit',
    // MiniBrowser has no headless mode: the driver (and the browser it
    // starts) runs on a virtual X display.
    driver: () => ({ cmd: 'xvfb-run', args: (port) => ['-a', '-s', '-screen 0 1600x1200x24', process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', `--port=${port}`] }),
    capabilities: ({ proxy, args = [] }) => ({
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
      proxy: { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy },
    }),
  },
};

export function engineVersion(engine) {
  const run = (cmd, args) => { try { return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return null; } };
  if (engine === 'chromium') return run(process.env.CHROMIUM || '/usr/bin/chromium', ['--version']);
  if (engine === 'firefox') return run(process.env.FIREFOX || '/usr/bin/firefox-esr', ['--version']);
  return run('dpkg-query', ['-W', '-f=WebKitGTK ${Version}', 'libwebkit2gtk-4.1-0']);
}

/** Why an engine cannot run here, or null when its driver and browser exist. */
export function missing(engine) {
  const which = (cmd) => { try { execFileSync('sh', ['-c', `command -v "${cmd}"`], { stdio: 'ignore' }); return true; } catch { return false; } };
  const need = {
    chromium: [[process.env.CHROMEDRIVER || '/usr/bin/chromedriver', 'chromium-driver'], [process.env.CHROMIUM || '/usr/bin/chromium', 'chromium']],
    firefox: [[process.env.GECKODRIVER || 'geckodriver', 'geckodriver (cargo install geckodriver)'], [process.env.FIREFOX || '/usr/bin/firefox-esr', 'firefox-esr']],
    webkit: [[process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', 'webkit2gtk-driver'], ['xvfb-run', 'xvfb'], [MINIBROWSER, 'webkit2gtk-driver (MiniBrowser)']],
  }[engine];
  const lacking = need.filter(([cmd]) => !which(cmd)).map(([, pkg]) => pkg);
  return lacking.length ? `not installed: ${lacking.join(', ')} (./dev test installs them)` : null;
}

/** Starts the engine's WebDriver server on a free port; `stop()` ends it and its children. */
export async function startDriver(engine) {
  const { cmd, args, env = {} } = ENGINES[engine].driver();
  const port = await freePort();
  // The driver's own log goes to a file (a pipe it outlives would break it).
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const logFile = path.join(ARTIFACTS, `${engine}-driver.log`);
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(cmd, args(port), { detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  fs.closeSync(fd);
  const output = () => fs.readFileSync(logFile, 'utf8').slice(-4000);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited (${child.exitCode}): ${output()}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok && (await res.json()).value?.ready !== false) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`${cmd} did not start: ${output()}`);
    await sleep(100);
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    await Promise.race([exited, sleep(3000)]);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  return { url, stop, output };
}

/** A driver's refusal, as the W3C names it (`error`: "no such window", …). */
export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value.error}: ${(value.message || '').split('\n')[0]}`);
    this.error = value.error;
  }
}

/** Runs `call`, turning selenium-webdriver's errors into WebDriverError (W3C error code in the message). */
async function w3c(command, call) {
  try {
    return await call();
  } catch (e) {
    if (e instanceof seleniumErrors.WebDriverError) throw new WebDriverError(command, seleniumErrors.encodeError(e));
    throw e;
  }
}

/** Takes an element as find() or execute() return it (a WebElement) or as a raw W3C reference. */
function asElement(driver, element) {
  return element instanceof WebElement ? element : new WebElement(driver, WebElement.extractId(element));
}

/** A WebDriver classic session through selenium-webdriver: the few commands the suite uses. */
export class Session {
  constructor(driver, driverUrl, id, capabilities, engine) {
    this.driver = driver;
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
    this.engine = engine;
  }

  static async create(driverUrl, engine, capabilities) {
    const executor = new seleniumHttp.Executor(new seleniumHttp.HttpClient(driverUrl));
    const driver = WebDriver.createSession(executor, new Capabilities(capabilities));
    const session = await w3c('POST /session', () => driver.getSession());
    const caps = session.getCapabilities();
    const plain = Object.fromEntries([...caps.keys()].map((key) => [key, caps.get(key)]));
    const s = new Session(driver, driverUrl, session.getId(), plain, engine);
    await w3c('POST /timeouts', () => driver.manage().setTimeouts({ script: 30000, pageLoad: 30000, implicit: 0 }));
    return s;
  }

  /**
   * Any command of the session by its route (`POST /back`, a vendor's
   * `/goog/cdp/execute`): defined once on the executor, sent with `body`.
   */
  cmd(method, route, body) {
    const name = `carefit ${method} ${route}`;
    this.driver.getExecutor().defineCommand(name, method, `/session/:sessionId${route}`);
    return w3c(`${method} ${route}`, () => this.driver.execute(new seleniumCommand.Command(name).setParameters(body ?? {})));
  }

  navigate(url) { return w3c('POST /url', () => this.driver.get(url)); }
  url() { return w3c('GET /url', () => this.driver.getCurrentUrl()); }
  quit() { return this.driver.quit().catch(() => {}); }
  setWindowSize(width, height) { return w3c('POST /window/rect', () => this.driver.manage().window().setRect({ width, height })); }
  async screenshot(file) { fs.writeFileSync(file, Buffer.from(await w3c('GET /screenshot', () => this.driver.takeScreenshot()), 'base64')); }
  /** The W3C Print Page command with `options` as its body; the PDF in base64. */
  printPdf(options = {}) { return this.cmd('POST', '/print', options); }

  /** Runs a script's source with `args`; returns its value (elements as WebElements). */
  script(source, ...args) { return w3c('POST /execute/sync', () => this.driver.executeScript(source, ...args)); }

  /** Runs `fn` (a function, or a function's source) in the page with `args`; returns its value. */
  execute(fn, ...args) { return this.script(`return (${fn}).apply(null, arguments)`, ...args); }

  /** Runs a script's source as it is (a library to load into the page, say). */
  executeSource(source) { return this.script(source); }

  /** As execute, for an async function: its promise is awaited in the page. */
  async executeAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ ok: value }), (e) => done({ error: String(e && e.stack || e) }));`;
    const r = await w3c('POST /execute/async', () => this.driver.executeAsyncScript(script, ...args));
    if (r && 'error' in r) throw new Error(`in page: ${r.error}`);
    return r?.ok;
  }

  click(element) { return w3c('POST /element/click', () => asElement(this.driver, element).click()); }
  sendKeys(element, text) { return w3c('POST /element/value', () => asElement(this.driver, element).sendKeys(text)); }

  /** Presses keys in order (each down and up), to whatever has focus. */
  keys(...names) {
    const actions = this.driver.actions({ async: true });
    for (const name of names) {
      const value = KEYS[name] ?? name;
      actions.keyDown(value).keyUp(value);
    }
    return w3c('POST /actions', () => actions.perform());
  }

  /** Moves the mouse through viewport points, as a person's hand would. */
  moveMouse(points) {
    const actions = this.driver.actions({ async: true });
    for (const [x, y] of points) actions.move({ x, y, origin: Origin.VIEWPORT, duration: 50 });
    return w3c('POST /actions', () => actions.perform());
  }

  /** Polls `fn(...args)` in the page until it returns something truthy. */
  async waitUntil(fn, args = [], { timeout = 20000, interval = 50, message } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.execute(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A navigation under way is not a failure yet.
        if (!/no such window|unexpected alert|javascript error|stale|detached|navigat/i.test(e.message)) throw e;
        last = e.message;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${message || fn.toString().slice(0, 160)} (last: ${JSON.stringify(last)})`);
      await sleep(interval);
    }
  }

  /** A view of the page, or of one widget's Shadow DOM (`host` is a CSS selector). */
  scope(host = null) { return new Scope(this, host); }
}

/**
 * Finds within the document or inside one element's open shadow root. The
 * page-side lookup runs as script, so it works the same in every engine
 * (WebKitWebDriver's shadow-root commands are not needed).
 */
function lookup(host, css, all) {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  if (!root) return all ? [] : null;
  return all ? [...root.querySelectorAll(css)] : root.querySelector(css);
}

export class Scope {
  constructor(session, host) { this.s = session; this.host = host; }

  /** Runs `fn(root, ...args)` with the scope's root (document or the shadow root). */
  run(fn, ...args) {
    // Built as one script, never through eval, which a strict CSP forbids.
    return this.s.script(`const host = arguments[0];
        const root = host ? document.querySelector(host)?.shadowRoot : document;
        if (!root) throw new Error('no such scope ' + host);
        return (${fn}).apply(null, [root, ...Array.prototype.slice.call(arguments, 1)]);`, this.host, ...args);
  }

  async find(css, { timeout = 20000 } = {}) {
    const found = await this.s.waitUntil(lookup, [this.host, css, false], { timeout, message: `${css} in ${this.host || 'document'}` });
    return found;
  }

  async waitFor(css, { timeout = 20000, visible = false } = {}) {
    if (!visible) return this.find(css, { timeout });
    return this.s.waitUntil(function (host, css) {
      const root = host ? document.querySelector(host)?.shadowRoot : document;
      const el = root?.querySelector(css);
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' ? el : null;
    }, [this.host, css], { timeout, message: `${css} visible` });
  }

  async waitGone(css, { timeout = 20000 } = {}) {
    await this.s.waitUntil((host, css) => !(host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(css),
      [this.host, css], { timeout, message: `${css} gone` });
  }

  count(css) { return this.run((root, css) => root.querySelectorAll(css).length, css); }
  attr(css, name) { return this.run((root, css, name) => root.querySelector(css)?.getAttribute(name) ?? null, css, name); }
  text(css) { return this.run((root, css) => root.querySelector(css)?.innerText ?? null, css); }
  checked(css) { return this.run((root, css) => !!root.querySelector(css)?.checked, css); }

  // As a person does: bring the target into view clear of the pinned help
  // bar (its scroll-margin), then tap. WebDriver alone taps anything whose
  // centre is on screen, even under the bar.
  async click(css) {
    const element = await this.find(css);
    await this.s.execute((e) => e.scrollIntoView({ block: 'nearest' }), element);
    await this.s.click(element);
  }

  // The journey vocabulary the Chromium tests use (support.mjs), engine-free.
  screenId() { return this.attr('[data-screen]', 'data-screen'); }
  currentQuestion() { return this.attr('[data-screen="question"]', 'data-question'); }
  async act(action) { await this.click(`[data-action="${action}"]`); }
  async choose(question, values) {
    for (const value of [].concat(values)) await this.click(`input[name="${question}"][value="${value}"]`);
  }
  async ready(screen = 'start') { await this.find(`[data-screen="${screen}"]`); }
}

/**
 * Answers every question in `scope` from `plan` (question → option id or
 * ids; absent = skip), continuing past the crisis screen, then submits the
 * review. Returns the level shown. One helper for every engine.
 */
export async function completeJourney(scope, plan, { hooks = {} } = {}) {
  await scope.act('start');
  await walk(scope, plan, hooks);
  await scope.act('next');
  await scope.find('[data-screen="result"]');
  return scope.attr('[data-level]', 'data-level');
}

/** From the first question to the review: answers, skips, and the crisis screen's way on. */
export async function walk(scope, plan, hooks = {}) {
  for (let guard = 0; guard < 40; guard++) {
    const q = await scope.currentQuestion();
    if (!q) break;
    if (plan[q] === undefined) await scope.act('skip');
    else {
      await scope.choose(q, plan[q]);
      if ((await scope.screenId()) === 'crisis') await scope.act('continue');
      else await scope.act('next');
    }
    if (hooks[q]) await hooks[q](scope);
  }
  await scope.find('[data-screen="review"]');
}

/** The levels and flags the page shows. */
export function shownVerdict(scope) {
  return scope.run((root) => ({
    level: root.querySelector('[data-level]')?.getAttribute('data-level') ?? null,
    flags: [...root.querySelectorAll('[data-flag]')].map((e) => e.dataset.flag).sort(),
  }));
}

// ---------------------------------------------------------------------------
// The network around the browser.

/**
 * Serves `dir` on 127.0.0.1 and remembers every request. Options:
 * `headers` for every response; `pages` (path → HTML, or a
 * function that makes it at each request) in memory; `scripts`
 * (path → JS) in memory, for scripts a page loads before carefit.js (the
 * stand-in for an init script, which classic WebDriver lacks); `hold`
 * (a RegExp of paths whose response waits until `release()`); `refuse`
 * (a RegExp of paths answered by a dropped connection). POSTs to
 * `/csp-report` are CSP violation reports, kept in `reports`.
 */
export async function serveLogged(dir = DIST, { headers = {}, pages = {}, scripts = {}, hold = null, refuse = null } = {}) {
  const requests = [];
  const reports = [];
  let release;
  let gate = new Promise((r) => { release = r; });
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push({ method: req.method, path: url.pathname + url.search });
    if (url.pathname === '/csp-report' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      try { reports.push(JSON.parse(body)); } catch { reports.push({ raw: body }); }
      res.writeHead(204).end();
      return;
    }
    if (refuse && refuse.test(url.pathname)) { req.socket.destroy(); return; }
    if (hold && hold.test(url.pathname)) await gate;
    if (pages[url.pathname] !== undefined) {
      const page = typeof pages[url.pathname] === 'function' ? pages[url.pathname]() : pages[url.pathname];
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache', ...headers }).end(page);
      return;
    }
    if (scripts[url.pathname] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache', ...headers }).end(scripts[url.pathname]);
      return;
    }
    const found = staticFile(dir, url.pathname, req, headers);
    res.writeHead(found.status, found.status === 404 ? headers : found.head).end(found.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, requests, reports,
    release: () => release(),
    rearm: () => { gate = new Promise((r) => { release = r; }); },
    clear: () => { requests.length = 0; reports.length = 0; },
    close: () => { release(); server.closeAllConnections?.(); return new Promise((r) => server.close(r)); },
  };
}

/**
 * An HTTP proxy on 127.0.0.1 every engine is pointed at. It forwards
 * requests for the `allowed` origins (the test servers, when an engine
 * routes loopback through it) and records and refuses everything else —
 * plain requests, HTTPS tunnels (CONNECT) and WebSocket upgrades alike.
 */
export async function startProxy() {
  const allowed = new Set();
  const refused = [];
  const forwarded = [];
  const server = http.createServer((req, res) => {
    let target;
    try { target = new URL(req.url); } catch { res.writeHead(400).end(); return; }
    if (!allowed.has(target.origin)) {
      refused.push(`${req.method} ${req.url}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    forwarded.push(`${req.method} ${req.url}`);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, connection: 'close' } }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    refused.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  // Anything that is not HTTP (a TLS handshake sent to the proxy, say) is
  // refused and remembered too.
  server.on('clientError', (err, socket) => {
    refused.push(`unreadable connection (${err.code})`);
    socket.destroy();
  });
  server.on('upgrade', (req, socket) => {
    refused.push(`UPGRADE ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    address: `127.0.0.1:${server.address().port}`,
    allowed, refused, forwarded,
    allow: (origin) => allowed.add(origin),
    clear: () => { refused.length = 0; forwarded.length = 0; },
    close: () => { server.closeAllConnections?.(); return new Promise((r) => server.close(r)); },
  };
}
