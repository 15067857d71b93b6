// Nightcramp service worker, derived from go-app v10's app-worker.js.
//
// It keeps go-app's update semantics (a new version installs in the
// background, takes over at once and go-app tells the page an update is ready)
// and fixes go-app's offline defects:
//   - install and activate are wrapped in event.waitUntil, so the worker is
//     only "installed" once every resource is in the cache; one failed fetch
//     fails the install, names the missing file in the console, and leaves
//     the previous version working;
//   - every page is precached as its own pre-rendered HTML, at the address a
//     static host answers (PATH/, from PATH/index.html); a navigation to
//     either PATH or PATH/, with any query string, is answered from the cache;
//   - offline, an address that is no page gets the not-found page.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const notFoundPage = {{.NotFoundPage}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // "no-cache" revalidates with the server: a copy in the HTTP cache from
      // an older version must never be precached under the new version.
      const responses = await Promise.all(
        resourcesToCache.map((url) =>
          fetch(new Request(url, { cache: "no-cache" })).then(
            (response) => response,
            (err) => ({ ok: false, status: String(err) })
          )
        )
      );
      const missing = resourcesToCache.filter((url, i) => !responses[i].ok);
      if (missing.length) {
        const why = missing.map((url) => url + " (" + responses[resourcesToCache.indexOf(url)].status + ")");
        console.error("app worker {{.Version}} not installed: the host lacks " + why.join(", ") + "; the previous version stays in use");
        throw new Error("precache failed: " + missing.join(" "));
      }
      const cache = await caches.open(cacheName);
      await Promise.all(resourcesToCache.map((url, i) => cache.put(url, responses[i])));
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
    // An address that is no page gets the app's not-found page, offline
    // and when the host answers 404 (a bare "404 page not found" helps no
    // one at 3 a.m.). The page itself is there, so it is sent as found:
    // a 404 would only add an error to the console.
    let response;
    try {
      response = await fetch(request);
    } catch (err) {
      const fallback = await notFound(cache);
      if (fallback) {
        return fallback;
      }
      throw err;
    }
    if (response.status === 404) {
      return (await notFound(cache)) || response;
    }
    return response;
  }
  return (await cache.match(request)) || fetch(request);
}

// notFound is the cached not-found page, if there is one.
async function notFound(cache) {
  const page = notFoundPage && (await cache.match(notFoundPage));
  return page && page.redirected ? unredirected(page) : page;
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
// path whatever its query, under PATH/ or PATH, whichever form was asked.
async function cachedPage(cache, url) {
  const asked = new URL(url);
  asked.search = "";
  asked.hash = "";
  const other = new URL(asked.href);
  other.pathname = asked.pathname.endsWith("/")
    ? asked.pathname.slice(0, -1)
    : asked.pathname + "/";
  return (await cache.match(asked.href)) || (await cache.match(other.href));
}
