// carefit's service worker, registered by kiosk pages only, so a lobby
// screen keeps working without a network. It precaches exactly the widget's
// own files (the list, each file's hash and the version are filled in at
// build time), serves them cache-first, drops old versions on update, and
// caches nothing else — answers never leave the page, so there is nothing
// else to cache.
//
// Any script of the same origin can rewrite this cache (the `caches` API is
// the origin's, not the worker's), so nothing is served from it unchecked:
// each response must match the build's hash of that file. One that does not
// is dropped and fetched again, checked the same way; with no network, a
// page gets the static help (the crisis lines) and a file gets an error,
// which its page's own integrity check then handles.
const VERSION = '__VERSION__';
/** [path, integrity] for each file, as the build shipped it. */
const FILES = __FILES__;
/** The kiosk page's static help, for a page that cannot be had intact. */
const HELP = __HELP__;
const CACHE = `carefit-${VERSION}`;

// It serves the kiosk page and nothing else: not the website, not the
// embeds. A registration over more than that page (kiosk.js once used the
// default scope) caches nothing, answers nothing, drops the caches of older
// versions and removes itself.
const PAGE = new URL('kiosk.html', self.location).href;
const forKiosk = self.registration.scope === PAGE;
const withoutQuery = (url) => url?.split(/[?#]/)[0];
const isKioskPage = (url) => withoutQuery(url) === PAGE;
const EXPECTED = new Map(FILES.map(([file, integrity]) => [new URL(file, self.location).href, integrity]));

/** A fresh copy of `url` from the network, checked by the browser against its hash. */
const fetchChecked = (url) => fetch(url, { integrity: EXPECTED.get(url), cache: 'no-cache' })
  .then((response) => (response.ok ? response : Promise.reject(new Error(`${url}: ${response.status}`))));

/** Whether a cached response's body is exactly the build's file. */
async function intact(response, integrity) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return `sha256-${btoa(String.fromCharCode(...digest))}` === integrity;
}

self.addEventListener('install', (event) => {
  if (!forKiosk) { self.skipWaiting(); return; }
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...EXPECTED.keys()].map(async (url) => cache.put(url, await fetchChecked(url))));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('carefit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => (forKiosk ? self.clients.claim() : self.registration.unregister())),
  );
});

/** The static help as a page of its own: no script, no style, under a policy that allows none. */
const helpPage = () => new Response(HELP, {
  headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'" },
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (!forKiosk || event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const navigation = event.request.mode === 'navigate';
  if (navigation && !isKioskPage(url.href)) return;
  event.respondWith((async () => {
    // A file fetched by anything but the kiosk page goes to the network.
    if (!navigation && !isKioskPage((await self.clients.get(event.clientId))?.url)) return fetch(event.request);
    const key = withoutQuery(url.href);
    const integrity = EXPECTED.get(key);
    if (!integrity) return fetch(event.request);
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key);
    if (hit && await intact(hit, integrity)) return hit;
    // Missing, or not the build's file: never served. The build's own copy
    // from the network, checked, in its place.
    if (hit) await cache.delete(key);
    try {
      const fresh = await fetchChecked(key);
      await cache.put(key, fresh.clone());
      return fresh;
    } catch (error) {
      console.warn('carefit: a cached file was not the build\'s and no intact copy could be fetched', key, error);
      return navigation ? helpPage() : Response.error();
    }
  })());
});
