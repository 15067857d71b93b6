package server

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeWeb(t *testing.T, wasm string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{"app.wasm": wasm, "app.css": "body{}", "diary.css": "x{}", "guide.css": "y{}",
		"theme.js": "//", "nav.js": "//", "icons/icon-192.png": "png", "icons/icon-512.png": "png", "icons/maskable-512.png": "png",
		"icons/icon.svg": "<svg/>"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestVersionFollowsContent(t *testing.T) {
	a, err := New(Config{WebDir: writeWeb(t, "wasm v1")})
	if err != nil {
		t.Fatal(err)
	}
	same, _ := New(Config{WebDir: writeWeb(t, "wasm v1")})
	changed, _ := New(Config{WebDir: writeWeb(t, "wasm v2")})
	if a.Version != same.Version {
		t.Errorf("identical content gave versions %s and %s", a.Version, same.Version)
	}
	if a.Version == changed.Version {
		t.Errorf("changed content kept version %s", a.Version)
	}
	prefixed, _ := New(Config{WebDir: writeWeb(t, "wasm v1"), Prefix: "/repo"})
	if prefixed.Version == a.Version {
		t.Error("a prefix changes every URL, so it must change the version")
	}
}

func TestMissingWasmSaysToBuild(t *testing.T) {
	_, err := New(Config{WebDir: t.TempDir()})
	if !errors.Is(err, ErrMissingWasm) || !strings.Contains(err.Error(), "make build") {
		t.Errorf("got %v, want ErrMissingWasm telling to run make build", err)
	}
}
