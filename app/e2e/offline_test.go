package e2e

import (
	"testing"

	"github.com/nightcramp/nightcramp/app/ui"
)

// offlinePaths are navigations that must boot the app with no network: the
// root, a query, another route, a query and fragment, a fragment.
var offlinePaths = []string{"/", "/?q=anything", "/about", "/about?from=home#top", "/#calf"}

func TestServiceWorkerPrecachesEverything(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	version, paths := precache(t, s.URL+"/app-worker.js")
	if version != s.Version {
		t.Errorf("worker version %q, server version %q", version, s.Version)
	}
	mustList(t, paths, "/", "/about/", "/red-flags/", "/sources/", "/cramp-now/", "/diary/", "/diary/new/", "/profile/",
		ui.EntryPages(knowledge())[0]+"/", ui.NotFoundPath+"/", "/app.js", "/web/theme.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css",
		"/web/app.css", "/web/app.wasm", "/web/icons/icon-192.png", "/web/icons/icon-512.png",
		"/web/icons/maskable-512.png", "/web/icons/icon.svg")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.waitWorker(version, paths)
}

func TestOfflineWithEmulatedNetworkBootsEveryRoute(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))

	b.setOffline(true)
	if !b.networkIsDown() {
		t.Fatal("the emulated offline mode let a request through")
	}
	checkOfflineBoots(t, b, s.URL, offlinePaths)
}

func TestOfflineWithServerStoppedBootsEveryRoute(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))

	s.Stop()
	if !b.networkIsDown() {
		t.Fatal("the server still answers after it was stopped")
	}
	checkOfflineBoots(t, b, s.URL, offlinePaths)
	checkOfflineDeepLinks(t, b, s.URL)
}

// checkOfflineDeepLinks opens deep links with the network down: an entry,
// the diary and the profile, each in either URL form, must be answered with
// that page's own pre-rendered HTML (its own first <h1>, before the wasm
// runs), an address that is no page with the not-found page, and the guide
// with its own page.
func checkOfflineDeepLinks(t *testing.T, b *browser, base string) {
	t.Helper()
	b.onNewDocument(firstH1JS)
	entry := ui.EntryPages(knowledge())[0]
	e, _ := knowledge().Entry(entry[len("/entry/"):])
	for _, c := range []struct{ path, h1 string }{
		{entry, e.Title}, {entry + "/", e.Title}, {"/diary", "Your night diary"}, {"/diary/?from=link", "Your night diary"},
		{"/profile", "Your profile"}, {"/no/such/page", "Page not found"},
	} {
		b.open(base + c.path)
		var got string
		b.eval(`window.__firstH1`, &got)
		if got != c.h1 {
			t.Errorf("offline %s: the served HTML's first <h1> is %q, want %q", c.path, got, c.h1)
		}
	}
	// The guide, full screen, has no link home: its own page is enough.
	for _, p := range []string{ui.CrampNowPath, ui.CrampNowPath + "/"} {
		b.open(base + p)
		var guide bool
		b.eval(`window.__firstH1 !== "" && !document.getElementById("search")`, &guide)
		if !guide {
			t.Errorf("offline %s did not serve the guide's own page", p)
		}
	}
	b.open(base + "/")
	b.proveAlive()
}

// firstH1JS records the first <h1> of the HTML as served, before the wasm
// replaces the pre-rendered page.
const firstH1JS = `window.__firstH1 = "";
document.addEventListener("DOMContentLoaded", () => {
  const h = document.querySelector("h1");
  window.__firstH1 = h ? h.textContent.trim() : "";
});`

// checkOfflineBoots reloads, then opens each path, and proves each time that
// the wasm runs the page.
func checkOfflineBoots(t *testing.T, b *browser, base string, paths []string) {
	t.Helper()
	b.reload()
	b.proveAlive()
	for _, p := range paths {
		b.open(base + p)
		var location string
		b.eval(`location.pathname + location.search + location.hash`, &location)
		if want := pathOf(base) + p; location != want {
			t.Errorf("opened %s, the page is at %s", want, location)
		}
		b.proveAlive()
	}
}

// pathOf returns the path part of a base URL such as http://h:1/prefix.
func pathOf(base string) string {
	for i, slashes := 0, 0; i < len(base); i++ {
		if base[i] == '/' {
			if slashes++; slashes == 3 {
				return base[i:]
			}
		}
	}
	return ""
}

func mustList(t *testing.T, list []string, want ...string) {
	t.Helper()
	have := map[string]bool{}
	for _, p := range list {
		have[p] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("%q is not in %q", w, list)
		}
	}
}
