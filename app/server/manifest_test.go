package server

import (
	"encoding/json"
	"image"
	"image/png"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// writePNG puts a w x h PNG at name below dir.
func writePNG(t *testing.T, dir, name string, w, h int) {
	t.Helper()
	name = filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(name), 0o755)
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
}

func serveManifest(t *testing.T, s *Site, path string) map[string]any {
	t.Helper()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/manifest+json" {
		t.Fatalf("%s: status %d, type %q", path, rec.Code, rec.Header().Get("Content-Type"))
	}
	var m map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// The manifest starts from go-app's: every field go-app writes is there with
// go-app's value, and ours adds what go-app lacks.
func TestManifestKeepsGoAppFieldsAndAddsOurs(t *testing.T) {
	web := writeWeb(t, "wasm")
	writePNG(t, web, "screenshots/narrow.png", 360, 740)
	writePNG(t, web, "screenshots/wide.png", 1280, 800)
	pages := []string{"/", "/about", "/cramp-now"}
	s, err := New(Config{WebDir: web, Pages: pages, Shortcuts: testShortcuts})
	if err != nil {
		t.Fatal(err)
	}
	ours := serveManifest(t, s, "/manifest.webmanifest")

	goApp := newAppHandler(Config{WebDir: web, Pages: pages}, 4)
	goApp.Version = s.Version
	rec := httptest.NewRecorder()
	goApp.ServeHTTP(rec, httptest.NewRequest("GET", "/manifest.webmanifest", nil))
	var theirs map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &theirs); err != nil {
		t.Fatal(err)
	}
	for k, v := range theirs {
		if k == "icons" {
			continue // compared below, as a set
		}
		if !reflect.DeepEqual(ours[k], v) {
			t.Errorf("%s: ours %v, go-app's %v", k, ours[k], v)
		}
	}
	if !sameIcons(ours["icons"], theirs["icons"]) {
		t.Errorf("icons: ours %v, go-app's %v", ours["icons"], theirs["icons"])
	}

	if ours["id"] != "/" || ours["display"] != "standalone" {
		t.Errorf("id %v, display %v", ours["id"], ours["display"])
	}
	if !reflect.DeepEqual(ours["categories"], []any{"health", "medical"}) {
		t.Errorf("categories %v", ours["categories"])
	}
	shots, _ := ours["screenshots"].([]any)
	if len(shots) != 2 || shots[0].(map[string]any)["sizes"] != "360x740" || shots[1].(map[string]any)["sizes"] != "1280x800" {
		t.Errorf("screenshots %v, want narrow 360x740 and wide 1280x800, sizes read from the files", shots)
	}
	cuts, _ := ours["shortcuts"].([]any)
	if len(cuts) != 1 || cuts[0].(map[string]any)["url"] != "/cramp-now/" {
		t.Errorf("shortcuts %v, want only /cramp-now/ (the URL its page is precached at): /diary/new is not a page of this site", cuts)
	}
	if alias := serveManifest(t, s, "/manifest.json"); !reflect.DeepEqual(alias, ours) {
		t.Error("/manifest.json differs from /manifest.webmanifest")
	}
}

// testShortcuts are shortcuts as the route table gives them.
var testShortcuts = []Shortcut{
	{Path: "/cramp-now", Name: "Cramp now: first aid", ShortName: "Cramp now", Description: "First aid"},
	{Path: "/diary/new", Name: "Log a cramp", ShortName: "Log a cramp", Description: "Note a cramp"},
}

func sameIcons(a, b any) bool {
	set := func(v any) map[string]bool {
		out := map[string]bool{}
		list, _ := v.([]any)
		for _, icon := range list {
			// go-app writes "purpose": "" where ours leaves it out: the same.
			if m, _ := icon.(map[string]any); m["purpose"] == "" {
				delete(m, "purpose")
			}
			raw, _ := json.Marshal(icon)
			out[string(raw)] = true
		}
		return out
	}
	return reflect.DeepEqual(set(a), set(b))
}

// Under a path prefix everything in the manifest stays inside the prefix:
// go-app's own manifest would claim the whole origin as its scope.
func TestManifestStaysUnderThePrefix(t *testing.T) {
	web := writeWeb(t, "wasm")
	writePNG(t, web, "screenshots/wide.png", 1280, 800)
	s, err := New(Config{WebDir: web, Prefix: "/repo", Pages: []string{"/", "/diary/new"}, Shortcuts: testShortcuts})
	if err != nil {
		t.Fatal(err)
	}
	m := serveManifest(t, s, "/manifest.webmanifest")
	for _, k := range []string{"id", "scope", "start_url"} {
		if m[k] != "/repo/" {
			t.Errorf("%s = %v, want /repo/", k, m[k])
		}
	}
	raw, _ := json.Marshal(m)
	var urls struct {
		Icons, Screenshots []struct{ Src string }
		Shortcuts          []struct{ URL string }
	}
	json.Unmarshal(raw, &urls)
	var all []string
	for _, i := range append(urls.Icons, urls.Screenshots...) {
		all = append(all, i.Src)
	}
	for _, c := range urls.Shortcuts {
		all = append(all, c.URL)
	}
	if len(all) != 6 {
		t.Errorf("want 4 icons, 1 screenshot and 1 shortcut, got %q", all)
	}
	for _, u := range all {
		if len(u) < 6 || u[:6] != "/repo/" {
			t.Errorf("%s is outside /repo/", u)
		}
	}
}

// The manifest is part of what a client downloads: changing it is an update.
func TestManifestChangesTheVersion(t *testing.T) {
	web := writeWeb(t, "wasm")
	without, _ := New(Config{WebDir: web, Pages: []string{"/"}, Shortcuts: testShortcuts})
	with, _ := New(Config{WebDir: web, Pages: []string{"/", "/cramp-now"}, Shortcuts: testShortcuts})
	// Pages also change the precache list; compare the manifest's own share.
	store, _ := loadAssets(os.DirFS(web))
	h := newAppHandler(Config{WebDir: web}, 4)
	a := contentVersion(store, "w", "s", "", string(makeManifest(h, Config{Pages: []string{"/"}, Shortcuts: testShortcuts}, store)))
	b := contentVersion(store, "w", "s", "", string(makeManifest(h, Config{Pages: []string{"/", "/cramp-now"}, Shortcuts: testShortcuts}, store)))
	if a == b || without.Version == with.Version {
		t.Error("a different manifest kept the version")
	}
}
