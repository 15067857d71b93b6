package server

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestGuardRefusesWithAClearStatusAndReason(t *testing.T) {
	h := testHandler(t)
	cases := []struct {
		method, target string
		code           int
		reason         string
	}{
		{"POST", "/", 405, "only answers GET and HEAD"},
		{"PUT", "/web/app.css", 405, "only answers GET and HEAD"},
		{"DELETE", "/", 405, "only answers GET and HEAD"},
		{"OPTIONS", "/", 405, "only answers GET and HEAD"},
		{"TRACE", "/", 405, "only answers GET and HEAD"},
		{"PROPFIND", "/", 501, "does not know that request method"},
		{"BREW", "/", 501, "does not know that request method"},
		{"GET", "/?q=" + strings.Repeat("a", MaxRequestURI), 414, "longer than"},
		{"GET", "/web/../secret.txt", 400, ". or .. segments"},
		{"GET", "/web/./app.css", 400, ". or .. segments"},
		{"GET", "/web/%2e%2e/secret.txt", 400, ". or .. segments"},
		{"GET", "/web/..%2fsecret.txt", 400, ". or .. segments"},
		{"GET", "/web/a%2fb", 400, "encoded slash"},
		{"GET", "/web/a%5Cb", 400, "backslashes"},
		{"GET", "/web/%252e%252e/secret.txt", 400, "encoded twice"},
		{"GET", "/web/a%00b", 400, "control characters"},
	}
	for _, c := range cases {
		rec := serve(h, c.method, c.target)
		body := rec.Body.String()
		if rec.Code != c.code || !strings.Contains(body, c.reason) || !strings.HasPrefix(body, http.StatusText(c.code)) && !strings.Contains(body, http.StatusText(c.code)) {
			t.Errorf("%s %.60s: %d %q, want %d saying %q", c.method, c.target, rec.Code, body, c.code, c.reason)
		}
		if c.code == 405 && rec.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q", c.method, c.target, rec.Header().Get("Allow"))
		}
	}
	if rec := serve(h, "HEAD", "/web/../x"); rec.Code != 400 || rec.Body.Len() != 0 {
		t.Errorf("HEAD refusal: %d with %d bytes of body", rec.Code, rec.Body.Len())
	}
}

func TestGuardLetsOrdinaryRequestsThrough(t *testing.T) {
	h := testHandler(t)
	for _, target := range []string{"/", "/?q=calf&muscle=calf", "/?" + strings.Repeat("a=1&", 2000),
		"/web/app.css", "/web/app.wasm", "/manifest.webmanifest"} {
		if rec := serve(h, "GET", target); rec.Code != 200 {
			t.Errorf("GET %.60s: %d %s", target, rec.Code, rec.Body)
		}
	}
	// A strange but harmless path is the app's to answer (404), not a refusal.
	if rec := serve(h, "GET", "/entry/%22%3E%3Cscript%3E"); rec.Code != 404 {
		t.Errorf("an odd entry path got %d, want go-app's 404", rec.Code)
	}
}

// FuzzRequestTarget sends any request target through the whole site. It
// must never panic, never fail with a 5xx other than 501, never serve the
// file beside the web directory, and always refuse dot segments.
func FuzzRequestTarget(f *testing.F) {
	for _, seed := range []string{"/", "/web/app.css", "/web/../secret.txt", "/web/%2e%2e/secret.txt",
		"/web/..%2f..%2fsecret.txt", "/..", "//web//app.css", "/web/app.wasm?x=1", "http://evil.example/web/app.css",
		"*", "/%", "/web/%c0%ae%c0%ae/secret.txt", "/entry/%22%3E%3Cscript%3E", "/web\\..\\secret.txt"} {
		f.Add(seed)
	}
	h := testHandler(f)
	f.Fuzz(func(t *testing.T, target string) {
		req, err := http.ReadRequest(bufio.NewReader(strings.NewReader("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n")))
		if err != nil {
			return // Go's server answers 400 before any handler runs
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusNotImplemented {
			t.Fatalf("%q: status %d", target, rec.Code)
		}
		if strings.Contains(rec.Body.String(), sentinel) {
			t.Fatalf("%q served a file outside the site", target)
		}
		if hasDotSegment(req.URL.Path) && rec.Code != http.StatusBadRequest {
			t.Fatalf("%q: a dot segment got %d, want 400", target, rec.Code)
		}
		if rec.Header().Get("Content-Security-Policy") != ContentSecurityPolicy {
			t.Fatalf("%q: no security headers", target)
		}
	})
}
