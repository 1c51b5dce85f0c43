// Trunk post_build hook: turns the staged build into what we ship.
//  - minified JavaScript and CSS (terser, csso): Trunk's own minifier cannot
//    parse wasm-bindgen's module, and every byte counts on a bad phone;
//  - short wasm import and export names (web/short-names.mjs), for the same bytes;
//  - sw.js: the kiosk's service worker, precaching exactly the widget's files,
//    its cache named by a hash of them so an update drops the old cache;
//  - carefit-kiosk.html: one self-contained file (wasm, JS and CSS inlined)
//    that runs from file:// or any static host;
//  - index.html with its start page, first question and crisis screen
//    pre-rendered (carefit-prerender, Yew's server-side rendering), so a
//    person reads while the wasm loads, and every page's static help (and
//    carefit.js's HELP) rendered from the app's own help lines;
//  - .gz (zopfli) and .br beside every file, for hosts that serve them.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';
import { minify as minifyCss } from 'csso';
import { precompress } from './compress.mjs';
import { shortenNames } from './short-names.mjs';

const dist = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const read = (name) => fs.readFileSync(path.join(dist, name));
const write = (name, data) => fs.writeFileSync(path.join(dist, name), data);

// The kiosk's QR encoder, a wasm of its own (src/bin/carefit-qr.rs) that
// carefit.js fetches only for a kiosk result, built with the app's release
// settings (the environment ./dev gives this build).
const wasmTarget = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', 'release');
execFileSync('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'carefit-qr'],
  { stdio: 'inherit' });
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dist,
  path.join(wasmTarget, 'carefit-qr.wasm')], { stdio: 'inherit' });
execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', '-o', path.join(dist, 'carefit-qr_bg.wasm'),
  path.join(dist, 'carefit-qr_bg.wasm')], { stdio: 'inherit' });

for (const app of ['carefit-web', 'carefit-qr']) {
  const { wasm, glue } = shortenNames(read(`${app}_bg.wasm`), read(`${app}.js`).toString());
  write(`${app}_bg.wasm`, wasm);
  write(`${app}.js`, glue);
}

// What the kiosk page runs: its worker precaches exactly these (it serves
// the kiosk page alone); the other pages must be in the build too.
const PRECACHE = ['kiosk.html', 'kiosk.js', 'carefit.js', 'carefit-web.js', 'carefit-web_bg.wasm',
  'carefit-qr.js', 'carefit-qr_bg.wasm', 'carefit.css'];
for (const name of [...PRECACHE, 'index.html', 'embed.html', 'embed.js']) {
  if (!fs.existsSync(path.join(dist, name))) throw new Error(`post-build: ${name} is missing from the build`);
}

// Pre-rendering and the static help, by a native build, so without the
// unstable settings ./dev gives the wasm build.
const nativeEnv = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => name !== 'RUSTC_BOOTSTRAP' && !name.startsWith('CARGO_UNSTABLE_')));
const prerender = (...args) => execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'carefit-prerender', '--', ...args],
  { stdio: ['ignore', 'pipe', 'inherit'], env: nativeEnv }).toString();
const helpJson = JSON.stringify(JSON.parse(prerender('--help-json'))).replace(/</g, '\\u003c');
// web/help.js, inlined where it is imported (carefit.js, the single-file
// kiosk's start-up code): one file each, and one way to draw help.
const HELP_LINE = /^export const HELP = \{\};\n/m;
const HELP_IMPORT = /^import \{[^}]*\} from '\.\/help\.js';\n/m;
const helpSource = fs.readFileSync(new URL('help.js', import.meta.url), 'utf8');
if (!HELP_LINE.test(helpSource)) throw new Error('post-build: web/help.js lacks its HELP line');
const helpModule = helpSource.replace(HELP_LINE, () => `const HELP = ${helpJson};\n`).replace(/^export /gm, '');

// Subresource Integrity: carefit.js checks each wasm it fetches, and pages
// check carefit.js. Their hashes stay a readable first line of the shipped
// carefit.js, outside what the minifier may fold.
const sri = (data) => `sha384-${crypto.createHash('sha384').update(data).digest('base64')}`;
const INTEGRITY_LINE = /^const INTEGRITY = \{\};\n/m;
const entrySource = read('carefit.js').toString();
if (!INTEGRITY_LINE.test(entrySource)) throw new Error('post-build: carefit.js lacks its INTEGRITY line');
if (!HELP_IMPORT.test(entrySource)) throw new Error('post-build: carefit.js does not import ./help.js');
const fetched = Object.fromEntries(['carefit-web_bg.wasm', 'carefit-qr_bg.wasm'].map((name) => [name, sri(read(name))]));

// Minify, before the integrity hashes below, which are of the files as
// shipped. The single-file kiosk build inlines the glue with its own
// start-up code, so it keeps the unminified text and is minified whole.
const glue = read('carefit-web.js').toString();
const qrGlue = read('carefit-qr.js').toString();
const tersely = async (code) => (await minify(code, { module: true, compress: { passes: 2 } })).code;
for (const name of ['carefit-web.js', 'carefit-qr.js', 'embed.js', 'kiosk.js']) write(name, await tersely(read(name).toString()));
write('carefit.js', `const INTEGRITY = ${JSON.stringify(fetched)};\n`
  + await tersely(entrySource.replace(INTEGRITY_LINE, '').replace(HELP_IMPORT, () => helpModule)));
write('carefit.css', minifyCss(read('carefit.css').toString()).css);

const entryTag = /<script type="module" src="\.\/carefit\.js"><\/script>/;
// A center's settings (./dev build --config), baked into every page; the
// kiosk pages keep kiosk mode whatever the center's own mode.
const centerConfig = process.env.CAREFIT_CONFIG ? JSON.parse(fs.readFileSync(process.env.CAREFIT_CONFIG, 'utf8')) : null;
const configJson = (config) => JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
// (Without one, the kiosk file keeps the one-line config its README shows.)
const kioskConfig = centerConfig ? configJson({ ...centerConfig, mode: 'kiosk' }) : '{ "mode": "kiosk" }';

let indexHtml = read('index.html').toString();
if (centerConfig) {
  indexHtml = indexHtml.replace('</body>', () =>
    `<script type="application/json" id="carefit-config">${configJson(centerConfig)}</script>\n</body>`);
}
if (!entryTag.test(indexHtml)) throw new Error('post-build: index.html does not load ./carefit.js');
indexHtml = indexHtml.replace(entryTag, '<script type="module" src="./carefit.js" integrity=""></script>');
// No preload hints for the glue and the wasm: the page paints first (it is
// pre-rendered and works on its own), then carefit.js fetches the app.
indexHtml = indexHtml.replace(/<link rel="(?:modulepreload|preload)" href="\.\/carefit-web[^>]*>/g, '');
// Every integrity attribute names the file as shipped.
indexHtml = indexHtml.replace(/<[^>]*(?:href|src)="\.\/([\w.-]+)"[^>]*>/g,
  (tag, name) => tag.replace(/integrity="[^"]*"/, `integrity="${sri(read(name))}"`));
write('index.html', indexHtml);

// The single file: the standalone page with everything inlined, in kiosk mode.
const hostStart = indexHtml.indexOf('<div id="carefit"');
// Nothing pre-rendered in it (it carries the app at once); its help is
// rendered below for its own config, as plain text (kiosk mode).
const host = indexHtml.slice(hostStart, indexHtml.indexOf('</main>', hostStart)).replace('<!-- carefit:prerender -->', '');
if (hostStart < 0 || !host.includes('<!-- carefit:help -->')) throw new Error('post-build: no #carefit with its help marker in index.html');
const wasm = read('carefit-web_bg.wasm').toString('base64');
// As carefit.js does on the website: a trap (a panic aborts at once) leaves
// the static help with its crisis numbers, never a dead screen.
const { code: boot } = await minify(`${glue}
${helpModule}
const page = document.getElementById('carefit');
const staticHelp = document.getElementById('carefit-fallback');
// The clinic's own lines, once it has edited the config below, in place of
// the defaults the build rendered.
ownLinesInStaticHelp(staticHelp, document.getElementById('carefit-config').textContent);
const crashed = (error) => {
  if (error instanceof WebAssembly.RuntimeError) showStaticHelp(page, staticHelp, 'crashed');
};
// As kiosk.js does: no context menu, dragging or selecting on the page.
for (const name of ['contextmenu', 'dragstart', 'selectstart']) {
  document.addEventListener(name, (event) => event.preventDefault(), { capture: true });
}
addEventListener('error', (event) => crashed(event.error));
addEventListener('unhandledrejection', (event) => crashed(event.reason));
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
start_page([]);
// The QR encoder (carefit.js's drawQrCodes), its module made from text.
const qrGlue = ${JSON.stringify(qrGlue).replace(/</g, '\\u003c')};
const qrBytes = "${read('carefit-qr_bg.wasm').toString('base64')}";
let qr = null;
new MutationObserver(() => {
  for (const img of document.querySelectorAll('img.cf-qr[data-qr]:not([src])')) {
    qr ??= import(URL.createObjectURL(new Blob([qrGlue], { type: 'text/javascript' }))).then(async (encoder) => {
      await encoder.default({ module_or_path: Uint8Array.from(atob(qrBytes), (c) => c.charCodeAt(0)) });
      return encoder;
    });
    qr.then((encoder) => { img.src = encoder.qr_data_url(img.dataset.qr) ?? ''; })
      .catch((error) => console.error('carefit: the QR code could not be drawn', error));
  }
}).observe(document.body, { childList: true, subtree: true });`, { module: true });
const css = read('carefit.css').toString();
const single = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Which level of care fits you? · carefit</title>
<style>${css}</style>
</head>
<body class="cf-kiosk-page">
${host}
<!-- Edit this config for your clinic: see the README's config section. -->
<script type="application/json" id="carefit-config">${kioskConfig}</script>
<script type="module">${boot}</script>
</body>
</html>
`;
write('carefit-kiosk.html', single);

// The lobby page and the iframe page get the center's settings in place of
// their own.
const bakeConfig = (name, json) => {
  const own = /(<script type="application\/json" id="carefit-config">)[\s\S]*?(<\/script>)/;
  const html = read(name).toString();
  if (!own.test(html)) throw new Error(`post-build: ${name} has no carefit-config to replace`);
  write(name, html.replace(own, (all, open, close) => `${open}${json}${close}`));
};
if (centerConfig) {
  bakeConfig('kiosk.html', kioskConfig);
  bakeConfig('embed.html', configJson(centerConfig));
}

// Pre-rendered from the same components the wasm runs, and the static help
// of every page that shows it, for that page's config.
const helpPages = ['index.html', 'carefit-kiosk.html', 'kiosk.html', 'embed.html']
  .filter((name) => read(name).includes('<!-- carefit:'));
prerender(...helpPages.map((name) => path.join(dist, name)));

const hash = crypto.createHash('sha256');
for (const name of PRECACHE) hash.update(name).update(read(name));
const version = hash.digest('hex').slice(0, 16);
const worker = fs.readFileSync(new URL('sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(PRECACHE.map((f) => `./${f}`)));
write('sw.js', worker);

// Precompressed copies for hosts that serve them.
for (const entry of fs.readdirSync(dist, { recursive: true })) {
  const name = String(entry);
  const full = path.join(dist, name);
  if (!fs.statSync(full).isFile() || /\.(gz|br)$/.test(name)) continue;
  if (!/\.(html|js|css|wasm|json|svg)$/.test(name)) continue;
  await precompress(full);
}
console.log(`post-build: sw.js (cache carefit-${version}), carefit-kiosk.html (${Math.round(single.length / 1024)} KiB), .gz and .br written`);
