// sw.js: the kiosk's service worker (web/sw.js), precaching exactly the
// files the kiosk page runs, by the names they ship with and with their
// hashes (it serves nothing from its cache that does not match), its cache
// named by a hash of them so an update drops the old cache, and the kiosk
// page's static help, for when the page itself cannot be had intact.
import fs from 'node:fs';
import crypto from 'node:crypto';

/** Writes sw.js for `names` (source names, as web/dist.mjs knows them); returns its version. */
export function serviceWorker(dist, names) {
  const hash = crypto.createHash('sha256');
  for (const name of names) hash.update(name).update(dist.read(name));
  const version = hash.digest('hex').slice(0, 16);
  const files = names.map((name) => {
    const { file, integrity } = dist.entry(name);
    return [`./${file}`, integrity];
  });
  const source = fs.readFileSync(new URL('sw.js', import.meta.url), 'utf8');
  for (const slot of ['__VERSION__', '__FILES__', '__HELP__']) {
    if (source.split(slot).length !== 2) throw new Error(`build: web/sw.js should hold ${slot} once`);
  }
  dist.write('sw.js', source
    .replace('__VERSION__', version)
    .replace('__FILES__', () => JSON.stringify(files))
    .replace('__HELP__', () => JSON.stringify(helpPage(dist.text('kiosk.html')))));
  return version;
}

/**
 * The kiosk page's static help (the crisis lines and the levels the build
 * rendered for its config) as a page of its own, with no script or style,
 * its line saying the questions are loading hidden.
 */
function helpPage(kioskHtml) {
  const open = '<div class="carefit cf-fallback" id="carefit-fallback">';
  const start = kioskHtml.indexOf(open);
  if (start < 0) throw new Error('build: kiosk.html has no #carefit-fallback for sw.js');
  // The help's own end: its </div>, counting the divs inside it.
  let depth = 0;
  let end = start;
  for (const match of kioskHtml.slice(start).matchAll(/<div\b|<\/div>/g)) {
    depth += match[0] === '</div>' ? -1 : 1;
    if (depth === 0) { end = start + match.index + match[0].length; break; }
  }
  if (end === start) throw new Error('build: kiosk.html\'s #carefit-fallback does not end');
  const help = kioskHtml.slice(start, end).replaceAll('<p class="cf-loading">', '<p class="cf-loading" hidden>');
  const title = kioskHtml.match(/<title>[^<]*<\/title>/)?.[0] ?? '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${title}
</head>
<body>
<main>
${help}
</main>
</body>
</html>
`;
}
