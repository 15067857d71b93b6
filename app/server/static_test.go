package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportedPagesCarryThePolicyAndHeadersFile(t *testing.T) {
	testHandler(t) // registers the test page
	site, err := New(Config{WebDir: writeWeb(t, "\x00asm pretend wasm")})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := site.ExportStatic(dir); err != nil {
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
