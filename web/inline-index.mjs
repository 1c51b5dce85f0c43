// index.html, the page every visitor opens first, in one request: its
// stylesheet and its two module scripts (carefit.js, then fallback.js) go
// inside it, each named by its hash in the page's generated policy
// (headers.mjs). Linked, each cost a round trip on a slow line before the
// first paint: the stylesheet blocks it, and the scripts run before it (a
// page this small is parsed at once), so the paint waits for them too. The
// other pages, each widget's shadow root and every partner keep loading the
// files, checked by their integrity hashes.
//
// A host that sends a policy of its own without these hashes refuses the
// inline scripts, and then nothing runs, fallback.js included. So on this
// page the static help (the crisis lines, the levels) is shown by the
// markup itself, below the pre-rendered screens, without its line saying
// the questions are loading, and carefit.js hides it as it takes those
// screens over: a page whose scripts cannot run still shows the help,
// never only buttons that do nothing.
import { sri } from './dist.mjs';

const PAGE = 'index.html';
const STYLESHEET = /<link rel="stylesheet" href="\.\/(carefit[\w.-]*\.css)" integrity="([^"]*)">/g;
const SCRIPTS = /<script type="module" src="\.\/((?:carefit|fallback)[\w.-]*\.js)" integrity="([^"]*)"><\/script>/g;
const HIDDEN_HELP = 'id="carefit-fallback" hidden';
/** The static help's line saying the questions are loading (one per language), which only the help has. */
const LOADING = '<p class="cf-loading">';

export function inlineIntoIndex(dist) {
  let html = dist.text(PAGE);
  if (html.split(HIDDEN_HELP).length !== 2) throw new Error(`build: ${PAGE} should have one hidden #carefit-fallback`);
  if (!html.includes(LOADING)) throw new Error(`build: ${PAGE}'s static help has no loading line`);
  html = html.replace(HIDDEN_HELP, 'id="carefit-fallback"').replaceAll(LOADING, '<p class="cf-loading" hidden>');
  html = inline(dist, html, STYLESHEET, 1, 'style');
  html = inline(dist, html, SCRIPTS, 2, 'script', ' type="module"');
  dist.write(PAGE, html);
}

/** Each tag `tags` finds (`count` of them), replaced by its file's text, which must match the tag's hash. */
function inline(dist, html, tags, count, element, attributes = '') {
  const found = [...html.matchAll(tags)];
  if (found.length !== count) throw new Error(`build: ${PAGE} should link ${count} such files, not ${found.length}: ${tags}`);
  for (const [tag, file, integrity] of found) {
    const text = dist.text(file);
    if (sri(text) !== integrity) throw new Error(`build: ${file} is not the file ${PAGE} pins`);
    const why = notInlineable(text, element);
    if (why) throw new Error(`build: ${file} cannot go inline in ${PAGE}: ${why}`);
    html = html.replace(tag, () => `<${element}${attributes}>${text}</${element}>`);
  }
  return html;
}

/** Why `text` would not reach the browser as it is, inside a <script> or <style> (null when it would). */
function notInlineable(text, element) {
  if (text.toLowerCase().includes(`</${element}`) || (element === 'script' && text.includes('<!--'))) {
    return `it holds </${element} or <!--, which the parser reads as markup`;
  }
  // The policy's hash is of the text the browser reads: the parser turns
  // each CR into a newline, and a host's charset header (Apache's
  // AddDefaultCharset, say) outranks the page's <meta charset>.
  if (text.includes('\r')) return 'it holds a carriage return';
  if (/[^\x00-\x7f]/.test(text)) return 'it is not ASCII (the minifiers write escapes: web/minify.mjs)';
  return null;
}
