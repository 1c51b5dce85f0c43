// carefit-kiosk.html: one self-contained file (wasm, JS and CSS inlined) that
// runs from file:// or any static host, in kiosk mode, under a policy of its
// own that allows exactly its inline script and style, by their hashes.
import { minify } from 'terser';
import { sri } from './dist.mjs';
import { inlineGlue, markingTraps } from './inline-glue.mjs';

/**
 * The single file, from the standalone page (`indexHtml`, before its
 * pre-render), carefit.js's source (`entrySource`, for its trap marking), the
 * help module, both glues (unminified), both wasms, the stylesheet, the
 * config JSON and each language's words (web/words.mjs). Returns { html, policy }.
 */
export async function kioskSingleFile({ indexHtml, entrySource, helpModule, glue, qrGlue, wasm, qrWasm, css, configJson, words }) {
  const hostStart = indexHtml.indexOf('<div id="carefit"');
  // Nothing pre-rendered in it (it carries the app at once); its help is
  // rendered later for its own config, as plain text (kiosk mode). No
  // script of the website's: the file must load nothing.
  // Its settings inside #carefit, the one place they are read (and the
  // website's own, a center's config, taken out first).
  const host = indexHtml.slice(hostStart, indexHtml.indexOf('</main>', hostStart)).replace('<!-- carefit:prerender -->', '')
    .replace(/\s*<script\b[^>]*\ssrc="[^"]*"[^>]*><\/script>/g, '')
    .replace(/<script type="application\/json" id="carefit-config">[\s\S]*?<\/script>/, '')
    .replace(/^<div id="carefit"[^>]*>/, (open) => `${open}
<!-- Edit this config for your clinic: see the README's config section.
     Change nothing else: the page runs only the script and style whose
     hashes its policy above names. It stays a kiosk whatever this says. -->
<script type="application/json" id="carefit-config">${configJson}</script>`);
  if (hostStart < 0 || !host.includes('<!-- carefit:help -->') || !host.includes(configJson)) {
    throw new Error('build: no #carefit with its help marker in index.html');
  }
  // carefit.js's own trap marking, so the file tells its wasm's traps from
  // others as the website does.
  const TRAP_MARKING = /^const ownTraps = new WeakSet\(\);\nfunction markTraps\([\s\S]*?\n\}\n/m;
  const trapMarking = entrySource.match(TRAP_MARKING)?.[0];
  if (!trapMarking) throw new Error('build: carefit.js lacks ownTraps and markTraps as the single file copies them');
  // As carefit.js does on the website: a trap of the app's own wasm (a panic
  // aborts at once) leaves the static help with its crisis numbers, never a
  // dead screen, and so does a wasm that cannot start.
  const bootSource = `import initApp, { start_page as startPage, words_arrived as wordsArrived } from './carefit-web.js';
import initQr, { qr_data_url as qrDataUrl } from './carefit-qr.js';
${helpModule}
const page = document.getElementById('carefit');
const staticHelp = document.getElementById('carefit-fallback');
// The clinic's own lines, once it has edited the config in #carefit, in
// place of the defaults the build rendered; a kiosk's, whatever it says.
ownLinesInStaticHelp(staticHelp, page.querySelector(':scope > script[type="application/json"]')?.textContent ?? '', ['mode', 'kiosk']);
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
// Each language's words for someone else and mental health alone, here
// rather than fetched (carefit.js's loadWords).
const WORDS = ${JSON.stringify(words).replace(/</g, '\\u003c')};
initApp({ module_or_path: fromBase64("${wasm.toString('base64')}") })
  .then(() => startPage([], (lang) => Promise.resolve().then(() => wordsArrived(lang, WORDS[lang] ?? []))),
    () => showStaticHelp(page, staticHelp, 'failed'));
// The QR encoder (carefit.js's drawQrCodes), from the bytes in this file.
let qr = null;
new MutationObserver(() => {
  for (const img of document.querySelectorAll('img.cf-qr[data-qr]:not([src])')) {
    qr ??= initQr({ module_or_path: fromBase64("${qrWasm.toString('base64')}") });
    qr.then(() => { img.src = qrDataUrl(img.dataset.qr) ?? ''; })
      .catch((error) => console.error('carefit: the QR code could not be drawn', error));
  }
}).observe(document.body, { childList: true, subtree: true });`;
  const { code: boot } = await minify(inlineGlue(inlineGlue(bootSource, 'carefit-web.js', glue, markingTraps), 'carefit-qr.js', qrGlue),
    { module: true });
  // Raw text inside <script> and <style>: nothing in it may end the element
  // early or change how the parser reads it.
  if (/<\/script|<!--/i.test(boot) || /<\/style/i.test(css)) throw new Error('build: the single file\'s script or style would end early');
  // Its own Content Security Policy, as strict as the website's: the one
  // inline script and the one inline style run because their hashes are
  // named (the clinic's config is data, not script: editing it changes no
  // hash), the wasm may compile from bytes, the QR code is a data: image, and
  // nothing may be fetched. A header's policy applies on top of this one:
  // the generated headers (web/headers.mjs) name the same two hashes; a
  // host's own policy without them blocks the file's script (see the README).
  const policy = [
    "default-src 'none'", `script-src '${sri(boot)}' 'wasm-unsafe-eval'`, `style-src '${sri(css)}'`,
    'img-src data:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- No favicon request: nothing is fetched. -->
<link rel="icon" href="data:,">
<title>Which level of care may fit you? · carefit</title>
<meta name="carefit-page" content="kiosk">
<style>${css}</style>
</head>
<body class="cf-kiosk-page">
${host}
<script type="module">${boot}</script>
</body>
</html>
`;
  return { html, policy };
}

/**
 * Throws unless the single file's inline script and style are still exactly
 * what `policy` names (the static help goes in after the policy is written).
 */
export function checkOwnPolicy(html, policy) {
  const found = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>|<style>([\s\S]*?)<\/style>/g)];
  if (found !== policy || inline.length !== 2 || inline.some((m) => !found.includes(`'${sri(m[1] ?? m[2])}'`))) {
    throw new Error('build: carefit-kiosk.html no longer matches its own Content Security Policy');
  }
}
