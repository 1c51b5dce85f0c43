// Trunk post_build hook: turns the staged build into what we ship.
//  - minified JavaScript and CSS (terser, csso): Trunk's own minifier cannot
//    parse wasm-bindgen's module, and every byte counts on a bad phone;
//  - short wasm import and export names (web/short-names.mjs), for the same bytes;
//  - the app's wasm-bindgen glue inside carefit.js, so that the hash a page
//    checks carefit.js against covers it too;
//  - Subresource Integrity on every script and stylesheet the pages load,
//    and in carefit.js on the files it loads itself;
//  - sw.js: the kiosk's service worker, precaching exactly the widget's files,
//    its cache named by a hash of them so an update drops the old cache;
//  - carefit-kiosk.html: one self-contained file (wasm, JS and CSS inlined)
//    that runs from file:// or any static host, under a policy of its own
//    that allows exactly its inline script and style, by their hashes;
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
import { buildSetup } from './setup-build.mjs';
import { buildSideWasm, sri } from './side-wasm.mjs';

const dist = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const read = (name) => fs.readFileSync(path.join(dist, name));
const write = (name, data) => fs.writeFileSync(path.join(dist, name), data);

// The kiosk's QR encoder, a wasm of its own (src/bin/carefit-qr.rs) that
// carefit.js fetches only for a kiosk result.
buildSideWasm('carefit-qr', dist);

for (const app of ['carefit-web', 'carefit-qr']) {
  const { wasm, glue } = shortenNames(read(`${app}_bg.wasm`), read(`${app}.js`).toString());
  write(`${app}_bg.wasm`, wasm);
  write(`${app}.js`, glue);
}

// What the kiosk page runs: its worker precaches exactly these (it serves
// the kiosk page alone); the other pages must be in the build too.
const PRECACHE = ['kiosk.html', 'kiosk.js', 'carefit.js', 'fallback.js', 'carefit-web_bg.wasm', 'carefit-qr.js',
  'carefit-qr_bg.wasm', 'carefit.css'];
for (const name of [...PRECACHE, 'carefit-web.js', 'index.html', 'embed.html', 'embed.js']) {
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

/**
 * Puts a wasm-bindgen glue module (its text, `glue`) where `source` imports
 * it from `./${file}`, as a scope of its own that returns what is imported:
 *   import init, { start_page as startPage } from './carefit-web.js';
 * becomes
 *   const { default: init, start_page: startPage } = (() => { …glue…
 *     return { default: __wbg_init, start_page: start_page }; })();
 * The glue then runs under the hash of the file it is in, and the minifier
 * drops what nothing imports. `edit` may change the glue's text first.
 * Throws, and so fails the build, when the glue imports anything (it would
 * load unchecked) or exports in a shape this does not know.
 */
function inlineGlue(source, file, glue, edit = (text) => text) {
  const statement = new RegExp(`^import (\\w+), \\{([^}]*)\\} from '\\./${file.replace('.', '\\.')}';\n`, 'm');
  const found = source.match(statement);
  if (!found) throw new Error(`post-build: no "import init, { … } from './${file}';" to inline`);
  if (/^\s*import\b/m.test(glue) || /\bimport\(/.test(glue)) throw new Error(`post-build: ${file} imports a module of its own`);
  const exported = new Map();
  let body = glue.replace(/^export ((?:async )?(?:function\*?|class|const|let) (\w+))/gm, (all, declaration, name) => {
    exported.set(name, name);
    return declaration;
  }).replace(/^export \{([^}]*)\};?\n?/gm, (all, list) => {
    for (const item of list.split(',').map((text) => text.trim()).filter(Boolean)) {
      const [local, name = local] = item.split(/\s+as\s+/);
      exported.set(name, local);
    }
    return '';
  });
  if (/^export\b/m.test(body)) throw new Error(`post-build: ${file} exports in a shape inlineGlue does not know`);
  body = edit(body);
  const [, defaultAs, named] = found;
  const wanted = [['default', defaultAs], ...named.split(',').map((text) => text.trim()).filter(Boolean)
    .map((item) => { const [name, as = name] = item.split(/\s+as\s+/); return [name, as]; })];
  for (const [name] of wanted) if (!exported.has(name)) throw new Error(`post-build: ${file} does not export ${name}`);
  const bound = wanted.map(([name, as]) => `${name}: ${as}`).join(', ');
  const returned = wanted.map(([name]) => `${name}: ${exported.get(name)}`).join(', ');
  return source.replace(statement, () => `const { ${bound} } = (() => {\n${body}\nreturn { ${returned} };\n})();\n`);
}

/** `text` with `from` replaced by `to`, which must be there exactly once. */
function replaceOnce(text, from, to, what) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`post-build: ${what}: "${from}" found ${parts.length - 1} times, not once`);
  return parts.join(to);
}

// The app's glue calls its wasm through carefit.js's markTraps, so that
// carefit.js can tell a trap of its own wasm from any other RuntimeError on
// the page (see `crashed` there).
const markingTraps = (glue) => replaceOnce(glue, 'wasm = instance.exports;', 'wasm = markTraps(instance.exports);',
  'the app glue');
const glue = read('carefit-web.js').toString();
const qrGlue = read('carefit-qr.js').toString();
// The app's glue is inlined below, into carefit.js and the single-file
// kiosk, and shipped nowhere else: nothing may load it unchecked. The QR
// encoder's stays a file of its own, for kiosks alone to fetch (checked by
// carefit.js's importChecked), and is inlined into the single file only.
fs.rmSync(path.join(dist, 'carefit-web.js'));

// Minify, before the integrity hashes below, which are of the files as
// shipped. The single-file kiosk build inlines the glue with its own
// start-up code, so it keeps the unminified text and is minified whole.
const tersely = async (code) => (await minify(code, { module: true, compress: { passes: 2 } })).code;
for (const name of ['carefit-qr.js', 'embed.js', 'kiosk.js', 'fallback.js']) write(name, await tersely(read(name).toString()));
write('carefit.css', minifyCss(read('carefit.css').toString()).css);

// Subresource Integrity: pages check every script and stylesheet they load
// (below), and carefit.js checks what it loads itself: each wasm it fetches,
// the QR encoder's glue and the stylesheet it links in each widget's shadow
// root. Those hashes stay a readable first line of the shipped carefit.js,
// outside what the minifier may fold.
const INTEGRITY_LINE = /^const INTEGRITY = \{\};\n/m;
let entrySource = read('carefit.js').toString();
if (!INTEGRITY_LINE.test(entrySource)) throw new Error('post-build: carefit.js lacks its INTEGRITY line');
if (!HELP_IMPORT.test(entrySource)) throw new Error('post-build: carefit.js does not import ./help.js');
if (!/^function markTraps\(/m.test(entrySource)) throw new Error('post-build: carefit.js lacks markTraps, which its glue calls');
entrySource = inlineGlue(entrySource, 'carefit-web.js', glue, markingTraps);
const checked = Object.fromEntries(['carefit-web_bg.wasm', 'carefit-qr.js', 'carefit-qr_bg.wasm', 'carefit.css']
  .map((name) => [name, sri(read(name))]));
write('carefit.js', `const INTEGRITY = ${JSON.stringify(checked)};\n`
  + await tersely(entrySource.replace(INTEGRITY_LINE, '').replace(HELP_IMPORT, () => helpModule)));
// No import left that names its module: each would load it unchecked
// (importChecked's import() takes the name it has checked).
if (/^\s*import\b|\bimport\s*\(\s*['"`]/m.test(read('carefit.js').toString())) throw new Error('post-build: carefit.js still imports a module unchecked');

/**
 * Every script and stylesheet a page loads, and each module it preloads,
 * gets the hash of the file as shipped in its `integrity` attribute. A tag
 * without one fails the build, so no file can be added to a page unchecked.
 */
function withIntegrity(page, html) {
  return html.replace(/<(?:script|link)\b[^>]*>/g, (tag) => {
    const loads = tag.startsWith('<script') ? /\ssrc=/.test(tag) : /\srel="(?:stylesheet|modulepreload)"/.test(tag);
    if (!loads) return tag;
    const file = tag.match(/\s(?:src|href)="(?:\.\/)?([\w.-]+)"/)?.[1];
    if (!file || !fs.existsSync(path.join(dist, file))) throw new Error(`post-build: ${page} loads what the build did not make: ${tag}`);
    if (!/\sintegrity="[^"]*"/.test(tag)) throw new Error(`post-build: ${page} loads ${file} with no integrity attribute`);
    return tag.replace(/\sintegrity="[^"]*"/, () => ` integrity="${sri(read(file))}"`);
  });
}

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
// No preload hints for the glue (now inside carefit.js) and the wasm: the
// page paints first (it is pre-rendered and works on its own), then
// carefit.js fetches the app.
indexHtml = indexHtml.replace(/<link rel="(?:modulepreload|preload)" href="\.\/carefit-web[^>]*>/g, '');
indexHtml = withIntegrity('index.html', indexHtml);
write('index.html', indexHtml);
for (const name of ['embed.html', 'kiosk.html']) write(name, withIntegrity(name, read(name).toString()));

// The single file: the standalone page with everything inlined, in kiosk mode.
const hostStart = indexHtml.indexOf('<div id="carefit"');
// Nothing pre-rendered in it (it carries the app at once); its help is
// rendered below for its own config, as plain text (kiosk mode). No
// script of the website's: the file must load nothing.
const host = indexHtml.slice(hostStart, indexHtml.indexOf('</main>', hostStart)).replace('<!-- carefit:prerender -->', '')
  .replace(/\s*<script\b[^>]*\ssrc="[^"]*"[^>]*><\/script>/g, '');
if (hostStart < 0 || !host.includes('<!-- carefit:help -->')) throw new Error('post-build: no #carefit with its help marker in index.html');
// carefit.js's own trap marking, so the file tells its wasm's traps from
// others as the website does.
const TRAP_MARKING = /^const ownTraps = new WeakSet\(\);\nfunction markTraps\([\s\S]*?\n\}\n/m;
const trapMarking = entrySource.match(TRAP_MARKING)?.[0];
if (!trapMarking) throw new Error('post-build: carefit.js lacks ownTraps and markTraps as the single file copies them');
// As carefit.js does on the website: a trap of the app's own wasm (a panic
// aborts at once) leaves the static help with its crisis numbers, never a
// dead screen, and so does a wasm that cannot start.
const bootSource = `import initApp, { start_page as startPage } from './carefit-web.js';
import initQr, { qr_data_url as qrDataUrl } from './carefit-qr.js';
${helpModule}
const page = document.getElementById('carefit');
const staticHelp = document.getElementById('carefit-fallback');
// The clinic's own lines, once it has edited the config below, in place of
// the defaults the build rendered.
ownLinesInStaticHelp(staticHelp, document.getElementById('carefit-config').textContent);
${trapMarking}
const crashed = (error) => {
  if (ownTraps.has(error)) showStaticHelp(page, staticHelp, 'crashed');
};
// As kiosk.js does: no context menu, dragging or selecting on the page.
for (const name of ['contextmenu', 'dragstart', 'selectstart']) {
  document.addEventListener(name, (event) => event.preventDefault(), { capture: true });
}
addEventListener('error', (event) => crashed(event.error));
addEventListener('unhandledrejection', (event) => crashed(event.reason));
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
initApp({ module_or_path: fromBase64("${read('carefit-web_bg.wasm').toString('base64')}") })
  .then(() => startPage([]), () => showStaticHelp(page, staticHelp, 'failed'));
// The QR encoder (carefit.js's drawQrCodes), from the bytes in this file.
let qr = null;
new MutationObserver(() => {
  for (const img of document.querySelectorAll('img.cf-qr[data-qr]:not([src])')) {
    qr ??= initQr({ module_or_path: fromBase64("${read('carefit-qr_bg.wasm').toString('base64')}") });
    qr.then(() => { img.src = qrDataUrl(img.dataset.qr) ?? ''; })
      .catch((error) => console.error('carefit: the QR code could not be drawn', error));
  }
}).observe(document.body, { childList: true, subtree: true });`;
const { code: boot } = await minify(inlineGlue(inlineGlue(bootSource, 'carefit-web.js', glue, markingTraps), 'carefit-qr.js', qrGlue),
  { module: true });
const css = read('carefit.css').toString();
// Raw text inside <script> and <style>: nothing in it may end the element
// early or change how the parser reads it.
if (/<\/script|<!--/i.test(boot) || /<\/style/i.test(css)) throw new Error('post-build: the single file\'s script or style would end early');
// Its own Content Security Policy, as strict as the website's: the one
// inline script and the one inline style run because their hashes are
// named (the clinic's config is data, not script: editing it changes no
// hash), the wasm may compile from bytes, the QR code is a data: image, and
// nothing may be fetched. A header with another policy (the website's)
// still applies on top of this one, and blocks the file: see the README.
const singlePolicy = [
  "default-src 'none'", `script-src '${sri(boot)}' 'wasm-unsafe-eval'`, `style-src '${sri(css)}'`,
  'img-src data:', "base-uri 'none'", "form-action 'none'",
].join('; ');
const single = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${singlePolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- No favicon request: nothing is fetched. -->
<link rel="icon" href="data:,">
<title>Which level of care fits you? · carefit</title>
<style>${css}</style>
</head>
<body class="cf-kiosk-page">
${host}
<!-- Edit this config for your clinic: see the README's config section.
     Change nothing else: the page runs only the script and style whose
     hashes its policy above names. -->
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
// The static help went into the single file after its policy was written:
// its inline script and style must still be exactly what the policy names.
{
  const html = read('carefit-kiosk.html').toString();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>|<style>([\s\S]*?)<\/style>/g)];
  if (policy !== singlePolicy || inline.length !== 2 || inline.some((m) => !policy.includes(`'${sri(m[1] ?? m[2])}'`))) {
    throw new Error('post-build: carefit-kiosk.html no longer matches its own Content Security Policy');
  }
}

const hash = crypto.createHash('sha256');
for (const name of PRECACHE) hash.update(name).update(read(name));
const version = hash.digest('hex').slice(0, 16);
const worker = fs.readFileSync(new URL('sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(PRECACHE.map((f) => `./${f}`)));
write('sw.js', worker);

// The staff's set-up page (setup.html, web/setup-build.mjs): its files and
// its own checker wasm. No visitor's page refers to any of them.
await buildSetup(dist);

// Precompressed copies for hosts that serve them.
for (const entry of fs.readdirSync(dist, { recursive: true })) {
  const name = String(entry);
  const full = path.join(dist, name);
  if (!fs.statSync(full).isFile() || /\.(gz|br)$/.test(name)) continue;
  if (!/\.(html|js|css|wasm|json|svg)$/.test(name)) continue;
  await precompress(full);
}
console.log(`post-build: sw.js (cache carefit-${version}), carefit-kiosk.html (${Math.round(single.length / 1024)} KiB), .gz and .br written`);
