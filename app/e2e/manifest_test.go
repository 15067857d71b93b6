package e2e

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// webManifest is the part of the manifest these tests read.
type webManifest struct {
	ID          string   `json:"id"`
	Scope       string   `json:"scope"`
	StartURL    string   `json:"start_url"`
	Categories  []string `json:"categories"`
	Screenshots []struct {
		Src        string `json:"src"`
		Sizes      string `json:"sizes"`
		FormFactor string `json:"form_factor"`
	} `json:"screenshots"`
	Shortcuts []struct {
		URL   string `json:"url"`
		Icons []struct {
			Src   string `json:"src"`
			Sizes string `json:"sizes"`
		} `json:"icons"`
	} `json:"shortcuts"`
}

func decodeManifest(t *testing.T, body []byte) webManifest {
	t.Helper()
	var m webManifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// The manifest the page links to is the project's: id, categories,
// screenshots of the real app that decode at their declared sizes, and
// shortcuts that open precached pages.
func TestManifestHasScreenshotsAndShortcutsThatWork(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	_, body := httpGet(t, s.URL+"/manifest.webmanifest")
	m := decodeManifest(t, []byte(body))
	if m.ID != "/" || m.Scope != "/" || m.StartURL != "/" {
		t.Errorf("id %q, scope %q, start_url %q; want /", m.ID, m.Scope, m.StartURL)
	}
	if !slices.Equal(m.Categories, []string{"health", "medical"}) {
		t.Errorf("categories %q", m.Categories)
	}
	var forms []string
	for _, shot := range m.Screenshots {
		forms = append(forms, shot.FormFactor)
	}
	if !slices.Equal(forms, []string{"narrow", "wide"}) {
		t.Errorf("screenshots %q, want narrow and wide", forms)
	}
	_, precached := precache(t, s.URL+"/app-worker.js")
	if len(m.Shortcuts) == 0 {
		t.Error("the manifest offers no shortcut, yet /cramp-now is a page")
	}
	for _, c := range m.Shortcuts {
		if res, _ := httpGet(t, s.URL+c.URL); res.StatusCode != http.StatusOK {
			t.Errorf("shortcut %s answers %d", c.URL, res.StatusCode)
		}
		if !slices.Contains(precached, c.URL) {
			t.Errorf("shortcut %s is not precached: it would not open offline", c.URL)
		}
	}

	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	var linked string
	b.eval(`document.querySelector("link[rel=manifest]").href`, &linked)
	if linked != s.URL+"/manifest.webmanifest" {
		t.Errorf("the page links the manifest %s", linked)
	}
	for _, shot := range m.Screenshots {
		b.checkIcon(shot.Src, shot.Sizes)
	}
	for _, c := range m.Shortcuts {
		for _, icon := range c.Icons {
			b.checkIcon(icon.Src, icon.Sizes)
		}
	}
	if errs := b.installabilityErrors(); len(errs) > 0 {
		t.Errorf("Chromium reports installability errors: %v", errs)
	}
}

// The static export writes the same full manifest, inside its path prefix.
func TestStaticExportWritesTheFullManifest(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := run(builds.server, "static", "-out", dir, "-prefix", "/nightcramp", "-web", builds.web); err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	m := decodeManifest(t, body)
	if m.ID != "/nightcramp/" || m.Scope != "/nightcramp/" || m.StartURL != "/nightcramp/" || len(m.Categories) != 2 {
		t.Errorf("exported manifest: id %q, scope %q, start_url %q, categories %q", m.ID, m.Scope, m.StartURL, m.Categories)
	}
	for _, shot := range m.Screenshots {
		if _, err := os.Stat(filepath.Join(dir, shot.Src[len("/nightcramp/"):])); err != nil {
			t.Errorf("screenshot %s is not in the export", shot.Src)
		}
	}
}
