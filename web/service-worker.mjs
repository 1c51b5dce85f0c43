// sw.js: the kiosk's service worker (web/sw.js), precaching exactly the
// files the kiosk page runs, by the names they ship with, its cache named by
// a hash of them so an update drops the old cache.
import fs from 'node:fs';
import crypto from 'node:crypto';

/** Writes sw.js for `names` (source names, as web/dist.mjs knows them); returns its version. */
export function serviceWorker(dist, names) {
  const hash = crypto.createHash('sha256');
  for (const name of names) hash.update(name).update(dist.read(name));
  const version = hash.digest('hex').slice(0, 16);
  const files = names.map((name) => `./${dist.entry(name).file}`);
  dist.write('sw.js', fs.readFileSync(new URL('sw.js', import.meta.url), 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(files)));
  return version;
}
