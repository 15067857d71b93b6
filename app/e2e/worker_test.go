package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"testing"
)

var (
	cacheNameRE = regexp.MustCompile(`const cacheName = "app-" \+ "([^"]+)";`)
	precacheRE  = regexp.MustCompile(`const resourcesToCache = (\[.*\]);`)
)

// precache reads the served service worker: its version and the paths it
// must precache.
func precache(t testing.TB, workerURL string) (version string, paths []string) {
	t.Helper()
	res, err := http.Get(workerURL)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	name := cacheNameRE.FindSubmatch(body)
	list := precacheRE.FindSubmatch(body)
	if name == nil || list == nil {
		t.Fatalf("%s has no cache name or precache list:\n%s", workerURL, body)
	}
	if err := json.Unmarshal(list[1], &paths); err != nil {
		t.Fatal(err)
	}
	return string(name[1]), paths
}

// workerStatusJS reports what is missing before the service worker is ready:
// activated, controlling the page, and holding every precached path in its
// cache. It never opens a cache that does not exist (that would create it).
const workerStatusJS = `(async (cacheName, paths) => {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg || !reg.active || reg.active.state !== "activated") return "no activated worker";
  if (!navigator.serviceWorker.controller) return "page not controlled";
  const keys = await caches.keys();
  if (!keys.includes(cacheName)) return "no cache " + cacheName + " in " + keys;
  const cache = await caches.open(cacheName);
  const got = (await cache.keys()).map((r) => new URL(r.url).pathname);
  const missing = paths.filter((p) => !got.includes(p));
  if (missing.length) return "missing " + missing.join(" ");
  if (keys.length !== 1) return "stale caches " + keys;
  return "ready";
})(%q, %s)`

// waitWorker waits until the worker of version is ready, as workerStatusJS
// defines it.
func (b *browser) waitWorker(version string, paths []string) {
	b.t.Helper()
	list, _ := json.Marshal(paths)
	js := fmt.Sprintf(workerStatusJS, "app-"+version, list)
	var status string
	for i := 0; i < 600; i++ {
		b.eval(js, &status)
		if status == "ready" {
			return
		}
		b.sleep(100)
	}
	b.t.Fatalf("service worker %s not ready: %s", version, status)
}
