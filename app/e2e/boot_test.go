package e2e

import (
	"strconv"
	"strings"
	"testing"
)

// loaderWatchJS records, from the first moment of each document, the page's
// colours once styles apply and every progress figure the loader shows.
const loaderWatchJS = `
window.__progress = [];
document.addEventListener("DOMContentLoaded", () => {
  window.__colours = [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.body).backgroundColor,
    getComputedStyle(document.getElementById("app-wasm-loader") || document.body).backgroundColor,
  ];
  window.__prerendered = !!document.querySelector("main h1") && !!document.getElementById("app-wasm-loader");
  const label = document.getElementById("app-wasm-loader-label");
  if (label) {
    new MutationObserver(() => window.__progress.push(label.textContent))
      .observe(label, { childList: true, characterData: true, subtree: true });
  }
});`

// The night background, rgb of #0b1020, and the loader's #141a2e.
const (
	nightRGB  = "rgb(11, 16, 32)"
	loaderRGB = "rgb(20, 26, 46)"
)

func TestColdLoadShowsPrerenderedPageThenRunsWasm(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")

	_, html := httpGet(t, s.URL+"/")
	head, _, _ := strings.Cut(html, "</head>")
	mustHaveTag(t, head, "meta", `name="theme-color"`, `content="#0b1020"`)
	mustHaveTag(t, head, "meta", `name="color-scheme"`, `content="dark"`)
	mustHaveTag(t, head, "link", `rel="stylesheet"`, `href="/web/app.css"`)
	mustContain(t, "the served HTML", html, `<h1>Night leg cramps</h1>`, `id="app-wasm-loader"`, `id="results"`)

	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(loaderWatchJS)
	b.open(s.URL + "/")

	var prerendered bool
	b.eval(`window.__prerendered`, &prerendered)
	if !prerendered {
		t.Error("the pre-rendered page (heading and loader) was not there before the wasm")
	}
	var colours []string
	b.eval(`window.__colours`, &colours)
	if len(colours) != 3 || colours[0] != nightRGB || colours[1] != nightRGB || colours[2] != loaderRGB {
		t.Errorf("colours before the wasm ran = %q, want html and body %s, loader %s", colours, nightRGB, loaderRGB)
	}
	checkProgress(t, b)
	b.proveAlive()
}

// checkProgress checks the loader's figures: the wasm is served compressed,
// so only a progress based on the uncompressed size climbs to exactly 100.
func checkProgress(t *testing.T, b *browser) {
	t.Helper()
	var labels []string
	b.eval(`window.__progress`, &labels)
	if len(labels) == 0 {
		t.Fatal("the loader showed no progress")
	}
	last := -1
	for _, l := range labels {
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(l, "Loading "), "%"))
		if err != nil || n < last || n > 100 {
			t.Fatalf("loader progress %q is not a rising figure up to 100 (all: %q)", l, labels)
		}
		last = n
	}
	if last != 100 {
		t.Errorf("loader progress ended at %d%%, want 100%% (all: %q)", last, labels)
	}
}

func TestWasmIsServedPrecompressed(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	for _, enc := range []string{"br", "gzip", ""} {
		req := s.URL + "/web/app.wasm"
		res := getWithEncoding(t, req, enc)
		if got := res.Header.Get("Content-Encoding"); got != enc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q", enc, got)
		}
		if res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", enc, res.Header.Get("Vary"))
		}
		if res.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", enc, res.Header.Get("Content-Type"))
		}
	}
}
