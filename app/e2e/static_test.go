package e2e

import (
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/ui"
)

// The static export, served by a plain file server under a GitHub Pages
// project path, passes the same offline checks as the server.
func TestStaticExportWorksOfflineUnderAPathPrefix(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := run(builds.server, "static", "-out", dir, "-prefix", "/nightcramp", "-web", builds.web); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "about/index.html", "diary/index.html", "diary/new/index.html", "profile/index.html",
		ui.EntryPages(knowledge())[0][1:] + "/index.html", "404.html", "app.js", "app-worker.js", "wasm_exec.js",
		"manifest.webmanifest", "app.css", "web/app.css", "web/app.wasm", "web/app.wasm.gz", "web/app.wasm.br",
		"web/icons/icon-192.png", "web/icons/icon.svg"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the export lacks %s", f)
		}
	}

	base := serveStatic(t, dir, "/nightcramp")
	b := newBrowser(t)
	b.Guard.Allow(strings.TrimPrefix(base, "http://"))
	b.open(base + "/nightcramp/")
	version, paths := precache(t, base+"/nightcramp/app-worker.js")
	for _, p := range paths {
		if !strings.HasPrefix(p, "/nightcramp") {
			t.Errorf("precached path %s is outside the project path", p)
		}
	}
	b.waitWorker(version, paths)

	b.setOffline(true)
	if !b.networkIsDown() {
		t.Fatal("the emulated offline mode let a request through")
	}
	checkOfflineBoots(t, b, base+"/nightcramp", []string{"/", "/?q=anything", "/about", "/about/", "/about?x=1#top", "/#calf",
		ui.EntryPages(knowledge())[0], "/diary", "/diary/new/"})
	checkOfflineDeepLinks(t, b, base+"/nightcramp")
}

// serveStatic serves dir under prefix with a plain file server and no
// mapping at all, as python3 -m http.server would: /about answers a
// redirect to /about/, which answers about/index.html.
func serveStatic(t *testing.T, dir, prefix string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(prefix+"/", http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}
