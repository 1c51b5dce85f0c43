// The widget proven in each engine — Chromium, Firefox and WebKit (Safari's
// engine) — through one WebDriver classic layer (../e2e/webdriver.mjs) and
// one journey helper. Every check is engine-independent: the loopback
// servers count every request, a logging proxy refuses and records every
// off-origin one, CSP violations come back as reports, storage is read by
// page script. Where the engines differ (largest-contentful-paint, forced
// colours, print), the difference itself is what is checked.
//
// Each engine's file (chromium.test.mjs, …) calls `engineSuite(engine)`.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  ENGINES, DIST, ROOT, Session, startDriver, startProxy, serveLogged, missing, engineVersion,
  completeJourney, walk, shownVerdict, engineVerdict,
} from '../e2e/webdriver.mjs';
import { shippedEntry } from '../../web/dist.mjs';
import { withPageConfig } from '../../web/pages.mjs';
import { strictPolicy } from '../e2e/policy.mjs';

// The one strict policy for every page (tests/e2e/policy.mjs), and where
// this suite's server takes the reports of anything it blocks.
const REPORTED_CSP = `${strictPolicy(DIST)}; report-uri /csp-report`;

const CALM = {
  age: 'adult', use_frequency: 'weekly_or_less', substances: ['cannabis'], withdrawal: 'none', medical: 'none',
  self_harm: 'no', mental_health: 'no', daily_life: 'coping', between_sessions: 'yes', history: 'none',
  home: 'supportive', commitments: ['work'], time: 'under_9', format: 'in_person',
};
const WORKED = (() => {
  const plan = { ...CALM, mental_health: 'no_care', between_sessions: 'not_sure', substances: ['alcohol'] };
  delete plan.format;
  return plan;
})();
const JOURNEYS = {
  'a calm journey': [CALM, 'OUT'],
  'the spec\'s worked example': [WORKED, 'IOP'],
  'relapse after residential care': [{ ...CALM, use_frequency: 'daily', substances: ['alcohol', 'opioids'], withdrawal: 'strong',
    history: 'residential', since: 'relapsed', time: '9_to_19', format: 'either' }, 'PHP'],
  'most questions skipped': [{ use_frequency: 'daily', home: 'alone' }, 'none'],
};
// One plan per result level, for axe (accessibility.test.mjs's).
const RESULT_PLANS = {
  OUT: { ...CALM, format: 'either' },
  IOP: { use_frequency: 'daily', withdrawal: 'mild', medical: 'none', self_harm: 'past_month', mental_health: 'in_care', daily_life: 'coping', between_sessions: 'yes', history: 'residential', since: 'cravings', home: 'alone', time: 'under_9', format: 'virtual' },
  PHP: { use_frequency: 'daily', substances: ['alcohol'], withdrawal: 'strong', medical: 'needs_care', self_harm: 'no', mental_health: 'no_care', daily_life: 'not_coping', between_sessions: 'no', history: 'none', home: 'supportive', time: '9_to_19' },
  RES: { use_frequency: 'daily', substances: ['sedatives'], withdrawal: 'severe', medical: 'none', self_harm: 'now', mental_health: 'no', daily_life: 'coping', between_sessions: 'no', history: 'none', home: 'unsafe', time: '20_plus' },
  none: { self_harm: 'no', home: 'alone' },
};
/** Spec v2: a teen's result, asked by someone else, about mental health alone. */
const FAMILY_PLAN = { age: 'under_18', use_frequency: 'none', medical: 'none', self_harm: 'past_month', mental_health: 'no_care', daily_life: 'struggling', history: 'none', home: 'supportive' };
const HELP_NUMBERS = ['988', '1-800-662-4357', '911', 'Intensive outpatient'];

/**
 * What each engine is known to have, measured on this project's machines
 * (Chromium 156, Firefox ESR 153, WebKitGTK 2.50): the suite asserts these,
 * so an engine that gains or loses one is noticed either way.
 */
const PLATFORM = {
  chromium: { lcp: true, forcedColors: 'emulated (DevTools protocol through chromedriver)', print: true, back: 'bfcache' },
  firefox: { lcp: true, forcedColors: 'the browser.display.document_color_use pref', print: true, back: 'reload, restoring form state' },
  webkit: { lcp: false, forcedColors: null, print: false, back: 'bfcache' },
};

// Page scripts, served from the page's own origin (so the strict CSP allows
// them) and loaded before carefit.js: classic WebDriver has no init scripts.
const WATCH = `window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const consoleError = console.error;
console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); consoleError.apply(console, args); };
window.__lcp = [];
window.__paints = [];
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__paints.push(e.name); }).observe({ type: 'paint', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp.push(e.startTime); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  }
} catch (e) { window.__errors.push('observer: ' + e); }`;
// An older browser: no WebAssembly at all when carefit.js runs.
const NO_WASM = 'Object.defineProperty(window, "WebAssembly", { value: undefined, configurable: true });';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** A PDF's bytes as text with every Flate stream inflated (objects and page contents). */
function pdfText(bytes) {
  const raw = bytes.toString('latin1');
  let out = raw;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try { out += zlib.inflateSync(bytes.subarray(start, end)).toString('latin1'); } catch { /* not Flate */ }
  }
  return out;
}

function readIndex(dir = DIST) { return fs.readFileSync(path.join(dir, 'index.html'), 'utf8'); }

/** The page with test scripts loaded first, and a center config if given. */
function instrumented(html, { scripts = ['/__watch.js'], config } = {}) {
  let out = (typeof html === 'function' ? html() : html).replace('<head>', `<head>${scripts.map((s) => `<script src="${s}"></script>`).join('')}`);
  if (config) out = withPageConfig(out, JSON.stringify(config).replace(/</g, '\\u003c'));
  return out;
}

/**
 * kiosk.html with its config replaced by `text`, as a clinic typed it, and
 * without kiosk.js (whose service worker would cache files for the tests
 * after it): kiosk mode comes from the page's own head.
 */
function kioskWithConfig(text) {
  const html = fs.readFileSync(path.join(DIST, 'kiosk.html'), 'utf8')
    .replace(/<script type="module" src="kiosk\.[\w-]+\.js" integrity="[^"]+"><\/script>/, '');
  return html.replace(/(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/, (all, open, close) => `${open}${text}${close}`);
}
/** Mistakes made editing a kiosk's config by hand, and the field its notice names. */
const KIOSK_MISTAKES = {
  '/kiosk-comma.html': ['{ "center_name": "Hope House", "phone": "(555) 010-2000", }', 'config'],
  '/kiosk-typo.html': ['{ "mode": "Kiosk", "center_name": "Hope House", "phone": "(555) 010-2000" }', 'mode'],
};

const partnerPage = (centerOrigin, widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Partner</title><link rel="icon" href="data:,"><script src="/__watch.js"></script>
<script type="module" src="${centerOrigin}/carefit.js"></script></head>
<body><main><h1>Partner page</h1>${widget}</main></body></html>`;

/** The files a standalone page may load, each exactly once. */
const shippedPath = (name) => `/${shippedEntry(DIST, name).file}`;
const APP_FILES = ['carefit-web_bg.wasm', 'carefit.css', 'carefit.js'].map(shippedPath).sort();
/**
 * A journey's: the app's, and the English words file, asked for on every
 * Start whatever the answers (a request that waited for an answer would
 * tell it to the server).
 */
const JOURNEY_FILES = [...APP_FILES, shippedPath('carefit-words-en.json')].sort();
/** And index.html's: its stylesheet, carefit.js and fallback.js are inside it. */
const PAGE_FILES = JOURNEY_FILES.filter((file) => ![shippedPath('carefit.css'), shippedPath('carefit.js')].includes(file));

export function engineSuite(engine) {
  const why = missing(engine);
  // In CI (`./dev test` sets this) a missing engine is a failure, not a skip.
  const required = process.env.CAREFIT_REQUIRE_ENGINES === '1';
  const name = ENGINES[engine].name;

  describe(`${name}: the widget in ${name}`, { skip: !required && why ? why : false }, () => {
    let driver, session, proxy, main, partner, center, cspServer, slow, blocked, tampered, tamperedDir;
    const expect = PLATFORM[engine];

    before(async () => {
      if (why) throw new Error(`${name}: ${why}`);
      proxy = await startProxy();
      // Read at each request, so the pages always match the files beside them.
      const index = () => readIndex();
      const tamperedIndex = () => readIndex(tamperedDir);
      const KIOSK = { mode: 'kiosk', center_name: 'Hope House', phone: '(555) 010-2000', kiosk: { idle_seconds: 2, countdown_seconds: 2 } };
      const scripts = { '/__watch.js': WATCH, '/__no-wasm.js': NO_WASM };
      main = await serveLogged(DIST, {
        scripts,
        pages: {
          '/watched.html': () => instrumented(index),
          '/kiosk-fast.html': () => instrumented(index, { config: KIOSK }),
          '/kiosk-print.html': () => instrumented(index, { config: { ...KIOSK, kiosk: { idle_seconds: 300, countdown_seconds: 20 } } }),
          '/old.html': () => instrumented(index, { scripts: ['/__watch.js', '/__no-wasm.js'] }),
          ...Object.fromEntries(Object.entries(KIOSK_MISTAKES).map(([url, [text]]) => [url, () => instrumented(kioskWithConfig(text))])),
          // A plain form, as a control for the engine's own form restoration.
          '/plain-form.html': instrumented('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>f</title></head><body>'
            + '<form><input type="radio" name="x" value="a" id="a"><label for="a">a</label>'
            + '<input type="radio" name="x" value="b" id="b"><label for="b">b</label></form></body></html>'),
          // index.html as a browser runs it when none of its scripts can run.
          '/no-modules.html': () => instrumented(index).replace(/<script (?:type="module"|nomodule)[^>]*>[\s\S]*?<\/script>/g, ''),
        },
      });
      // The center's bundle on one origin, a partner's page on another.
      center = await serveLogged(DIST, { headers: { 'access-control-allow-origin': '*' } });
      partner = await serveLogged(DIST, {
        scripts,
        pages: {
          '/partner.html': partnerPage(center.origin, `<carefit-widget center-name="Hope House" phone="555-010-2000"
            contact-url="https://hope.example/contact"></carefit-widget>`),
        },
      });
      cspServer = await serveLogged(DIST, {
        headers: { 'content-security-policy': REPORTED_CSP },
        scripts,
        pages: {
          '/watched.html': () => instrumented(index),
          // The control: an image the policy forbids must be reported.
          '/forbidden.html': instrumented('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>c</title></head>'
            + '<body><img alt="" src="http://forbidden.invalid/x.png"></body></html>'),
        },
      });
      slow = await serveLogged(DIST, { scripts, hold: /\.wasm$/, pages: { '/watched.html': () => instrumented(index) } });
      blocked = await serveLogged(DIST, { scripts, refuse: /\.wasm$/, pages: { '/watched.html': () => instrumented(index) } });
      tamperedDir = fs.mkdtempSync(path.join(os.tmpdir(), `carefit-${engine}-tampered-`));
      fs.cpSync(DIST, tamperedDir, { recursive: true });
      const wasm = path.join(tamperedDir, shippedEntry(DIST, 'carefit-web_bg.wasm').file);
      const bytes = fs.readFileSync(wasm);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      fs.writeFileSync(wasm, bytes);
      for (const copy of ['.gz', '.br']) fs.rmSync(wasm + copy, { force: true });
      tampered = await serveLogged(tamperedDir, { scripts, pages: { '/watched.html': () => instrumented(tamperedIndex) } });
      for (const s of [main, center, partner, cspServer, slow, blocked, tampered]) proxy.allow(s.origin);

      driver = await startDriver(engine);
      session = await Session.create(driver.url, engine, ENGINES[engine].capabilities({ proxy: proxy.address }));
      console.log(`${name}: ${session.capabilities.browserName} ${session.capabilities.browserVersion} (${engineVersion(engine)})`);
    });

    after(async () => {
      await session?.quit();
      await driver?.stop();
      for (const s of [main, center, partner, cspServer, slow, blocked, tampered]) await s?.close();
      await proxy?.close();
      if (tamperedDir) fs.rmSync(tamperedDir, { recursive: true, force: true });
    });

    /** Loads `url` and waits for the app's first screen. */
    async function open(url, screen = 'start') {
      await session.navigate(url);
      const page = session.scope();
      await page.ready(screen);
      return page;
    }

    /** What the page wrote anywhere, read by page script. */
    function storage() {
      return session.executeAsync(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        idb: indexedDB.databases ? (await indexedDB.databases()).length : 'no indexedDB.databases()',
        caches: typeof caches !== 'undefined' ? (await caches.keys()).length : 'no caches',
        url: location.href,
      }));
    }

    /**
     * The promises every journey keeps: exactly the app's files from the
     * test origin, each once; nothing off-origin; nothing stored; nothing
     * added to the URL; no error on the page.
     */
    async function assertPrivate(server, pagePath, { files = PAGE_FILES } = {}) {
      const own = server.requests.map((r) => r.path).sort();
      assert.deepEqual(own, [...files, pagePath, '/__watch.js'].sort(), 'every request on the test server');
      assert.deepEqual(offOrigin(), [], 'no request leaves the test origin');
      const store = await storage();
      const idbKnown = typeof store.idb === 'number';
      assert.deepEqual(
        { cookie: store.cookie, local: store.local, session: store.session, idb: idbKnown ? store.idb : 0, caches: store.caches },
        { cookie: '', local: 0, session: 0, idb: 0, caches: 0 },
      );
      assert.equal(store.url, server.origin + pagePath, 'nothing is added to the URL');
      assert.deepEqual(await session.execute(() => window.__errors), []);
    }

    /**
     * What the proxy refused, less the browser's own service traffic
     * (Chromium's component updater and account check ask Google even with
     * background networking off; they are not the page's requests and are
     * listed in the log). Firefox and WebKit send none with these settings.
     */
    const BROWSER_OWN = {
      chromium: /^(CONNECT (update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com):443|[A-Z]+ http:\/\/(update\.googleapis\.com|clients2\.google\.com)\/)/,
      firefox: /^$/,
      webkit: /^$/,
    }[engine];
    function offOrigin() {
      const own = proxy.refused.filter((r) => BROWSER_OWN.test(r));
      if (own.length) console.log(`${name}'s own service traffic, refused: ${[...new Set(own.map((r) => r.split('?')[0]))].join(', ')}`);
      return proxy.refused.filter((r) => !BROWSER_OWN.test(r));
    }

    async function expectVerdict(page, answers) {
      const verdict = engineVerdict(answers);
      const shown = await shownVerdict(page);
      assert.deepEqual(shown, { level: verdict.level ?? 'none', flags: verdict.flags }, `for ${JSON.stringify(answers)}`);
      return verdict;
    }

    async function axe(scopeName) {
      if (!(await session.execute(() => !!window.axe))) await session.executeSource(AXE);
      const violations = await session.executeAsync(async () => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
        });
        return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
      });
      return violations.length ? [{ screen: scopeName, violations }] : [];
    }

    const fresh = (...servers) => { for (const s of servers) s.clear(); proxy.clear(); };

    for (const [title, [plan, level]] of Object.entries(JOURNEYS)) {
      test(`journey: ${title} gives ${level}, as the engine does; nothing leaves, nothing is stored`, async () => {
        fresh(main);
        const page = await open(main.origin + '/watched.html');
        assert.equal(await completeJourney(page, plan), level);
        await expectVerdict(page, plan);
        if (level === 'IOP') {
          assert.deepEqual(await page.run((root) => [...root.querySelectorAll('[data-rule]')].map((e) => e.dataset.rule)), ['R9', 'R12']);
        }
        await assertPrivate(main, '/watched.html');
      });
    }

    test('the crisis interrupt: self_harm = now shows crisis first (data-reason="self_harm"); help opens it as "help"', async () => {
      fresh(main);
      const page = await open(main.origin + '/watched.html');
      await page.act('start');
      await page.act('help');
      assert.equal(await page.attr('[data-screen="crisis"]', 'data-reason'), 'help');
      await page.act('continue');
      assert.equal(await page.currentQuestion(), 'age', 'help leads back where the person was');
      const plan = { ...CALM, self_harm: 'now' };
      while ((await page.currentQuestion()) !== 'self_harm') {
        const q = await page.currentQuestion();
        await page.choose(q, plan[q]);
        await page.act('next');
      }
      await page.choose('self_harm', 'now');
      assert.equal(await page.screenId(), 'crisis', 'crisis comes before anything else');
      assert.equal(await page.attr('[data-screen="crisis"]', 'data-reason'), 'self_harm');
      for (const href of ['tel:988', 'tel:911', 'sms:988']) {
        assert.equal(await page.count(`[data-screen="crisis"] a[href="${href}"]`), 1, href);
      }
      await page.act('continue');
      assert.equal(await page.currentQuestion(), 'mental_health');
      await walk(page, plan);
      await page.act('next');
      await page.find('[data-screen="result"]');
      assert.equal((await expectVerdict(page, plan)).level, 'RES');
      assert.equal(await page.count('[data-flag="emergency"] a[href="tel:988"]'), 1);
      await assertPrivate(main, '/watched.html');
    });

    test('severe withdrawal shows crisis help at once (data-reason="withdrawal"), then goes on', async () => {
      fresh(main);
      const page = await open(main.origin + '/watched.html');
      await page.act('start');
      while ((await page.currentQuestion()) !== 'withdrawal') await page.act('skip');
      await page.choose('withdrawal', 'severe');
      assert.equal(await page.screenId(), 'crisis', 'help comes before any further question');
      assert.equal(await page.attr('[data-screen="crisis"]', 'data-reason'), 'withdrawal');
      for (const href of ['tel:911', 'tel:988']) {
        assert.equal(await page.count(`[data-screen="crisis"] a[href="${href}"]`), 1, href);
      }
      assert.match(await page.run((root) => root.querySelector('[data-screen="crisis"]').textContent), /deadly/);
      await page.act('continue');
      assert.equal(await page.currentQuestion(), 'medical', 'the answer kept, the next question');
      await assertPrivate(main, '/watched.html');
    });

    test('on a phone (390 × 844): "Need help now?" stays in view, a new screen opens at its top, Back keeps the answer shown', async () => {
      const before = await session.cmd('GET', '/window/rect');
      await session.setWindowSize(390, 844);
      try {
        fresh(main);
        const page = await open(main.origin + '/watched.html');
        const state = () => session.execute(() => {
          const bar = document.querySelector('.carefit .cf-bar');
          const help = bar.querySelector('[data-action="help"]')?.getBoundingClientRect();
          const back = document.querySelector('[data-screen] [data-action="back"]')?.getBoundingClientRect();
          return {
            help: help && { top: help.top, bottom: help.bottom }, barBottom: bar.getBoundingClientRect().bottom,
            back: back && back.top, appTop: document.querySelector('.carefit').getBoundingClientRect().top,
            height: innerHeight, scrollY, tall: document.documentElement.scrollHeight > innerHeight,
            focused: document.activeElement?.tagName ?? null,
          };
        });
        const inView = (s, where) => {
          assert.ok(s.help, `${where}: the help button is there`);
          assert.ok(s.help.top >= 0 && s.help.bottom <= s.height, `${where}: help in view ${JSON.stringify(s)}`);
        };
        const first = await state();
        assert.equal(first.scrollY, 0, 'the first screen does not move the page');
        assert.equal(first.focused, 'BODY', 'nor takes the focus');
        await page.act('start');
        await page.choose('age', 'adult');
        await page.act('next');
        await page.choose('use_frequency', 'daily');
        await page.act('next');
        await page.find('[data-question="substances"]');
        await session.execute(() => scrollTo(0, document.documentElement.scrollHeight));
        inView(await state(), 'scrolled to the end of a question');
        await page.choose('substances', ['opioids']);
        await page.act('next');
        await page.find('[data-question="withdrawal"]');
        const opened = await state();
        assert.ok(opened.appTop >= -1 && opened.appTop < opened.height, `the new screen opens at its top: ${JSON.stringify(opened)}`);
        assert.ok(opened.back >= opened.barBottom - 1, 'the pinned bar covers nothing: Back shows below it');
        assert.match(opened.focused, /^H[1-4]$/, 'its heading has the focus');
        await page.act('back');
        await page.find('[data-question="substances"]');
        assert.deepEqual(await session.execute(() => [...document.querySelectorAll('input[name="substances"]:checked')].map((e) => e.value)),
          ['opioids'], 'Back shows the kept answer as chosen');
        await page.act('next');
        await walk(page, { ...CALM, use_frequency: 'daily', substances: ['opioids'], withdrawal: 'strong' });
        await page.act('next');
        await page.find('[data-screen="result"]');
        await session.execute(() => scrollTo(0, document.documentElement.scrollHeight));
        const end = await state();
        assert.ok(end.tall && end.scrollY > 0, 'a result is longer than a phone screen');
        inView(end, 'at the end of a result');
      } finally {
        await session.setWindowSize(before.width, before.height);
      }
    });

    test('review edits (a new treatment history brings in "since"), then start over leaves nothing', async () => {
      fresh(main);
      const page = await open(main.origin + '/watched.html');
      await page.act('start');
      await walk(page, { ...CALM, use_frequency: 'daily' });
      await page.click('[data-action="change"][data-question="history"]');
      await page.choose('history', 'intensive');
      await page.click('[data-action="change"][data-question="since"]');
      await page.choose('since', 'relapsed');
      await page.click('[data-action="change"][data-question="home"]');
      await page.choose('home', 'unsafe');
      await page.act('next');
      await page.find('[data-screen="result"]');
      const edited = { ...CALM, use_frequency: 'daily', history: 'intensive', since: 'relapsed', home: 'unsafe' };
      assert.equal((await expectVerdict(page, edited)).level, 'PHP');

      await page.act('restart');
      assert.match(await page.text('.cf-confirm'), /Clear all your answers\?/, 'Start over asks once');
      await page.act('restart');
      assert.equal(await page.screenId(), 'start');
      await page.act('start');
      assert.equal(await page.count('input:checked'), 0, 'no answer is kept');
      await walk(page, CALM);
      assert.doesNotMatch(await page.text('[data-screen="review"]'), /Every day/, 'nothing of the first person remains');
      await page.act('next');
      await page.find('[data-screen="result"]');
      await expectVerdict(page, CALM);
      await assertPrivate(main, '/watched.html');
    });

    test('the proxy sees what the page asks of other hosts (the off-origin check can fail)', async () => {
      fresh(main);
      await open(main.origin + '/watched.html');
      await session.execute(() => {
        fetch('http://leak.invalid/answers').catch(() => {});
        fetch('https://leak.invalid/answers').catch(() => {});
      });
      const deadline = Date.now() + 5000;
      while (offOrigin().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const seen = offOrigin();
      assert.ok(seen.includes('GET http://leak.invalid/answers'), `plain request caught: ${seen}`);
      // WebKitGTK speaks TLS to an https proxy, so only the attempt is seen, not the host.
      assert.ok(seen.some((r) => r === 'CONNECT leak.invalid:443' || (engine === 'webkit' && r.startsWith('unreadable connection'))),
        `https request caught: ${seen}`);
    });

    test('embedded with <carefit-widget> on a page of another origin: a journey in the Shadow DOM, axe clean', async () => {
      fresh(partner, center);
      await session.navigate(partner.origin + '/partner.html');
      const widget = session.scope('carefit-widget');
      await widget.ready();
      assert.equal(await session.execute(() => document.querySelector('carefit-widget').shadowRoot.mode), 'open');
      const plan = { ...CALM, medical: 'needs_care', use_frequency: 'daily' };
      assert.equal(await completeJourney(widget, plan), 'PHP');
      await expectVerdict(widget, plan);
      assert.deepEqual(partner.requests.map((r) => r.path).sort(), ['/__watch.js', '/partner.html']);
      // The widget's own files come from the center's origin, each once.
      assert.deepEqual(center.requests.map((r) => r.path).sort(), JOURNEY_FILES);
      assert.deepEqual(offOrigin(), []);
      assert.deepEqual(await session.execute(() => window.__errors), []);
      const store = await storage();
      assert.deepEqual([store.cookie, store.local, store.session], ['', 0, 0]);
      // Then axe (which itself fetches cross-origin stylesheets to read them).
      assert.deepEqual(await axe('embed result'), []);
      await widget.act('restart');
      assert.deepEqual(await axe('embed start over asks'), []);
      await widget.act('restart');
      assert.deepEqual(await axe('embed start'), []);
      await widget.act('start');
      assert.deepEqual(await axe('embed question'), []);
    });

    test('kiosk: idle brings "Still there?", then a reset to a clean start; activity cancels the countdown', async () => {
      const page = await open(main.origin + '/kiosk-fast.html');
      await page.act('start');
      await page.choose('age', 'adult');
      await page.act('next');
      await page.choose('use_frequency', 'daily');
      await page.act('next');
      await page.choose('substances', ['alcohol', 'opioids']);
      await page.find('[data-screen="still-there"]', { timeout: 6000 });
      assert.equal(await page.text('[data-screen="still-there"] h1'), 'Are you still there?');
      await page.find('[data-screen="start"]', { timeout: 6000 });
      assert.doesNotMatch(await page.run((root) => root.querySelector('.carefit:not(.cf-fallback)').innerHTML), /checked|Every day|Alcohol/);
      await page.act('start');
      assert.equal(await page.count('input:checked'), 0, 'the last person\'s answer is gone');

      await page.choose('age', 'under_18');
      await page.find('[data-screen="still-there"]', { timeout: 6000 });
      await session.moveMouse([[10, 10], [40, 60], [80, 90]]);
      await page.find('[data-screen="question"]', { timeout: 1000 });
      assert.ok(await page.checked('input[value="under_18"]'), 'the answer is kept');
      assert.deepEqual(await session.execute(() => window.__errors), []);
    });

    test('kiosk: a config with a mistake (a trailing comma, "mode": "Kiosk") leaves kiosk mode on, and the notice names it', async () => {
      for (const [url, [, field]] of Object.entries(KIOSK_MISTAKES)) {
        const page = await open(main.origin + url);
        assert.equal(await page.count('.cf-kiosk'), 1, `${url}: kiosk mode`);
        assert.ok(await page.text(`.cf-notice [data-field="${field}"]`), `${url}: the notice names \`${field}\``);
        await completeJourney(page, CALM);
        assert.equal(await page.count('a[href]'), 0, `${url}: no link off the page (tel:, sms:, the contact page)`);
        assert.equal(await page.count('[data-action="print"]'), 0, `${url}: no print button`);
        assert.equal(await page.count('.cf-printed-answers'), 0, `${url}: no answers kept for paper`);
        assert.deepEqual(await session.execute(() => window.__errors), []);
      }
    });

    test('titles: the same at the same step whoever answers and whatever they answered, with no count', async () => {
      /** The title at each step: the start, every question, the review, the result. */
      async function titlesOf(plan, forWhom) {
        const page = await open(main.origin + '/watched.html');
        const title = () => session.execute(() => document.title);
        const titles = [await title()];
        await page.click(`[data-action="start"][data-for="${forWhom}"]`);
        await page.find('[data-screen="question"]');
        for (let guard = 0; guard < 40; guard++) {
          const q = await page.currentQuestion();
          if (!q) break;
          titles.push(await title());
          if (plan[q] === undefined) await page.act('skip');
          else {
            await page.choose(q, plan[q]);
            await page.act('next');
          }
          await session.waitUntil((asked) => document.querySelector('[data-screen="question"]')?.dataset.question !== asked, [q]);
        }
        await page.find('[data-screen="review"]');
        titles.push(await title());
        await page.act('next');
        await page.find('[data-screen="result"]');
        titles.push(await title());
        return titles;
      }
      const journeys = [
        [CALM, 'myself'],
        [{ ...CALM, history: 'intensive', since: 'relapsed' }, 'myself'],
        [FAMILY_PLAN, 'someone_else'],
      ];
      const seen = [];
      for (const [plan, forWhom] of journeys) seen.push(await titlesOf(plan, forWhom));
      const base = seen[0][0];
      for (const titles of seen) {
        const questions = titles.length - 3;
        assert.deepEqual(titles, [base, ...Array(questions).fill(`Question · ${base}`), `Check your answers · ${base}`, `Your result · ${base}`]);
        for (const title of titles) assert.doesNotMatch(title, /\d/);
      }
      assert.equal(new Set(seen.map((t) => t.length)).size, 3, 'the journeys differed in length');
    });

    test('under the README\'s strict CSP a journey completes with no violation (reports and the event agree)', async () => {
      fresh(cspServer);
      // The control first: a forbidden image is reported by this engine.
      await session.navigate(cspServer.origin + '/forbidden.html');
      await session.waitUntil(() => window.__violations.length > 0, [], { timeout: 5000, message: 'the forbidden image raises a violation' });
      const deadline = Date.now() + 5000;
      while (!cspServer.reports.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.ok(cspServer.reports.length > 0, 'the engine posts CSP reports to report-uri');
      fresh(cspServer);
      const page = await open(cspServer.origin + '/watched.html');
      assert.equal(await completeJourney(page, { ...CALM, medical: 'needs_care' }), 'PHP');
      await page.act('help');
      await page.act('continue');
      assert.deepEqual(await session.execute(() => window.__violations), []);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(cspServer.reports, [], 'no report posted');
      assert.deepEqual(await session.execute(() => window.__errors), []);
      assert.deepEqual(offOrigin(), []);
    });

    async function expectStaticHelp(why) {
      const page = session.scope();
      await page.waitFor('#carefit-fallback', { visible: true, timeout: 20000 });
      await session.waitUntil((why) => new RegExp(why).test(document.querySelector('#carefit-fallback').textContent), [why.source],
        { timeout: 10000, message: `the static help says ${why}` });
      const text = await page.text('#carefit-fallback');
      for (const needle of HELP_NUMBERS) assert.ok(text.includes(needle), needle);
      assert.equal(await page.count('[data-screen]'), 0, 'no app');
      assert.equal(await page.count('.cf-prerendered'), 0, 'no dead pre-rendered screens');
    }

    test('tampered wasm: integrity refuses it and the static help shows with the crisis numbers', async () => {
      await session.navigate(tampered.origin + '/watched.html');
      await expectStaticHelp(/could not load/);
      const errors = await session.execute(() => window.__errors);
      assert.ok(errors.some((e) => /carefit could not start/.test(e)), `the failure is logged: ${errors}`);
    });

    test('blocked wasm: the static help shows with the crisis numbers', async () => {
      await session.navigate(blocked.origin + '/watched.html');
      await expectStaticHelp(/could not load/);
    });

    test('an older browser (no WebAssembly when carefit.js runs) gets the static help, never a blank box', async () => {
      await session.navigate(main.origin + '/old.html');
      await expectStaticHelp(/could not load/);
    });

    test('when no script of index.html runs (a host policy without its hashes, say), its markup shows the static help', async () => {
      await session.navigate(main.origin + '/no-modules.html');
      const page = session.scope();
      await page.waitFor('#carefit-fallback', { visible: true });
      const text = await page.text('#carefit-fallback');
      for (const needle of HELP_NUMBERS) assert.ok(text.includes(needle), needle);
      assert.doesNotMatch(text, /Loading the questions/, 'no promise of questions that cannot come');
    });

    test('pre-rendered first seconds: an answer chosen before the app arrives is kept; the largest paint is the pre-rendered page\'s', async () => {
      fresh(slow);
      slow.rearm();
      await session.navigate(slow.origin + '/watched.html');
      const page = session.scope();
      await page.waitFor('[data-pre="start"] h1', { visible: true });
      assert.equal(await page.count('[data-screen]'), 0, 'the app has not started');
      await page.click('[data-pre="start"] [data-pre-action="start"][data-for="myself"]');
      await page.waitFor('[data-pre="question"] h1', { visible: true });
      await page.click('[data-pre="question"] label[for$="-age-under_18"]');
      await page.click('[data-pre="question"] [data-pre-action="next"]');
      assert.equal(await page.attr('[data-pre="question"] [data-pre-action="next"]', 'aria-busy'), 'true', 'Next waits for the app');
      await new Promise((r) => setTimeout(r, 300));
      const before = await session.execute(() => ({
        lcp: window.__lcp.length, paints: window.__paints.slice(), types: PerformanceObserver.supportedEntryTypes,
      }));
      slow.release();
      await page.find('[data-screen="question"][data-question="use_frequency"]');
      assert.equal(await page.count('.cf-prerendered'), 0);
      await page.act('back');
      await page.find('[data-question="age"]');
      assert.equal(await page.attr('input[name="age"]:checked', 'value'), 'under_18');
      assert.ok(before.paints.includes('first-contentful-paint'), `first paint before the app: ${before.paints}`);
      // The engines differ here: WebKit has no largest-contentful-paint entries.
      assert.equal(before.types.includes('largest-contentful-paint'), expect.lcp, `largest-contentful-paint support in ${name}`);
      if (expect.lcp) {
        assert.ok(before.lcp > 0, 'the largest paint came from the pre-rendered page');
        await new Promise((r) => setTimeout(r, 300));
        // A click ends LCP reporting in every engine; none came from the app's swap.
        assert.equal(await session.execute(() => window.__lcp.length), before.lcp, 'the app painted no larger element');
      }
      assert.deepEqual(await session.execute(() => window.__errors), []);
    });

    test(`going back: ${name} ${expect.back === 'bfcache' ? 'restores the page from its back/forward cache' : 'reloads the page and refills forms'}; no answer comes back where it must not`, async () => {
      // The engine's own behaviour first, on a plain form: the control.
      await session.navigate(main.origin + '/plain-form.html');
      await session.scope().click('#b');
      await session.execute(() => { window.__marker = 1; });
      await session.navigate(main.origin + '/watched.html');
      await session.cmd('POST', '/back', {});
      await session.scope().find('#a');
      const plain = await session.execute(() => ({ checked: document.getElementById('b').checked, cached: window.__marker === 1 }));
      assert.deepEqual(plain, expect.back === 'bfcache' ? { checked: true, cached: true } : { checked: true, cached: false },
        `${name} goes back by ${expect.back}`);

      // The widget: an answer, another page, then back.
      const away = async (url) => {
        const page = await open(main.origin + url);
        await page.act('start');
        await page.choose('age', 'adult');
        await session.navigate(main.origin + '/plain-form.html');
        await session.cmd('POST', '/back', {});
        await page.find('[data-screen]');
        return page;
      };
      let page = await away('/watched.html');
      if (expect.back !== 'bfcache') {
        // A new page: autocomplete="off" keeps the engine from refilling any answer.
        assert.equal(await page.screenId(), 'start');
        assert.equal(await session.execute(() => document.querySelectorAll('input:checked').length), 0, 'no answer refilled');
        await page.act('start');
        assert.equal(await page.count('input:checked'), 0, 'the question comes back empty');
      }
      // A kiosk never shows the last person's answer, whichever way back works.
      page = await away('/kiosk-print.html');
      await page.find('[data-screen="start"]', { timeout: 5000 });
      await page.act('start');
      assert.equal(await page.count('input:checked'), 0, 'the kiosk wiped the answer');
    });

    // WebKit resets every autocomplete="off" input when it restores a page
    // from its back/forward cache, behind the app's back: the question then
    // shows no answer while the app still holds one (Next goes on without
    // asking; Back shows it again). A bug in the app on Safari, left as a
    // todo here until the app re-applies its state on `pageshow`.
    const bfcacheBug = engine === 'webkit'
      ? 'WebKit clears autocomplete="off" inputs on a back/forward-cache restore; the app does not redraw them (app bug, see the report)'
      : false;
    test(`restored from the back/forward cache, the question shows the answer the app holds`, {
      skip: expect.back === 'bfcache' ? false : `${name} reloads the page when going back here (the control above shows it), so there is no cached page to check`,
      todo: bfcacheBug,
    }, async () => {
      const page = await open(main.origin + '/watched.html');
      await page.act('start');
      await page.choose('age', 'adult');
      await session.navigate(main.origin + '/plain-form.html');
      await session.cmd('POST', '/back', {});
      await page.find('[data-screen="question"]');
      assert.equal(await page.currentQuestion(), 'age', 'the person\'s own tab comes back as they left it');
      // What the app holds: Next goes on only with an answer.
      const shown = await page.checked('input[value="adult"]');
      await page.act('next');
      const held = (await page.currentQuestion()) === 'use_frequency';
      assert.deepEqual({ shown, held }, { shown: true, held: true }, 'the screen shows what the app holds');
    });

    test('a reload restores no answer', async () => {
      const page = await open(main.origin + '/watched.html');
      await page.act('start');
      await page.choose('age', 'adult');
      await session.cmd('POST', '/refresh', {});
      await page.ready();
      assert.equal(await session.execute(() => document.querySelectorAll('input:checked').length), 0, 'nothing checked after reload');
      await page.act('start');
      assert.equal(await page.count('input:checked'), 0, 'the question comes back empty');
      // Start asks for the words file: let it arrive here, not in the next
      // test's fresh request log (seen once in Chromium under load).
      await session.waitUntil(() => performance.getEntriesByType('resource').some((e) => /carefit-words-/.test(e.name)), [],
        { timeout: 10000, message: 'the words file came' });
    });

    test('the keyboard alone: Tab, arrows, Space and Enter; each new screen focuses its heading; a ring at every stop', async () => {
      fresh(main);
      const page = await open(main.origin + '/watched.html');
      const active = () => session.execute(() => {
        const el = document.activeElement;
        return { tag: el.tagName, action: el.dataset?.action ?? null, name: el.name ?? null, type: el.type ?? null, value: el.value ?? null,
          ring: getComputedStyle(el).outlineStyle };
      });
      const tabTo = async (matches, what) => {
        for (let i = 0; i < 40; i++) {
          await session.keys('Tab');
          const now = await active();
          assert.notEqual(now.ring, 'none', `a focus ring on ${JSON.stringify(now)}`);
          if (matches(now)) return now;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      await tabTo((a) => a.action === 'start', 'Start');
      await session.keys('Enter');
      await page.find('[data-screen="question"]');
      const plan = {};
      for (let guard = 0; guard < 20 && (await page.currentQuestion()); guard++) {
        const q = await page.currentQuestion();
        assert.equal((await active()).tag, 'H1', `focus on the heading of ${q}`);
        const first = await tabTo((a) => a.name === q, `the first option of ${q}`);
        if (first.type === 'radio') {
          await session.keys('ArrowDown', 'ArrowUp');
          plan[q] = (await active()).value;
        } else {
          await session.keys('Space');
          plan[q] = [first.value];
        }
        assert.ok(await page.checked(`input[name="${q}"][value="${[].concat(plan[q])[0]}"]`), `${q} chosen by keyboard`);
        await tabTo((a) => a.action === 'next', 'Next');
        await session.keys('Enter');
        await session.waitUntil((q) => document.querySelector('[data-screen="question"]')?.dataset.question !== q, [q]);
      }
      assert.equal(await page.screenId(), 'review');
      await tabTo((a) => a.action === 'next', 'the review\'s Next');
      await session.keys('Enter');
      await page.find('[data-screen="result"]');
      await expectVerdict(page, plan);
      // Every first option: "I don't drink or use drugs" among them, whose
      // result reads the words for mental health alone, from the same file.
      assert.equal(plan.use_frequency, 'none');
      await assertPrivate(main, '/watched.html');
    });

    test('axe-core finds no WCAG A/AA violation on any screen', async () => {
      const page = await open(main.origin + '/watched.html');
      const failures = [];
      failures.push(...await axe('start'));
      await page.act('start');
      failures.push(...await axe('question (radio)'));
      await page.act('next');
      failures.push(...await axe('question with error'));
      await page.act('skip');
      failures.push(...await axe('question (radio), with none'));
      await page.act('skip');
      failures.push(...await axe('question (checkbox)'));
      await page.choose('substances', ['alcohol', 'opioids']);
      await page.act('help');
      failures.push(...await axe('crisis'));
      await page.act('continue');
      while (await page.currentQuestion()) await page.act('skip');
      await page.click('[data-action="change"][data-question="home"]');
      failures.push(...await axe('review with an answer open'));
      await page.act('next');
      for (const [level, plan] of Object.entries(RESULT_PLANS)) {
        await page.act('restart');
        failures.push(...await axe(`start over asks (${level})`));
        await page.act('restart');
        assert.equal(await completeJourney(page, plan), level);
        failures.push(...await axe(`result ${level}`));
      }
      // The second way in, and a teen's result for someone else (spec v2).
      await page.act('restart');
      await page.act('restart');
      await page.click('[data-action="start"][data-for="someone_else"]');
      await walk(page, FAMILY_PLAN);
      await page.act('next');
      await page.find('[data-screen="result"] [data-flag="family"]');
      assert.equal(await page.count('[data-flag="adolescent"]'), 1);
      failures.push(...await axe('result for someone else: a teen, mental health alone'));
      await page.act('compare');
      failures.push(...await axe('compare'));
      assert.deepEqual(failures, []);
    });

    test('the kiosk countdown passes axe too', async () => {
      const page = await open(main.origin + '/kiosk-fast.html');
      await page.act('start');
      await page.find('[data-screen="still-there"]', { timeout: 6000 });
      assert.deepEqual(await axe('still there'), []);
    });

    test(`forced colours: ${expect.forcedColors ?? `${name} has no forced-colours mode; the query is known and inactive`}`, async () => {
      if (!expect.forcedColors) {
        // Test the difference: the media feature parses and is never active here.
        const query = await session.execute(() => ({
          none: matchMedia('(forced-colors: none)').matches, active: matchMedia('(forced-colors: active)').matches,
        }));
        assert.deepEqual(query, { none: true, active: false });
        return;
      }
      let special = null;
      let s = session;
      if (engine === 'firefox') {
        special = await startDriver(engine);
        s = await Session.create(special.url, engine, ENGINES[engine].capabilities({
          proxy: proxy.address, prefs: { 'browser.display.document_color_use': 2 },
        }));
      }
      try {
        await s.navigate(main.origin + '/watched.html');
        if (engine === 'chromium') {
          await s.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { features: [{ name: 'forced-colors', value: 'active' }] } });
        }
        const page = s.scope();
        await page.ready();
        assert.ok(await s.execute(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on');
        await page.act('start');
        const borders = await s.execute(() => [...document.querySelectorAll('.cf-button, .cf-option')]
          .every((el) => getComputedStyle(el).borderStyle !== 'none' && parseFloat(getComputedStyle(el).borderWidth) >= 1));
        assert.ok(borders, 'buttons and options keep a border');
        for (let i = 0; i < 20 && !(await s.execute(() => document.activeElement?.name === 'age')); i++) await s.keys('Tab');
        assert.notEqual(await s.execute(() => getComputedStyle(document.activeElement).outlineStyle), 'none', 'focus stays visible');
      } finally {
        if (special) { await s.quit(); await special.stop(); }
        if (engine === 'chromium') await s.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { features: [] } }).catch(() => {});
      }
    });

    test(`print: ${expect.print ? 'a result prints (with its text); a kiosk prints a blank page' : `${name}'s driver has no Print Page command`}`, async (t) => {
      if (!expect.print) {
        await assert.rejects(session.printPdf(), /unknown command/i, `${name} still lacks Print Page`);
        t.skip(`WebKitWebDriver answers "unknown command" to Print Page, so printing is not checked in ${name}`);
        return;
      }
      const printed = async () => pdfText(Buffer.from(await session.printPdf({ background: false }), 'base64'));
      // Text-showing operators (Tj, TJ) in the page contents: none on a blank page.
      const fonts = (pdf) => (pdf.match(/\bT[jJ]\b/g) || []).length;
      const pages = (pdf) => (pdf.match(/\/Type\s*\/Page\b/g) || []).length;
      const page = await open(main.origin + '/watched.html');
      await completeJourney(page, { ...CALM, use_frequency: 'daily' });
      const result = await printed();
      assert.ok(result.startsWith('%PDF'), 'a PDF');
      assert.ok(pages(result) >= 1 && fonts(result) > 0, `the result prints text (${pages(result)} pages, ${fonts(result)} text runs)`);
      const kiosk = await open(main.origin + '/kiosk-print.html');
      await completeJourney(kiosk, CALM);
      const blank = await printed();
      console.log(`${name} print: result ${pages(result)} page(s), ${fonts(result)} text runs; kiosk ${pages(blank)} page(s), ${fonts(blank)} text runs`);
      assert.equal(fonts(blank), 0, 'nothing of the kiosk result is printed');
    });
  });
}

