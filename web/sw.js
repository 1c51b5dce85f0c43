// carefit's service worker, registered by kiosk pages only, so a lobby
// screen keeps working without a network. It precaches exactly the widget's
// own files (the list and version are filled in at build time), serves them
// cache-first, drops old versions on update, and caches nothing else —
// answers never leave the page, so there is nothing else to cache.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `carefit-${VERSION}`;

// It serves the kiosk page and nothing else: not the website, not the
// embeds. A registration over more than that page (kiosk.js once used the
// default scope) caches nothing, answers nothing, drops the caches of older
// versions and removes itself.
const PAGE = new URL('kiosk.html', self.location).href;
const forKiosk = self.registration.scope === PAGE;
const isKioskPage = (url) => url?.split(/[?#]/)[0] === PAGE;

self.addEventListener('install', (event) => {
  if (!forKiosk) { self.skipWaiting(); return; }
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('carefit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => (forKiosk ? self.clients.claim() : self.registration.unregister())),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (!forKiosk || event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const navigation = event.request.mode === 'navigate';
  if (navigation && !isKioskPage(url.href)) return;
  event.respondWith((async () => {
    // A file fetched by anything but the kiosk page goes to the network.
    if (!navigation && !isKioskPage((await self.clients.get(event.clientId))?.url)) return fetch(event.request);
    const hit = await (await caches.open(CACHE)).match(event.request, { ignoreSearch: true });
    return hit || fetch(event.request);
  })());
});
