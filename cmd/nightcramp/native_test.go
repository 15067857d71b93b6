//go:build !wasm

package main

import (
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/server"
	"github.com/nightcramp/nightcramp/app/ui"
)

// fakeWeb is a web directory with every file the site precaches; the wasm
// is a stand-in.
func fakeWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"app.wasm", "app.css", "diary.css", "guide.css", "theme.js", "nav.js",
		"icons/icon-192.png", "icons/icon-512.png", "icons/maskable-512.png", "icons/icon.svg"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var registered bool

// The route table is the one list: Register routes every path of it (in
// both forms), the worker precaches exactly its pages, the manifest's
// shortcuts are its shortcuts, and the static export writes each page as
// its own pre-rendered HTML at the URL the worker precaches.
func TestRouteTablePrecacheShortcutsAndExportAgree(t *testing.T) {
	knowledge, err := kb.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if !registered {
		ui.Register(knowledge, nil)
		registered = true
	}
	routes := ui.Routes(knowledge)
	if len(routes) != len(ui.Pages)+len(ui.DiaryPages)+len(ui.EntryPages(knowledge))+1 {
		t.Errorf("the table has %d routes; want the fixed pages, the diary's, one per entry and the not-found page", len(routes))
	}
	for _, want := range []string{"/", "/diary", "/profile", "/diary/new", ui.CrampNowPath, ui.NotFoundPath, ui.EntryPages(knowledge)[0]} {
		if !slices.Contains(ui.RoutePaths(knowledge), want) {
			t.Errorf("the route table lacks %s", want)
		}
	}
	for _, prefix := range []string{"", "/nightcramp"} {
		cfg := siteConfig(fakeWeb(t), prefix, knowledge)
		site, err := server.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		h := site.Handler()
		precached := site.Precache()
		var pages []string
		for _, u := range precached {
			if !strings.Contains(u, ".") {
				pages = append(pages, u)
			}
		}
		if len(pages) != len(routes) {
			t.Errorf("prefix %q: %d pages precached for %d routes", prefix, len(pages), len(routes))
		}
		for _, r := range routes {
			u := prefix + r.Path + "/"
			if r.Path == "/" {
				u = prefix + "/"
			}
			if !slices.Contains(precached, u) {
				t.Errorf("prefix %q: route %s is not precached at %s", prefix, r.Path, u)
			}
			if prefix == "" {
				for _, form := range []string{r.Path, u} {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, form, nil))
					if rec.Code != http.StatusOK {
						t.Errorf("the server answers %s with %d", form, rec.Code)
					}
				}
			}
		}

		// Both forms of a page are the same page, as the worker precaches
		// PATH/ and the browser may show either.
		entry, _ := knowledge.Entry(strings.TrimPrefix(ui.EntryPages(knowledge)[0], "/entry/"))
		for _, form := range []string{"/entry/" + entry.ID, "/entry/" + entry.ID + "/"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, form, nil))
			if got := firstH1(rec.Body.String()); got != entry.Title {
				t.Errorf("prefix %q: %s renders the first <h1> %q, want %q", prefix, form, got, entry.Title)
			}
		}

		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/manifest.webmanifest", nil))
		var m struct{ Shortcuts []struct{ URL string } }
		if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		var cuts []string
		for _, c := range m.Shortcuts {
			cuts = append(cuts, c.URL)
			if !slices.Contains(precached, c.URL) {
				t.Errorf("prefix %q: shortcut %s is not precached", prefix, c.URL)
			}
		}
		if want := []string{prefix + ui.CrampNowPath + "/", prefix + "/bedtime/", prefix + "/diary/new/"}; !slices.Equal(cuts, want) {
			t.Errorf("prefix %q: shortcuts %q, want %q (the table's)", prefix, cuts, want)
		}

		dir := t.TempDir()
		report, err := site.ExportStatic(dir)
		if err != nil {
			t.Fatal(err)
		}
		if report.Pages != len(routes) || report.Precached != len(precached) {
			t.Errorf("prefix %q: exported %+v for %d routes, %d precached", prefix, report, len(routes), len(precached))
		}
		// Each page is its own: the entry, the diary and the profile carry
		// their own first heading in their HTML.
		for path, h1 := range map[string]string{"entry/" + entry.ID: entry.Title, "diary": "Your night diary",
			"profile": "Your profile", "not-found": "Page not found"} {
			body, err := os.ReadFile(filepath.Join(dir, path, "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			if got := firstH1(string(body)); got != h1 {
				t.Errorf("prefix %q: %s/index.html's first <h1> is %q, want %q", prefix, path, got, h1)
			}
		}
	}
}

var h1RE = regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)

func firstH1(page string) string {
	m := h1RE.FindStringSubmatch(page)
	if m == nil {
		return ""
	}
	return html.UnescapeString(strings.TrimSpace(m[1]))
}
