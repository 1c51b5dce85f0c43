// carefit's service worker, registered by kiosk pages only, so a lobby
// screen keeps working without a network. It precaches exactly the widget's
// own files (the list and version are filled in at build time), serves them
// cache-first, drops old versions on update, and caches nothing else —
// answers never leave the page, so there is nothing else to cache.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `carefit-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('carefit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(event.request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(event.request)),
  );
});
