// carefit's benchmark against the survey engine a center would otherwise
// embed (SurveyJS 2.5.38), in one run, on this machine. Prints figures and
// ratios; asserts nothing (tests assert behaviour, this measures speed).
//
//   ./dev bench            (builds the release site first)
//
// SurveyJS is installed at run time into target/bench-peer; none of it is
// committed. Both pages are served gzip-compressed from loopback.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { serve, launch, DIST, ROOT } from '../tests/e2e/support.mjs';

const RUNS = 7;
const PEER_DIR = path.join(ROOT, 'target', 'bench-peer');
const PEER_VERSION = '2.5.38';

function installPeer() {
  const core = path.join(PEER_DIR, 'node_modules', 'survey-core', 'package.json');
  if (fs.existsSync(core) && JSON.parse(fs.readFileSync(core)).version === PEER_VERSION) return;
  fs.mkdirSync(PEER_DIR, { recursive: true });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEER_DIR,
    `survey-core@${PEER_VERSION}`, `survey-js-ui@${PEER_VERSION}`], { stdio: 'inherit' });
}

/** The same 14 questions as a SurveyJS model, one per page, `since` shown only after a history. */
function peerModel() {
  const q = (name, type, choices, extra = {}) => ({ name, type, title: name.replace(/_/g, ' '), choices, ...extra });
  return {
    questionsOnPageMode: 'questionPerPage',
    showQuestionNumbers: 'off',
    pages: [{ elements: [
      q('use_frequency', 'radiogroup', ['not_using', 'weekly_or_less', 'most_days', 'daily']),
      q('substances', 'checkbox', ['alcohol', 'opioids', 'sedatives', 'stimulants', 'cannabis', 'other']),
      q('withdrawal', 'radiogroup', ['none', 'mild', 'not_sure', 'strong', 'severe']),
      q('medical', 'radiogroup', ['none', 'managed', 'needs_care']),
      q('self_harm', 'radiogroup', ['no', 'past_month', 'now']),
      q('mental_health', 'radiogroup', ['no', 'in_care', 'no_care']),
      q('daily_life', 'radiogroup', ['coping', 'struggling', 'not_coping']),
      q('between_sessions', 'radiogroup', ['yes', 'not_sure', 'no']),
      q('history', 'radiogroup', ['none', 'outpatient', 'intensive', 'residential']),
      q('since', 'radiogroup', ['doing_well', 'cravings', 'relapsed'], { visibleIf: "{history} notempty and {history} != 'none'" }),
      q('home', 'radiogroup', ['supportive', 'alone', 'unsafe']),
      q('commitments', 'checkbox', ['work', 'school', 'caregiving', 'none']),
      q('time', 'radiogroup', ['under_9', '9_to_19', '20_plus', 'full_time']),
      q('format', 'radiogroup', ['in_person', 'virtual', 'either']),
    ] }],
  };
}

const PEER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>SurveyJS peer</title>
<link rel="stylesheet" href="/peer/survey-core/survey-core.min.css">
<script src="/peer/survey-core/survey.core.min.js"></script>
<script src="/peer/survey-js-ui/survey-js-ui.min.js"></script></head>
<body><div id="survey"></div><script src="/peer/boot.js"></script></body></html>`;

/** Files a page needs before its first question works, with their compressed sizes. */
function transferSizes(files) {
  let gzip = 0; let brotli = 0;
  for (const file of files) {
    const data = fs.readFileSync(file);
    gzip += zlib.gzipSync(data, { level: 9 }).length;
    brotli += zlib.brotliCompressSync(data).length;
  }
  return { gzip, brotli };
}

// Runs in the page before anything else: the time the first question (or
// carefit's first screen) enters the DOM, by a MutationObserver.
const FIRST_PAINT_PROBE = `
  window.__first = null;
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-screen="start"], .sd-question')) { window.__first = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });`;

/** Answers every question in the page, timing each Next → next question in the DOM. */
async function perAnswer(page, kind) {
  return page.evaluate(async (kind) => {
    const root = kind === 'carefit' ? document : document.getElementById('survey');
    const current = () => kind === 'carefit'
      ? document.querySelector('[data-screen="question"]')?.dataset.question
      : document.querySelector('.sd-question[data-name]')?.dataset.name;
    if (kind === 'carefit') document.querySelector('[data-action="start"]').click();
    await new Promise((r) => setTimeout(r, 50));
    const times = [];
    for (let i = 0; i < 20; i++) {
      const before = current();
      if (!before) break;
      const input = root.querySelector('input[type="radio"], input[type="checkbox"]');
      input.click();
      const next = kind === 'carefit' ? document.querySelector('[data-action="next"]')
        : root.querySelector('.sd-navigation__next-btn, input[value="Next"]');
      if (!next || next.offsetParent === null) break;
      const t0 = performance.now();
      await new Promise((resolve) => {
        const obs = new MutationObserver(() => { if (current() !== before) { obs.disconnect(); resolve(); } });
        obs.observe(root, { childList: true, subtree: true, attributes: true });
        next.click();
      });
      times.push(performance.now() - t0);
    }
    return times;
  }, kind);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

async function measure(browser, url, kind, throttle) {
  const firsts = []; const answers = []; const heaps = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(FIRST_PAINT_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__first !== null, null, { timeout: 60000 });
    firsts.push(await page.evaluate(() => window.__first));
    answers.push(...await perAnswer(page, kind));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const jsHeap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    // The wasm linear memory is outside the JS heap: add it for carefit.
    // wasm-bindgen's init returns the running instance's exports when called again.
    const wasm = kind === 'carefit'
      ? await page.evaluate(async () => (await (await import('/carefit-web.js')).default()).memory.buffer.byteLength)
      : 0;
    heaps.push(jsHeap + wasm);
    await context.close();
  }
  return { first: median(firsts), p50: pct(answers, 0.5), p95: pct(answers, 0.95), heap: Math.max(...heaps) };
}

installPeer();
const nm = path.join(PEER_DIR, 'node_modules');
const pages = { '/peer.html': PEER_PAGE };
const server = await serve(DIST, { pages, mounts: { '/peer/': nm } });
fs.writeFileSync(path.join(nm, 'boot.js'),
  `const model = new Survey.Model(${JSON.stringify(peerModel())});\nSurveyUI.renderSurvey(model, document.getElementById('survey'));\n`);

const carefitBytes = transferSizes(['index.html', 'carefit.js', 'carefit-web.js', 'carefit-web_bg.wasm', 'carefit.css'].map((f) => path.join(DIST, f)));
const peerBytes = transferSizes(['survey-core/survey-core.min.css', 'survey-core/survey.core.min.js', 'survey-js-ui/survey-js-ui.min.js', 'boot.js']
  .map((f) => path.join(nm, f)));
peerBytes.gzip += zlib.gzipSync(PEER_PAGE).length; peerBytes.brotli += zlib.brotliCompressSync(PEER_PAGE).length;

const browser = await launch();
const rows = [];
for (const throttle of [false, true]) {
  const us = await measure(browser, server.origin + '/', 'carefit', throttle);
  const peer = await measure(browser, server.origin + '/peer.html', 'peer', throttle);
  rows.push({ throttle, us, peer });
}
await browser.close();
await server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`carefit bench — ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs each, medians; peer SurveyJS ${PEER_VERSION}`);
console.log('| measure | carefit | SurveyJS | carefit / SurveyJS |');
console.log('|---|---|---|---|');
console.log(`| bytes before the first question works, gzip | ${kb(carefitBytes.gzip)} | ${kb(peerBytes.gzip)} | ${ratio(carefitBytes.gzip, peerBytes.gzip)} |`);
console.log(`| the same, brotli | ${kb(carefitBytes.brotli)} | ${kb(peerBytes.brotli)} | ${ratio(carefitBytes.brotli, peerBytes.brotli)} |`);
for (const { throttle, us, peer } of rows) {
  const tag = throttle ? ' (CPU 4× slower)' : '';
  console.log(`| first screen in the DOM${tag} | ${ms(us.first)} | ${ms(peer.first)} | ${ratio(us.first, peer.first)} |`);
  console.log(`| Next → next question, p50${tag} | ${ms(us.p50)} | ${ms(peer.p50)} | ${ratio(us.p50, peer.p50)} |`);
  console.log(`| Next → next question, p95${tag} | ${ms(us.p95)} | ${ms(peer.p95)} | ${ratio(us.p95, peer.p95)} |`);
  console.log(`| peak JS heap + wasm memory${tag} | ${kb(us.heap)} | ${kb(peer.heap)} | ${ratio(us.heap, peer.heap)} |`);
}
