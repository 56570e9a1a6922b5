// Offline after the first visit: every asset of the page is cached on install, and each fetch
// tries the network first (so a rebuilt page is never served stale) and falls back to the cache.
const CACHE = 'factlens-v1';
const ASSETS = [
  './', 'index.html', 'style.css', 'main.js', 'annotator.js', 'worker.js', 'highlight.js',
  'card.js', 'facts.js', 'legend.js', 'labels.js', 'clipboard.js', 'sample.txt',
  'pkg/factlens.js', 'pkg/factlens_bg.wasm', 'pkg/tape.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
