// Nightcramp service worker, derived from go-app v10's app-worker.js.
//
// It keeps go-app's update semantics (a new version installs in the
// background, takes over at once and go-app tells the page an update is ready)
// and fixes two offline defects:
//   - install and activate are wrapped in event.waitUntil, so the worker is
//     only "installed" once every resource is in the cache; one failed fetch
//     fails the install instead of leaving a half-filled cache;
//   - navigations to any route, with any query string, are answered from the
//     cache: the page itself when it was precached, else the cached app shell,
//     and go-app's wasm then renders the route from the URL.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // "no-cache" revalidates with the server: a copy in the HTTP cache from
      // an older version must never be precached under the new version.
      await cache.addAll(
        resourcesToCache.map((url) => new Request(url, { cache: "no-cache" }))
      );
      await self.skipWaiting();
      console.log("app worker {{.Version}} is installed");
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys.filter((key) => key !== cacheName).map((key) => caches.delete(key))
      );
      await self.clients.claim();
      console.log("app worker {{.Version}} is activated");
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  if (request.mode === "navigate") {
    const page = await cachedPage(cache, request.url);
    if (page) {
      return page.redirected ? unredirected(page) : page;
    }
    return fetch(request);
  }
  return (await cache.match(request)) || fetch(request);
}

// unredirected copies a response that was stored after a redirect (a static
// host sending /repo to /repo/): browsers refuse those for navigations.
async function unredirected(response) {
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// cachedPage answers a navigation from the cache: the precached page for the
// path whatever its query, else the app shell at the worker's scope.
async function cachedPage(cache, url) {
  const page = await cache.match(url, { ignoreSearch: true });
  if (page) {
    return page;
  }
  const scope = self.registration.scope;
  return (
    (await cache.match(scope, { ignoreSearch: true })) ||
    (await cache.match(scope.replace(/\/$/, ""), { ignoreSearch: true }))
  );
}
