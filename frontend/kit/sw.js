// The field kit's service worker: the kit's own files come from the cache, so the kit opens from the
// home screen with no network. Data never goes through here: the kit keeps it in IndexedDB and sends
// it to /api/v1 itself, so nothing the team records can sit in a cache where nobody sees it.
const CACHE = 'jesr-field-kit-1';
const SHELL = [
  'index.html', 'kit.js', 'store.js', 'sync.js', 'photo.js', 'merge.js', 'kit.css', 'messages.json',
  'manifest.webmanifest', '/icons/icon.svg'
];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (!url.pathname.startsWith('/kit/') && url.pathname !== '/icons/icon.svg') {
    return;
  }
  // From the cache at once (a query such as ?visit=12 does not matter), refreshed behind the scenes
  // when the network answers: the next opening has the newer kit.
  event.respondWith(caches.open(CACHE).then(async cache => {
    const cached = await cache.match(request, { ignoreSearch: true });
    const fresh = fetch(request)
      .then(response => {
        if (response.ok) {
          cache.put(url.pathname, response.clone());
        }
        return response;
      })
      .catch(() => undefined);
    if (cached) {
      event.waitUntil(fresh);
      return cached;
    }
    return (await fresh) || Response.error();
  }));
});
