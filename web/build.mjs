// carefit's build pipeline: the one place it is put together, in order.
//
// `./dev build` runs Trunk (Trunk.toml holds only Trunk's settings and this
// hook). Trunk compiles the app (src/main.rs) to wasm, runs wasm-bindgen and
// wasm-opt, writes index.html with its one entry tag, and runs this on its
// staging folder, which becomes dist/. Each stage is a function below, or
// comes from the module named beside it.
const STAGES = [
  copySources, //        the pages, scripts and styles from web/ and styles/
  qrEncoder, //          the kiosk's QR encoder, a wasm of its own (side-wasm.mjs)
  shortNames, //         short wasm import and export names (short-names.mjs)
  minify, //             JavaScript and CSS (minify.mjs)
  hashNames, //          content-hashed file names (dist.mjs)
  words, //              each language's words for someone else and mental health alone (words.mjs)
  entryScript, //        carefit.js: help and the app's glue inlined, its files' names and hashes (inline-glue.mjs)
  pages, //              each page's tags: hashed names, integrity; a center's config (pages.mjs)
  kioskFile, //          carefit-kiosk.html, the single file (kiosk-single-file.mjs)
  prerenderPages, //     first screens and every page's static help (prerender.mjs)
  worker, //             sw.js, the kiosk's service worker (service-worker.mjs)
  setupPage, //          setup.html for a center's staff (setup-build.mjs)
  manifest, //           manifest.json: the version and every file's name and hash
  inlineIndex, //        index.html in one request: its stylesheet and scripts inline (inline-index.mjs)
  hostHeaders, //        _headers, .htaccess, nginx.conf, each page's policy from the page (headers.mjs)
  precompressFiles, //   .gz and .br beside each file (compress.mjs)
];

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dist } from './dist.mjs';
import { buildSideWasm } from './side-wasm.mjs';
import { shortenNames } from './short-names.mjs';
import { minifyJs, minifyCss } from './minify.mjs';
import { inlineGlue, markingTraps } from './inline-glue.mjs';
import { linkFiles, bakeConfig, configJson, withPageConfig } from './pages.mjs';
import { kioskSingleFile, checkOwnPolicy } from './kiosk-single-file.mjs';
import { prerender, helpModule, HELP_IMPORT } from './prerender.mjs';
import { serviceWorker } from './service-worker.mjs';
import { buildSetup } from './setup-build.mjs';
import { precompressAll } from './compress.mjs';
import { wordsByLang, wordsFile } from './words.mjs';
import { inlineIntoIndex } from './inline-index.mjs';
import { writeHostHeaders } from './headers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = new Dist(process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist');
// A center's settings (./dev build --config), baked into every page; the
// kiosk pages keep kiosk mode whatever the center's own mode. (Without one,
// the kiosk file keeps the one-line config its README shows.)
const center = process.env.CAREFIT_CONFIG ? JSON.parse(fs.readFileSync(process.env.CAREFIT_CONFIG, 'utf8')) : null;
const kioskConfig = center ? configJson({ ...center, mode: 'kiosk' }) : '{ "mode": "kiosk" }';

// What one stage hands a later one.
const glues = {};
let help = '';
let entrySource = '';
let single = null;
let wordsJson = {};

/** Files copied as they are (to dist/, from the repository). */
const SOURCES = {
  'carefit.js': 'web/carefit.js',
  'fallback.js': 'web/fallback.js',
  'nomodule.js': 'web/nomodule.js',
  'embed.html': 'web/embed.html',
  'embed.js': 'web/embed.js',
  'kiosk.html': 'web/kiosk.html',
  'kiosk.js': 'web/kiosk.js',
  'carefit.css': 'styles/carefit.css',
  'noscript.css': 'styles/noscript.css',
};

function copySources() {
  for (const [name, from] of Object.entries(SOURCES)) fs.cpSync(path.join(ROOT, from), dist.path(name), { recursive: true });
  // The demo pages and their made-up center, for `./dev serve` (a debug
  // build) alone: never in a folder to host or a release.
  if (process.env.TRUNK_PROFILE === 'debug') fs.cpSync(path.join(ROOT, 'examples'), dist.path('examples'), { recursive: true });
}

function qrEncoder() {
  buildSideWasm('carefit-qr', dist.dir);
}

function shortNames() {
  for (const app of ['carefit-web', 'carefit-qr']) {
    const { wasm, glue } = shortenNames(dist.read(`${app}_bg.wasm`), dist.text(`${app}.js`));
    dist.write(`${app}_bg.wasm`, wasm);
    dist.write(`${app}.js`, glue);
    // Unminified: the single-file kiosk inlines it with its own start-up
    // code, and is minified whole.
    glues[app] = glue;
  }
}

async function minify() {
  for (const name of ['carefit-qr.js', 'embed.js', 'kiosk.js', 'fallback.js']) dist.write(name, await minifyJs(dist.text(name)));
  dist.write('carefit.css', minifyCss(dist.text('carefit.css')));
}

/** Every file but carefit.js and the pages ships under a name with its hash (web/dist.mjs). */
const HASHED = ['carefit-web_bg.wasm', 'carefit-qr.js', 'carefit-qr_bg.wasm', 'carefit.css', 'noscript.css',
  'fallback.js', 'nomodule.js', 'embed.js', 'kiosk.js'];

function hashNames() {
  for (const name of HASHED) dist.hash(name);
}

/** The words files, named by their hashes; carefit.js fetches one once a journey begins. */
function words() {
  wordsJson = wordsByLang();
  for (const [lang, texts] of Object.entries(wordsJson)) dist.hash(wordsFile(lang), JSON.stringify(texts));
}
const wordsFiles = () => Object.keys(wordsJson).map(wordsFile);

/**
 * The files carefit.js loads itself: each wasm, the QR encoder's glue and
 * the stylesheet it links in each widget's shadow root. Their names and
 * hashes stay a readable first line of the shipped carefit.js (FILES),
 * outside what the minifier may fold.
 */
const ENTRY_LOADS = ['carefit-web_bg.wasm', 'carefit-qr.js', 'carefit-qr_bg.wasm', 'carefit.css'];

async function entryScript() {
  help = helpModule();
  entrySource = dist.text('carefit.js');
  const FILES_LINE = /^const FILES = \{\};\n/m;
  if (!FILES_LINE.test(entrySource)) throw new Error('build: carefit.js lacks its FILES line');
  if (!HELP_IMPORT.test(entrySource)) throw new Error('build: carefit.js does not import ./help.js');
  if (!/^function markTraps\(/m.test(entrySource)) throw new Error('build: carefit.js lacks markTraps, which its glue calls');
  for (const [, name] of entrySource.matchAll(/\b(?:fetchChecked|importChecked|fileUrl)\('([^']+)'\)/g)) {
    if (!ENTRY_LOADS.includes(name)) throw new Error(`build: carefit.js loads ${name}, which ENTRY_LOADS does not list`);
  }
  // And it asks for a language's words by the name the files are made under.
  if (!entrySource.includes(`fetchChecked(\`${wordsFile('${lang}')}\`)`)) {
    throw new Error(`build: carefit.js does not fetch the words files as ${wordsFile('LANG')}`);
  }
  // The app's glue is inlined into carefit.js (and the single file), and
  // shipped nowhere else: nothing may load it unchecked. The QR encoder's
  // stays a file of its own, for kiosks alone to fetch (checked by
  // carefit.js's importChecked), and is inlined into the single file only.
  entrySource = inlineGlue(entrySource, 'carefit-web.js', glues['carefit-web'], markingTraps);
  dist.remove('carefit-web.js');
  const files = Object.fromEntries([...ENTRY_LOADS, ...wordsFiles()].map((name) => {
    const { file, integrity } = dist.entry(name);
    return [name, [file, integrity]];
  }));
  dist.write('carefit.js', `const FILES = ${JSON.stringify(files)};\n`
    + await minifyJs(entrySource.replace(FILES_LINE, '').replace(HELP_IMPORT, () => help)));
  // No import left that names its module: each would load it unchecked
  // (importChecked's import() takes the name it has checked).
  if (/^\s*import\b|\bimport\s*\(\s*['"`]/m.test(dist.text('carefit.js'))) throw new Error('build: carefit.js still imports a module unchecked');
}

function pages() {
  // Every visitor downloads index.html first: its comments stay in the
  // source, but for the build's own markers (`<!-- carefit:… -->`).
  let index = dist.text('index.html').replace(/\s*<!--(?! carefit:)[\s\S]*?-->/g, '');
  if (!index.includes('<meta name="carefit-page" content="standard">')) throw new Error('build: index.html lacks its carefit-page marker');
  if (center) index = withPageConfig(index, configJson(center));
  const entryTag = /<script type="module" src="\.\/carefit\.js"><\/script>/;
  if (!entryTag.test(index)) throw new Error('build: index.html does not load ./carefit.js');
  index = index.replace(entryTag, '<script type="module" src="./carefit.js" integrity=""></script>');
  // No preload hints for the glue (now inside carefit.js) and the wasm: the
  // page paints first (it is pre-rendered and works on its own), then
  // carefit.js fetches the app.
  index = index.replace(/<link rel="(?:modulepreload|preload)" href="\.\/carefit-web[^>]*>/g, '');
  dist.write('index.html', linkFiles(dist, 'index.html', index));
  // The lobby page and the iframe page get the center's settings in place of their own.
  for (const [name, config] of [['kiosk.html', kioskConfig], ['embed.html', center && configJson(center)]]) {
    const html = dist.text(name);
    dist.write(name, linkFiles(dist, name, center ? bakeConfig(name, html, config) : html));
  }
}

async function kioskFile() {
  single = await kioskSingleFile({
    indexHtml: dist.text('index.html'),
    entrySource,
    helpModule: help,
    glue: glues['carefit-web'],
    qrGlue: glues['carefit-qr'],
    wasm: dist.read('carefit-web_bg.wasm'),
    qrWasm: dist.read('carefit-qr_bg.wasm'),
    css: dist.text('carefit.css'),
    configJson: kioskConfig,
    words: wordsJson,
  });
  dist.write('carefit-kiosk.html', single.html);
}

function prerenderPages() {
  const withMarkers = ['index.html', 'carefit-kiosk.html', 'kiosk.html', 'embed.html']
    .filter((name) => dist.text(name).includes('<!-- carefit:'));
  prerender(...withMarkers.map((name) => dist.path(name)));
  // The static help went into the single file after its policy was written.
  checkOwnPolicy(dist.text('carefit-kiosk.html'), single.policy);
}

/** What the kiosk page runs: its worker precaches exactly these (it serves the kiosk page alone). */
const KIOSK_FILES = ['kiosk.html', 'kiosk.js', 'carefit.js', 'fallback.js', 'carefit-web_bg.wasm', 'carefit-qr.js',
  'carefit-qr_bg.wasm', 'carefit.css'];

let workerVersion = '';
function worker() {
  workerVersion = serviceWorker(dist, [...KIOSK_FILES, ...wordsFiles()]);
}

async function setupPage() {
  await buildSetup(dist);
}

/**
 * manifest.json: the version (Cargo.toml's), and where each file ships and
 * its hash, carefit.js's included (the value a partner's tag pins). Tests,
 * the bench and the release read names from here. Fails the build when a
 * file other than the stable ones ships unhashed.
 */
function manifest() {
  const version = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"$/m)[1];
  const files = { 'carefit.js': dist.entry('carefit.js'), ...Object.fromEntries(dist.shipped) };
  const named = new Set(Object.values(files).map((entry) => entry.file));
  for (const file of dist.files()) {
    if (!file.includes(path.sep) && !/\.html$|^sw\.js$/.test(file) && !named.has(file)) {
      throw new Error(`build: ${file} ships with neither a stable name nor a hashed one`);
    }
  }
  dist.write('manifest.json', `${JSON.stringify({ version, files }, null, 2)}\n`);
}

function inlineIndex() {
  inlineIntoIndex(dist);
}

/** Last but compressing: every page is final, and its inline styles and scripts are hashed into the headers. */
function hostHeaders() {
  writeHostHeaders(dist.dir);
}

async function precompressFiles() {
  await precompressAll(dist);
}

for (const stage of STAGES) await stage();
console.log(`build: sw.js (cache carefit-${workerVersion}), carefit-kiosk.html (${Math.round(single.html.length / 1024)} KiB),`
  + ' manifest.json, .gz and .br written');
