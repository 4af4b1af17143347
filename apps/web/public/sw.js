/* global self, caches, fetch, URL, Headers, Response */
/*
 * Service worker of the check-in app (registered only by /check-in, scope /). It makes the
 * app open without a network after one visit:
 * - the HTML shell of /check-in: network first, the cached copy when offline;
 * - /assets/* (hashed, immutable names): cache first;
 * - the manifest and icons: precached, network first.
 * API responses are never cached here: the app keeps its data in IndexedDB itself.
 */
const VERSION = 'v1';
const SHELL_CACHE = `akim-check-in-shell-${VERSION}`;
const ASSET_CACHE = `akim-check-in-assets-${VERSION}`;
const SHELL_URL = '/check-in';
const PRECACHE = ['/manifest.webmanifest', '/icon.svg', '/icon-192.png', '/icon-512.png'];

/** The shell and the scripts and styles it names, so a later visit offline finds them all. */
async function precache() {
  const shell = await caches.open(SHELL_CACHE);
  const response = await fetch(SHELL_URL, { cache: 'no-cache' });
  if (response.ok) {
    const html = await response.clone().text();
    await shell.put(SHELL_URL, response);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    await (await caches.open(ASSET_CACHE)).addAll(assets);
  }
  await shell.addAll(PRECACHE);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('akim-check-in-') && name !== SHELL_CACHE && name !== ASSET_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The page tells which assets it loaded before this worker controlled it (the app's chunk). */
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-assets' || !Array.isArray(event.data.urls)) {
    return;
  }
  const urls = event.data.urls.filter((url) => new URL(url).origin === self.location.origin);
  const reply = (cached) => event.ports[0]?.postMessage({ cached });
  event.waitUntil(
    caches
      .open(ASSET_CACHE)
      .then(async (cache) => {
        const missing = [];
        for (const url of urls) {
          if (!(await cache.match(url))) {
            missing.push(url);
          }
        }
        await cache.addAll(missing);
      })
      .then(
        () => reply(true),
        () => reply(false),
      ),
  );
});

/** Network first (and refresh the copy), the cached copy when offline; stored under `key`. */
async function networkFirst(request, key) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (!cached) {
      throw error;
    }
    // Marked, so that one can tell (and a test can prove) the page came from the device.
    const headers = new Headers(cached.headers);
    headers.set('x-served-from', 'service-worker-cache');
    return new Response(cached.body, { status: cached.status, headers });
  }
}

/** Each release brings new hashed names: keep the newest ones, forget the oldest. */
const MAX_ASSETS = 80;

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((key) => cache.delete(key)));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  if (request.mode === 'navigate' && /^\/check-in\/?$/.test(url.pathname)) {
    event.respondWith(networkFirst(request, SHELL_URL));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(assetCacheFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
