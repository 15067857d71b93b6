package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// An identical rebuild is not an update; changed content is, and the reload
// the banner offers shows the new version.
func TestRebuildIsAnUpdateOnlyWhenContentChanges(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.open(v1.URL + "/")
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))

	same := filepath.Join(t.TempDir(), "web")
	if err := buildWeb(same, "./cmd/nightcramp"); err != nil {
		t.Fatal(err)
	}
	v1.Stop()
	rebuilt := startServer(t, builds.server, same, v1.Addr)
	if rebuilt.Version != v1.Version {
		t.Fatalf("an identical rebuild changed the version: %s, then %s", v1.Version, rebuilt.Version)
	}
	if b.checkForUpdate() {
		t.Fatal("the browser found an update after an identical rebuild")
	}

	changed := filepath.Join(t.TempDir(), "web")
	if err := copyDir(same, changed); err != nil {
		t.Fatal(err)
	}
	appendFile(t, filepath.Join(changed, "app.css"), "\n/* changed */\n")
	rebuilt.Stop()
	v2 := startServer(t, builds.server, changed, v1.Addr)
	if v2.Version == v1.Version {
		t.Fatal("changed content kept the version")
	}
	if !b.checkForUpdate() {
		t.Fatal("the browser found no update after the content changed")
	}
	b.waitWorker(precache(t, v2.URL+"/app-worker.js"))
	b.waitTrue(`document.getElementById("update-reload")`, "the update banner")
	if got := b.text("#app-version"); got != "Version "+v1.Version {
		t.Errorf("before the reload the page shows %q, want version %s", got, v1.Version)
	}
	b.click("#update-reload")
	b.waitTrue(`document.getElementById("app-version").textContent === "Version `+v2.Version+`" && !document.getElementById("app-wasm-loader")`, "version 2 after the reload")
}

// checkForUpdate asks the service worker registration to look for a new
// worker and reports whether it found one.
func (b *browser) checkForUpdate() bool {
	var found bool
	b.eval(`navigator.serviceWorker.getRegistration()
	  .then((reg) => reg.update().then(() => !!(reg.installing || reg.waiting)))`, &found)
	return found
}

func appendFile(t *testing.T, name, text string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}
