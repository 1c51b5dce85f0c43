// carefit against the survey engine a center would otherwise embed
// (SurveyJS 2.5.38) and a plain static HTML form, in one run, on this
// machine. Prints figures and ratios; asserts nothing (tests assert
// behaviour, this measures speed).
//
//   ./dev bench            (builds the release site first)
//   BENCH_RUNS=7 LIGHTHOUSE_RUNS=3 node bench/bench.mjs
//
// SurveyJS and Lighthouse are installed at run time into target/bench-peer;
// none of it is committed. All pages are served gzip-compressed (zopfli) from
// loopback, carefit's with the response headers its build wrote (_headers),
// and driven by the same clicks in headless Chromium; times are taken inside
// the page (a MutationObserver and performance.now()).
//
// The target for the first paint: carefit's pre-rendered page reaches its
// largest contentful paint (Lighthouse, mobile) within 1.2× of the static
// form's. The run ends by saying whether it did, with Lighthouse's
// simulated throttling and with throttling applied (docs/measurements.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { serve, launch, DIST, ROOT, CHROMIUM_ARGS } from '../tests/e2e/support.mjs';
import { BUDGET_GZIP, compressedSizes, filesBeforeReady, kb } from './budget.mjs';
import { precompress } from '../web/compress.mjs';
import { applyNetlifyHeaders } from '../web/headers.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const PEER_DIR = path.join(ROOT, 'target', 'bench-peer');
const PEER_VERSION = '2.5.38';
const LIGHTHOUSE_VERSION = '13.5.0';
/** carefit's largest contentful paint may take at most this many times the static form's. */
const LCP_TARGET = 1.2;
const CHROME = process.env.CHROMIUM || '/usr/bin/chromium';

function installPeer() {
  const installed = (name) => {
    const file = path.join(PEER_DIR, 'node_modules', name, 'package.json');
    return fs.existsSync(file) && JSON.parse(fs.readFileSync(file)).version;
  };
  if (installed('survey-core') === PEER_VERSION && installed('lighthouse') === LIGHTHOUSE_VERSION) return;
  fs.mkdirSync(PEER_DIR, { recursive: true });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEER_DIR, `survey-core@${PEER_VERSION}`,
    `survey-js-ui@${PEER_VERSION}`, `lighthouse@${LIGHTHOUSE_VERSION}`], { stdio: 'inherit' });
}

const CLI = process.env.CAREFIT_BIN || path.join(ROOT, 'target', 'release', 'carefit');

/** The questionnaire in English, from the engine and catalog the widget runs. */
function questions() {
  return JSON.parse(execFileSync(CLI, ['questions', 'en']));
}

/** `carefit table` (every combination, 291,600 + 2,430 rows), natively: median wall time. */
function tableTime() {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const rows = execFileSync(CLI, ['table'], { maxBuffer: 1 << 28 }).toString().split('\n').length - 2;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (rows !== 291600 + 2430) throw new Error(`carefit table printed ${rows} rows`);
  }
  return median(times);
}

/**
 * The same 15 questions as a SurveyJS model, one per page, `since` only
 * after a history, the three about use only when there is some.
 */
function peerModel(qs) {
  return {
    questionsOnPageMode: 'questionPerPage',
    showQuestionNumbers: 'off',
    pages: [{
      elements: qs.map((q) => ({
        name: q.id,
        type: q.multi ? 'checkbox' : 'radiogroup',
        title: q.heading,
        description: q.why,
        choices: q.options.map((o) => ({ value: o.id, text: o.label })),
        ...(q.id === 'since' ? { visibleIf: "{history} notempty and {history} != 'none'" } : {}),
        ...(['substances', 'withdrawal', 'between_sessions'].includes(q.id) ? { visibleIf: "{use_frequency} != 'none'" } : {}),
      })),
    }],
  };
}

const PEER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>SurveyJS peer</title>
<meta name="description" content="The same questions in SurveyJS, for comparison."><link rel="icon" href="data:,">
<link rel="stylesheet" href="/peer/survey-core/survey-core.min.css">
<script src="/peer/survey-core/survey.core.min.js"></script>
<script src="/peer/survey-js-ui/survey-js-ui.min.js"></script></head>
<body><main id="survey"></main><script src="/peer/boot.js"></script></body></html>`;

/** The floor: the same questions as one plain HTML form, no script, no stylesheet. */
function staticForm(qs) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const fieldsets = qs.map((q) => `<fieldset><legend><h2>${esc(q.heading)}</h2></legend><p>${esc(q.why)}</p>${
    q.options.map((o) => `<label><input type="${q.multi ? 'checkbox' : 'radio'}" name="${q.id}" value="${o.id}"> ${esc(o.label)}</label><br>`).join('')
  }</fieldset>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Static form</title>
<meta name="description" content="The same questions as a plain HTML form, for comparison."><link rel="icon" href="data:,"></head>
<body><main><h1>Find the level of care that fits you</h1><form>${fieldsets}<button>Send</button></form></main></body></html>`;
}

/** How each page shows its first question, and when it answers clicks. */
const KINDS = {
  carefit: {
    url: '/',
    // Pre-rendered in the HTML behind the start page; the app takes over later.
    question: '[data-pre="question"] fieldset, [data-screen="question"]',
    ready: '[data-screen]',
  },
  surveyjs: { url: '/bench/peer.html', question: '.sd-question input', ready: '.sd-question input' },
  static: { url: '/bench/static.html', question: 'fieldset input', ready: 'fieldset input' },
};

// Runs in the page before anything else.
const PROBE = (kind) => `
  window.__t = {}; window.__lcp = 0;
  const mark = (name) => { if (!(name in window.__t)) window.__t[name] = performance.now(); };
  const observer = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(kind.question)})) mark('question');
    if (document.querySelector(${JSON.stringify(kind.ready)})) mark('ready');
    if ('question' in window.__t && 'ready' in window.__t) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });`;

/** Answers every question, timing each Next → next question in the DOM. */
async function perAnswer(page, name) {
  return page.evaluate(async (name) => {
    const current = () => (name === 'carefit'
      ? document.querySelector('[data-screen="question"]')?.dataset.question
      : document.querySelector('.sd-question[data-name]')?.dataset.name);
    if (name === 'carefit') document.querySelector('[data-action="start"]').click();
    await new Promise((r) => setTimeout(r, 50));
    const times = [];
    for (let i = 0; i < 20; i++) {
      const before = current();
      if (!before) break;
      document.querySelector('[data-screen="question"] input, .sd-question input').click();
      await new Promise((r) => setTimeout(r, 20));
      const next = name === 'carefit' ? document.querySelector('[data-action="next"]')
        : document.querySelector('.sd-navigation__next-btn, input[value="Next"]');
      if (!next || next.offsetParent === null) break;
      const t0 = performance.now();
      await new Promise((resolve) => {
        const obs = new MutationObserver(() => { if (current() !== before) { obs.disconnect(); resolve(); } });
        obs.observe(document.body, { childList: true, subtree: true, attributes: true });
        next.click();
      });
      // Only question to question: after the last one carefit shows its
      // review, SurveyJS its Complete button, neither a next question.
      if (current()) times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return times;
  }, name);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * p) - 1)]; };

async function measure(browser, origin, name, throttle) {
  const kind = KINDS[name];
  const firsts = []; const readies = []; const fcps = []; const lcps = []; const answers = []; const heaps = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(PROBE(kind));
    // The wasm's linear memory lives outside the JS heap. The app's glue is
    // inside carefit.js, so the memory is kept as each instance is made.
    await page.addInitScript(() => {
      window.__wasmMemories = [];
      const keep = (result) => {
        const memory = (result.instance ?? result).exports?.memory;
        if (memory) window.__wasmMemories.push(memory);
        return result;
      };
      const { instantiate, instantiateStreaming } = WebAssembly;
      WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
      WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).then(keep);
    });
    await page.goto(origin + kind.url);
    await page.waitForFunction(() => 'question' in window.__t && 'ready' in window.__t, null, { timeout: 60000 });
    await page.waitForTimeout(200);
    const t = await page.evaluate(() => ({
      ...window.__t, lcp: window.__lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    firsts.push(t.question); readies.push(t.ready); fcps.push(t.fcp); lcps.push(t.lcp);
    if (name !== 'static') answers.push(...await perAnswer(page, name));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const jsHeap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = name === 'carefit'
      ? await page.evaluate(() => window.__wasmMemories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0))
      : 0;
    heaps.push(jsHeap + wasm);
    await context.close();
  }
  return {
    fcp: median(fcps), lcp: median(lcps), first: median(firsts), ready: median(readies),
    p50: answers.length ? pct(answers, 0.5) : NaN, p95: answers.length ? pct(answers, 0.95) : NaN,
    heap: Math.max(...heaps),
  };
}

/**
 * Lighthouse, mobile defaults (slow 4G, 4× CPU), medians of its runs. Its
 * default `simulate` loads the page unthrottled and estimates the slow
 * load from that (Lantern); `devtools` loads it throttled and measures.
 */
async function lighthouse(origin, name, throttling = 'simulate') {
  const cli = path.join(PEER_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const out = path.join(os.tmpdir(), `carefit-lh-${name}-${i}.json`);
    await promisify(execFile)(process.execPath, [cli, origin + KINDS[name].url, '--quiet', '--output=json',
      `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo', `--throttling-method=${throttling}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 26 });
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out);
    const score = (c) => Math.round(report.categories[c].score * 100);
    const audit = (a) => report.audits[a].numericValue;
    runs.push({
      performance: score('performance'), accessibility: score('accessibility'),
      bestPractices: score('best-practices'), seo: score('seo'),
      fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), si: audit('speed-index'),
      failed: Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative'
        && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id),
    });
  }
  const med = {};
  for (const key of Object.keys(runs[0])) med[key] = key === 'failed' ? [...new Set(runs.flatMap((r) => r.failed))] : median(runs.map((r) => r[key]));
  return med;
}

installPeer();
const qs = questions();
const nm = path.join(PEER_DIR, 'node_modules');
fs.writeFileSync(path.join(nm, 'boot.js'),
  `const model = new Survey.Model(${JSON.stringify(peerModel(qs))});\nSurveyUI.renderSurvey(model, document.getElementById('survey'));\n`);
const STATIC = staticForm(qs);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-bench-'));
fs.writeFileSync(path.join(scratch, 'peer.html'), PEER_PAGE);
fs.writeFileSync(path.join(scratch, 'static.html'), STATIC);
// carefit's own files get the headers its build wrote for them (its policy
// names the inline stylesheet, say); the peer and the static form none.
const carefitHeaders = applyNetlifyHeaders(fs.readFileSync(path.join(DIST, '_headers'), 'utf8'));
const server = await serve(DIST, {
  mounts: { '/bench/': scratch, '/peer/': nm },
  headers: (pathname) => (/^\/(?:bench|peer)\//.test(pathname) ? {} : carefitHeaders(pathname)),
});
const browser = await launch();

// Bytes: what each page needs before it answers clicks. carefit's list is
// measured (every file the page requests); the others' are known, and get
// the same zopfli and brotli copies carefit's build makes, served the same way.
const peerFiles = [path.join(scratch, 'peer.html'), ...['survey-core/survey-core.min.css',
  'survey-core/survey.core.min.js', 'survey-js-ui/survey-js-ui.min.js', 'boot.js'].map((f) => path.join(nm, f))];
const staticFiles = [path.join(scratch, 'static.html')];
for (const file of [...peerFiles, ...staticFiles]) await precompress(file);
const bytes = {
  carefit: compressedSizes(await filesBeforeReady(browser, server.origin, '/', KINDS.carefit.ready, DIST)),
  surveyjs: compressedSizes(peerFiles),
  static: compressedSizes(staticFiles),
};

const rows = [];
for (const throttle of [false, true]) {
  const r = {};
  for (const name of Object.keys(KINDS)) r[name] = await measure(browser, server.origin, name, throttle);
  rows.push({ throttle, r });
}
await browser.close();

const lh = {};
const applied = {};
for (const name of Object.keys(KINDS)) {
  lh[name] = await lighthouse(server.origin, name);
  applied[name] = await lighthouse(server.origin, name, 'devtools');
}
await server.close();
fs.rmSync(scratch, { recursive: true, force: true });

// What is printed is also written, whole and dated, to docs/measurements.md:
// the one place the project's measured figures live (the README points there).
const report = [];
const say = (text) => { console.log(text); report.push(text); };
/** Each answer's Next → next question, p95: the goal on an ordinary and on a 4× slower CPU. */
const ANSWER_P95_TARGET = { normal: 4, slow: 12 };
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
const s = (n) => `${(n / 1000).toFixed(2)} s`;
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const cpu = os.cpus();
say(`carefit bench — ${new Date().toISOString().slice(0, 10)}, ${os.type()} ${os.arch()}, ${cpu.length} × ${cpu[0].model.trim()}, `
  + `Chromium ${execFileSync(CHROME, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().replace(/^Chromium (\S+).*/, '$1')}; `
  + `${RUNS} runs each (medians), Lighthouse ${LIGHTHOUSE_VERSION} × ${LIGHTHOUSE_RUNS}; peer SurveyJS ${PEER_VERSION}\n`);
say('| measure | carefit | SurveyJS | static form | carefit / SurveyJS | carefit / static |');
say('|---|---|---|---|---|---|');
const line = (label, f, fmt) => say(`| ${label} | ${fmt(f('carefit'))} | ${fmt(f('surveyjs'))} | ${fmt(f('static'))} | ${ratio(f('carefit'), f('surveyjs'))} | ${ratio(f('carefit'), f('static'))} |`);
line('bytes before the first question works, gzip', (n) => bytes[n].gzip, kb);
line('the same, brotli', (n) => bytes[n].brotli, kb);
for (const { throttle, r } of rows) {
  const tag = throttle ? ' (CPU 4× slower)' : '';
  line(`first contentful paint${tag}`, (n) => r[n].fcp, ms);
  line(`first question in the DOM${tag}`, (n) => r[n].first, ms);
  line(`first question answerable (handlers attached)${tag}`, (n) => r[n].ready, ms);
  line(`largest contentful paint${tag}`, (n) => r[n].lcp, ms);
  line(`Next → next question, p50${tag}`, (n) => r[n].p50, ms);
  line(`Next → next question, p95${tag}`, (n) => r[n].p95, ms);
  line(`peak JS heap + wasm memory${tag}`, (n) => r[n].heap, kb);
}
say('\nLighthouse (mobile: simulated slow 4G and 4× CPU; pages served gzip):\n');
say('| Lighthouse | carefit | SurveyJS | static form |');
say('|---|---|---|---|');
const lhLine = (label, f) => say(`| ${label} | ${f(lh.carefit)} | ${f(lh.surveyjs)} | ${f(lh.static)} |`);
lhLine('performance · accessibility · best practices · SEO', (x) => `${x.performance} · ${x.accessibility} · ${x.bestPractices} · ${x.seo}`);
lhLine('first contentful paint', (x) => s(x.fcp));
lhLine('largest contentful paint', (x) => s(x.lcp));
lhLine('speed index', (x) => s(x.si));
lhLine('total blocking time', (x) => `${Math.round(x.tbt)} ms`);
lhLine('cumulative layout shift', (x) => x.cls.toFixed(3));
lhLine('audits not passed', (x) => x.failed.join(', ') || 'none');
const appliedLine = (label, f) => say(`| ${label}, throttling applied (devtools) | ${f(applied.carefit)} | ${f(applied.surveyjs)} | ${f(applied.static)} |`);
appliedLine('first contentful paint', (x) => s(x.fcp));
appliedLine('largest contentful paint', (x) => s(x.lcp));

const verdict = (a, b) => `${s(a)} against ${s(b)}, ${ratio(a, b)}: ${a / b <= LCP_TARGET ? 'met' : 'MISSED'}`;
say(`\nTarget: carefit's largest contentful paint within ${LCP_TARGET}× of the static form's (Lighthouse mobile).`);
say(`- simulated (Lighthouse's default): ${verdict(lh.carefit.lcp, lh.static.lcp)}`);
say(`- throttling applied: ${verdict(applied.carefit.lcp, applied.static.lcp)}`);
say(`- in the page, unthrottled: ${ms(rows[0].r.carefit.lcp)} against ${ms(rows[0].r.static.lcp)}, ${ratio(rows[0].r.carefit.lcp, rows[0].r.static.lcp)}`);
say(`\n\`carefit table\` (294,030 rows), natively: ${ms(tableTime())} (median of ${RUNS}).`);
say(`\ncarefit's files before the first question: ${bytes.carefit.byFile.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}; budget ${kb(BUDGET_GZIP)} gzip.`);

const p95 = (throttle) => rows.find((row) => Boolean(row.throttle) === throttle).r.carefit.p95;
const answerVerdict = (value, goal) => `${ms(value)} (goal under ${goal} ms): ${value < goal ? 'met' : 'MISSED'}`;
say(`\nTarget: each answer (Next → next question) at p95 under ${ANSWER_P95_TARGET.normal} ms, and under ${ANSWER_P95_TARGET.slow} ms with the CPU 4× slower.`);
say(`- ${answerVerdict(p95(false), ANSWER_P95_TARGET.normal)}`);
say(`- CPU 4× slower: ${answerVerdict(p95(true), ANSWER_P95_TARGET.slow)}`);

const MEASUREMENTS = path.join(ROOT, 'docs', 'measurements.md');
fs.writeFileSync(MEASUREMENTS, `# Measurements\n\nWritten by \`./dev bench\` (bench/bench.mjs) on its last run; never edited by hand.\n\n${report.join('\n')}\n`);
console.log(`\nWritten to ${path.relative(ROOT, MEASUREMENTS)}.`);
