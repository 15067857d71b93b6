package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// testPage is a page for go-app to pre-render in these tests.
type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.P().Text("hello") }

var routeOnce sync.Once

// testHandler serves a site made from a small web directory, with "/"
// routed to testPage. Beside the web directory lies secret.txt holding
// sentinel, which no request may read.
func testHandler(t testing.TB) http.Handler {
	t.Helper()
	routeOnce.Do(func() { app.Route("/", func() app.Composer { return &testPage{} }) })
	root := t.TempDir()
	files := map[string]string{"web/app.wasm": "\x00asm pretend wasm", "web/app.css": "body{}",
		"web/icons/icon-192.png": "png", "secret.txt": sentinel}
	for name, body := range files {
		name = filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	site, err := New(Config{WebDir: filepath.Join(root, "web")})
	if err != nil {
		t.Fatal(err)
	}
	return site.Handler()
}

// sentinel is in a file beside the web directory.
const sentinel = "NIGHTCRAMP-OUTSIDE-THE-SITE"

func serve(h http.Handler, method, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestEveryResponseCarriesTheSecurityHeaders(t *testing.T) {
	h := testHandler(t)
	cases := []struct {
		method, target string
		code           int
		contentType    string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"HEAD", "/", 200, "text/html; charset=utf-8"},
		{"GET", "/web/app.wasm", 200, "application/wasm"},
		{"GET", "/web/app.css", 200, "text/css; charset=utf-8"},
		{"GET", "/app.js", 200, "application/javascript"},
		{"GET", "/wasm_exec.js", 200, "application/javascript"},
		{"GET", "/app-worker.js", 200, "application/javascript"},
		{"GET", "/manifest.webmanifest", 200, "application/manifest+json"},
		{"GET", "/no-such-page", 404, "text/plain; charset=utf-8"},
		{"GET", "/web/no-such-file", 404, "text/plain; charset=utf-8"},
		{"POST", "/", 405, "text/plain; charset=utf-8"},
		{"GET", "/web/../secret", 400, "text/plain; charset=utf-8"},
	}
	for _, c := range cases {
		rec := serve(h, c.method, c.target)
		if rec.Code != c.code || rec.Header().Get("Content-Type") != c.contentType {
			t.Errorf("%s %s: %d %q, want %d %q", c.method, c.target, rec.Code, rec.Header().Get("Content-Type"), c.code, c.contentType)
		}
		for _, kv := range SecurityHeaders {
			if got := rec.Header().Get(kv[0]); got != kv[1] {
				t.Errorf("%s %s: %s = %q, want %q", c.method, c.target, kv[0], got, kv[1])
			}
		}
	}
}

func TestPolicyAllowsOnlyTheAppsOwnOrigin(t *testing.T) {
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'",
		"object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "style-src 'self'"} {
		if !strings.Contains(ContentSecurityPolicy, want+";") && !strings.HasSuffix(ContentSecurityPolicy, want) {
			t.Errorf("the policy lacks %q: %s", want, ContentSecurityPolicy)
		}
	}
	for _, banned := range []string{"unsafe-inline", "unsafe-eval'", "*", "http:", "https:", "data:", "blob:"} {
		if strings.Contains(strings.ReplaceAll(ContentSecurityPolicy, "wasm-unsafe-eval", ""), banned) {
			t.Errorf("the policy allows %q: %s", banned, ContentSecurityPolicy)
		}
	}
	if strings.Contains(MetaContentSecurityPolicy, "frame-ancestors") {
		t.Error("browsers ignore frame-ancestors in a meta tag; it must stay a header")
	}
	if got := strings.Count(MetaContentSecurityPolicy, ";"); got != strings.Count(ContentSecurityPolicy, ";")-1 {
		t.Errorf("the meta policy should be the header policy less frame-ancestors: %s", MetaContentSecurityPolicy)
	}
}

func TestPermissionsPolicyAllowsOnlyWakeLock(t *testing.T) {
	for _, item := range strings.Split(permissionsPolicy, ", ") {
		feature, allow, _ := strings.Cut(item, "=")
		if feature == "screen-wake-lock" {
			if allow != "(self)" {
				t.Errorf("screen-wake-lock=%s, want (self)", allow)
			}
		} else if allow != "()" {
			t.Errorf("%s=%s, want ()", feature, allow)
		}
	}
	for _, denied := range []string{"camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "interest-cohort"} {
		if !strings.Contains(permissionsPolicy, denied+"=()") {
			t.Errorf("the permissions policy does not deny %s", denied)
		}
	}
}
