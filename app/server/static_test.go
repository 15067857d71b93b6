package server

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestExportedPagesCarryThePolicyAndHeadersFile(t *testing.T) {
	testHandler(t) // registers the test page
	site, err := New(Config{WebDir: writeWeb(t, "\x00asm pretend wasm"), Pages: []string{"/"}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := site.ExportStatic(dir); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	at := strings.Index(html, `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;;`)
	if at < 0 || at > strings.Index(html, "<link") || at > strings.Index(html, "<script") || strings.Count(html, "Content-Security-Policy") != 1 {
		t.Errorf("index.html lacks one policy meta tag before its links and scripts:\n%s", html)
	}
	headers, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range SecurityHeaders {
		if !strings.Contains(string(headers), "\n  "+kv[0]+": "+kv[1]+"\n") {
			t.Errorf("_headers lacks %s", kv[0])
		}
	}
}

// The export writes each page to PATH/index.html, the file every static
// server answers at PATH/, and the precache list names exactly those URLs;
// under a prefix too.
func TestExportWritesEveryPrecachedURLAsAFile(t *testing.T) {
	testHandler(t)
	for _, prefix := range []string{"", "/repo"} {
		site, err := New(Config{WebDir: writeWeb(t, "\x00asm pretend wasm"), Prefix: prefix, Pages: []string{"/"}, NotFound: "/"})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		report, err := site.ExportStatic(dir)
		if err != nil {
			t.Fatal(err)
		}
		if report.Pages != 1 || report.Precached != len(site.Precache()) || report.PrecachedBytes == 0 {
			t.Errorf("prefix %q: report %+v for %d precached URLs", prefix, report, len(site.Precache()))
		}
		for _, u := range site.Precache() {
			if !strings.HasPrefix(u, prefix+"/") {
				t.Errorf("precached %s is outside %s/", u, prefix)
			}
		}
		if !slices.Contains(site.Precache(), prefix+"/") {
			t.Errorf("the root page %s/ is not precached: %q", prefix, site.Precache())
		}
		for _, f := range []string{"index.html", "404.html", "app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest", "web/app.wasm"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("prefix %q: the export lacks %s", prefix, f)
			}
		}
	}
}

// Bad input: an export missing a file the worker precaches is refused, and
// the refusal names the file.
func TestExportRefusesAPrecacheListNamingAMissingFile(t *testing.T) {
	testHandler(t)
	site, err := New(Config{WebDir: writeWeb(t, "\x00asm pretend wasm"), Pages: []string{"/"}})
	if err != nil {
		t.Fatal(err)
	}
	site.cfg.Pages = append(site.cfg.Pages, "/nowhere") // precached, never written
	_, err = site.ExportStatic(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "rendering /nowhere") {
		t.Errorf("got %v, want a refusal naming /nowhere", err)
	}
	site.cfg.Pages = []string{"/"}
	dir := t.TempDir()
	if _, err := site.ExportStatic(dir); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "web", "theme.js"))
	if err := site.checkPrecache(dir, &Export{}); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "web", "theme.js")) {
		t.Errorf("got %v, want a refusal naming web/theme.js", err)
	}
}
