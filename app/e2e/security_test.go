package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	site "github.com/nightcramp/nightcramp/app/server"
	"github.com/nightcramp/nightcramp/app/ui"
)

// violationListenerJS records, in every document, each Content-Security-
// Policy violation Chromium reports to the page.
const violationListenerJS = `(() => {
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__csp.push(e.effectiveDirective + " blocked " + (e.blockedURI || "?") + " at " +
      e.sourceFile + ":" + e.lineNumber + " " + (e.sample || ""));
  });
})()`

// policyWatch collects, besides the page's violation events, what Chromium
// logs about the policies: CSP refusals and Permissions-Policy errors (such
// as an unrecognised feature).
type policyWatch struct {
	mu   sync.Mutex
	logs []string
}

// watchPolicies installs the violation listener in every new document and
// starts collecting Chromium's policy messages.
func (b *browser) watchPolicies() *policyWatch {
	b.t.Helper()
	w := &policyWatch{}
	err := chromedp.Listen(b.ctx, func(ev any) {
		e, ok := ev.(*log.EventEntryAdded)
		if !ok {
			return
		}
		text := e.Entry.Text
		if strings.Contains(text, "Content Security Policy") || strings.Contains(text, "Permissions-Policy") || strings.Contains(text, "Permissions Policy") {
			w.mu.Lock()
			w.logs = append(w.logs, e.Entry.URL+": "+text)
			w.mu.Unlock()
		}
	})
	if err == nil {
		_, err = chromedp.Call(b.ctx, log.Enable, cdp.Empty{})
	}
	if err != nil {
		b.t.Fatal(err)
	}
	b.onNewDocument(violationListenerJS)
	return w
}

// take returns the logged policy messages and forgets them.
func (w *policyWatch) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := w.logs
	w.logs = nil
	return out
}

// checkNoViolations fails the test if the page or Chromium's log reported
// a policy violation since the last check.
func (b *browser) checkNoViolations(w *policyWatch, where string) {
	b.t.Helper()
	var seen []string
	b.eval(`(() => { const v = window.__csp || ["the violation listener is missing"]; window.__csp = []; return v; })()`, &seen)
	seen = append(seen, w.take()...)
	for _, v := range seen {
		b.t.Errorf("%s: %s", where, v)
	}
}

// proveEnforced shows the policy is in force and the watch works: an
// injected inline script does not run, code from a string does not run
// (DevTools' own evaluation is exempt from the policy, so the string goes
// through the page's setTimeout), and both are reported.
func (b *browser) proveEnforced(w *policyWatch, where string) {
	b.t.Helper()
	b.eval(`(() => {
	  const s = document.createElement("script");
	  s.textContent = "window.__inlineRan = true";
	  document.head.appendChild(s);
	  setTimeout("window.__evalRan = true", 0);
	  return true;
	})()`, nil)
	b.waitTrue(`window.__csp.some((v) => v.startsWith("script-src-elem blocked inline"))`, where+": the report of the blocked inline script")
	b.waitTrue(`window.__csp.some((v) => v.startsWith("script-src blocked eval"))`, where+": the report of the blocked eval")
	var ran bool
	b.eval(`!!(window.__inlineRan || window.__evalRan)`, &ran)
	if ran {
		b.t.Errorf("%s: the policy let an inline script or eval run", where)
	}
	b.eval(`window.__csp = []`, nil)
	w.take()
}

// bypassPolicy makes Chromium ignore the page's Content-Security-Policy
// from the next navigation on. Only the harness's own checks use it: the
// policy stops a foreign fetch inside the page, before the origin guard
// could see it, and the guard must prove it sees what gets out.
func (b *browser) bypassPolicy() {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		b.t.Fatal(err)
	}
}

// foreignRequestsJS makes a page try two foreign requests, by fetch and by
// an image, and settles when both have failed or loaded.
const foreignRequestsJS = `Promise.all([
  fetch("http://fonts.example.com/a.woff2").catch(() => {}),
  new Promise((done) => { const i = new Image(); i.onload = i.onerror = done; i.src = "https://cdn.example.org/icon.png"; }),
]).then(() => "done")`

// The policy itself stops requests to other origins, and reports them;
// with the policy bypassed, the origin guard catches the same requests, so
// the guard of every test still has teeth.
func TestPolicyStopsForeignRequestsAndTheGuardStillCatchesThem(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.watchPolicies()
	b.open(s.URL + "/about")
	b.eval(foreignRequestsJS, nil)
	b.waitTrue(`window.__csp.some((v) => v.startsWith("connect-src blocked http://fonts.example.com"))`, "the report of the blocked fetch")
	b.waitTrue(`window.__csp.some((v) => v.startsWith("img-src blocked https://cdn.example.org"))`, "the report of the blocked image")
	b.Guard.take() // Chromium announces the image before the policy drops it

	b.bypassPolicy()
	b.open(s.URL + "/about")
	b.eval(foreignRequestsJS, nil)
	caught := strings.Join(b.Guard.take(), "\n")
	for _, want := range []string{"fonts.example.com", "cdn.example.org"} {
		if !strings.Contains(caught, want) {
			t.Errorf("with the policy bypassed, the guard missed %s; it caught:\n%s", want, caught)
		}
	}
}

// sitePages are the app's fixed pages: ui.Pages and every page the served
// service worker precaches, so screens others add join by themselves.
func sitePages(t *testing.T, base string) []string {
	t.Helper()
	_, precached := precache(t, base+"/app-worker.js")
	pages := append([]string{}, ui.Pages...)
	for _, p := range precached {
		if !strings.HasPrefix(p, "/web/") && !strings.Contains(p, ".") && !slices.Contains(pages, p) {
			pages = append(pages, p)
		}
	}
	return pages
}

// policyRoutes are every page the app serves, by full load: the fixed
// pages, an entry, a filtered list, an empty one and an unknown entry.
func policyRoutes(t *testing.T, base string) []string {
	return append(sitePages(t, base), "/?q=calf&type=remedy", "/?q=zzzz", ui.EntryPages(knowledge())[0], "/entry/no-such-entry")
}

// Chromium reports no policy violation on any route, online or offline,
// and no request leaves the origin (newBrowser's guard), while the policy
// is really enforced.
func TestContentSecurityPolicyHasNoViolationsOnAnyRoute(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	w := b.watchPolicies()
	b.open(s.URL + "/")
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))
	b.checkNoViolations(w, "/ while the service worker installed")
	b.proveEnforced(w, "/")
	var features struct{ WakeLock, Denied []string }
	b.eval(`(() => { const p = document.featurePolicy;
	  return { WakeLock: p.allowedFeatures().filter((f) => f === "screen-wake-lock"),
	    Denied: ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "interest-cohort"].filter((f) => !p.allowsFeature(f)) }; })()`, &features)
	if len(features.WakeLock) != 1 || len(features.Denied) != 7 {
		t.Errorf("Chromium reads the permissions policy as %+v; want screen-wake-lock allowed and all 7 denied", features)
	}

	for _, route := range policyRoutes(t, s.URL) {
		b.open(s.URL + route)
		b.openFilters()
		b.checkNoViolations(w, route)
	}
	b.open(s.URL + "/")
	b.proveAlive()
	for _, path := range ui.EntryPages(knowledge()) {
		b.eval(fmt.Sprintf(`goappNav(%q), true`, path), nil)
		b.waitTrue(fmt.Sprintf(`location.pathname === %q && document.querySelector("main h1")`, path), path+" drawn by the wasm")
		b.checkNoViolations(w, path+" (in-app)")
	}

	b.setOffline(true)
	for _, route := range []string{"/", "/about", "/?q=calf"} {
		b.open(s.URL + route)
		b.checkNoViolations(w, route+" offline")
	}
	b.proveAlive()
	b.checkNoViolations(w, "search offline")
}

// hostileText is typed into every field: if any of it became markup, the
// marked elements would appear or __pwned would be set.
const hostileText = `<img id="pwn-img" src=x onerror="window.__pwned=1"><b id="pwn-b">bold</b><script id="pwn-s">window.__pwned=1</script>"'&`

const noMarkupJS = `!window.__pwned && !document.getElementById("pwn-img") && !document.getElementById("pwn-b") && !document.getElementById("pwn-s")`

// Text typed anywhere stays text: in the search, after a reload of the URL
// it produced, and in every text field of every page.
func TestTypedMarkupRendersAsText(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	w := b.watchPolicies()
	b.open(s.URL + "/")
	b.typeInto("#search", hostileText)
	want := strconv.Itoa(knowledge().Search(parseQuery(t, "?"+url.Values{"q": {hostileText}}.Encode())).Total)
	b.waitTrue(`document.getElementById("result-count").dataset.count === `+jsString(want), "the result count for the typed text")
	checkText := func(where string) {
		var got struct {
			Text  bool
			Value string
		}
		b.eval(`({Text: `+noMarkupJS+`, Value: document.getElementById("search").value})`, &got)
		if !got.Text || got.Value != hostileText {
			t.Errorf("%s: the typed text became markup or was altered: %+v", where, got)
		}
		b.checkNoViolations(w, where)
	}
	checkText("search")
	// The URL follows typing a moment later; reload once it holds it all.
	b.waitTrue(`new URLSearchParams(location.search).get("q") === `+jsString(hostileText), "the typed text in the URL")
	b.reload()
	checkText("search after reload")

	for _, route := range sitePages(t, s.URL) {
		b.open(s.URL + route)
		var fields int
		b.eval(`document.querySelectorAll(`+jsString(textFields)+`).length`, &fields)
		for i := 0; i < fields; i++ {
			b.eval(fmt.Sprintf(`(() => { const f = document.querySelectorAll(%s)[%d]; f.scrollIntoView(); f.focus(); return true; })()`, jsString(textFields), i), nil)
			b.do(chromedp.KeyEvent(hostileText))
			b.sleep(200)
			var ok bool
			b.eval(noMarkupJS, &ok)
			if !ok {
				t.Errorf("%s, field %d: the typed text became markup", route, i)
			}
		}
		b.checkNoViolations(w, route+" after typing")
	}
}

// textFields are the fields a person can type into.
const textFields = `input:not([type]), input[type=text], input[type=search], textarea`

// Every kind of response carries the security headers and the right
// content type: pages, go-app's files, the worker, the manifest, the wasm
// in each encoding, assets, not-found answers and refusals.
func TestSecurityHeadersOnEveryKindOfResponse(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	types := map[string]string{"/app.js": "javascript", "/wasm_exec.js": "javascript", "/app-worker.js": "javascript",
		"/manifest.webmanifest": "application/manifest+json", "/app.css": "text/css", "/web/app.css": "text/css",
		"/web/theme.js": "javascript", "/web/icons/icon-192.png": "image/png", "/web/icons/icon.svg": "image/svg+xml",
		"/no-such-page": "text/plain", "/web/no-such-file": "text/plain"}
	for _, route := range policyRoutes(t, s.URL) {
		types[route] = "text/html; charset=utf-8"
	}
	for path, want := range types {
		res := getWithEncoding(t, s.URL+path, "gzip")
		checkSecurityHeaders(t, "GET "+path, res.Header)
		if got := res.Header.Get("Content-Type"); !strings.Contains(got, want) {
			t.Errorf("GET %s: Content-Type %q, want %q", path, got, want)
		}
	}
	for _, enc := range []string{"br", "gzip", ""} {
		res := getWithEncoding(t, s.URL+"/web/app.wasm", enc)
		checkSecurityHeaders(t, "app.wasm "+enc, res.Header)
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/wasm" || res.Header.Get("Content-Encoding") != enc {
			t.Errorf("app.wasm asking for %q: %d %q encoded %q", enc, res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Encoding"))
		}
	}
	res := rawRequest(t, s.Addr, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
	checkSecurityHeaders(t, "a refusal", res.Header)
}

func checkSecurityHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	for _, kv := range site.SecurityHeaders {
		if got := h.Get(kv[0]); got != kv[1] {
			t.Errorf("%s: %s = %q, want %q", what, kv[0], got, kv[1])
		}
	}
}

// rawRequest sends bytes as they are, so that no client library cleans the
// path, and reads the answer.
func rawRequest(t *testing.T, addr, request string) *http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := conn.Write([]byte(request)); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%.60q: %v", request, err)
	}
	body := new(strings.Builder)
	bufio.NewReader(res.Body).WriteTo(body)
	res.Body.Close()
	res.Header.Set("X-Test-Body", body.String())
	return res
}

// What a client sends that the site does not serve is refused with the
// right status and a one-line reason, and the server keeps serving.
func TestOddRequestsAreRefusedClearly(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	long := "/?q=" + strings.Repeat("a", site.MaxRequestURI)
	cases := []struct {
		request string
		code    int
		says    string
	}{
		{"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", 405, "only answers GET and HEAD"},
		{"PUT /web/app.css HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405, "only answers GET and HEAD"},
		{"DELETE / HTTP/1.1\r\nHost: x\r\n\r\n", 405, "only answers GET and HEAD"},
		{"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 405, "only answers GET and HEAD"},
		{"TRACE / HTTP/1.1\r\nHost: x\r\n\r\n", 405, "only answers GET and HEAD"},
		{"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n", 501, "does not know that request method"},
		{"GET /web/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 400, ". or .. segments"},
		{"GET /web/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 400, ". or .. segments"},
		{"GET /web/..%2f..%2fetc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 400, ". or .. segments"},
		{"GET /web/%252e%252e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 400, "encoded twice"},
		{"GET /web/..\\..\\etc\\passwd HTTP/1.1\r\nHost: x\r\n\r\n", 400, "backslashes"},
		{"GET /web/app.css%00.png HTTP/1.1\r\nHost: x\r\n\r\n", 400, "control characters"},
		{"GET " + long + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "longer than"},
		{"GET /?q=" + strings.Repeat("a", 40<<10) + " HTTP/1.1\r\nHost: x\r\n\r\n", 431, ""},
		{"GET /web/app.css HTTP/9.9\r\nHost: x\r\n\r\n", 505, ""},
		{"GET\r\n\r\n", 400, ""},
	}
	for _, c := range cases {
		res := rawRequest(t, s.Addr, c.request)
		body := res.Header.Get("X-Test-Body")
		if res.StatusCode != c.code || !strings.Contains(body, c.says) || strings.Contains(body, "root:") {
			t.Errorf("%.70q: %d %q, want %d saying %q", c.request, res.StatusCode, body, c.code, c.says)
		}
		if c.code == 405 && res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%.40q: Allow = %q", c.request, res.Header.Get("Allow"))
		}
	}
	if res, _ := httpGet(t, s.URL+"/about"); res.StatusCode != 200 {
		t.Errorf("after the odd requests, /about got %d", res.StatusCode)
	}
}

// The static export carries the policy in a meta tag on every page, before
// anything it governs, and a _headers file for hosts that read one; served
// by a host that sets no headers, the app boots, installs its worker and
// works offline with no violation.
func TestStaticExportCarriesThePolicy(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := run(builds.server, "static", "-out", dir, "-prefix", "/nc", "-web", builds.web); err != nil {
		t.Fatal(err)
	}
	meta := `<meta http-equiv="Content-Security-Policy" content="` + strings.ReplaceAll(site.MetaContentSecurityPolicy, "'", "&#39;") + `">`
	pages := 0
	filepath.WalkDir(dir, func(name string, d os.DirEntry, err error) error {
		if err != nil || filepath.Ext(name) != ".html" {
			return err
		}
		pages++
		b, _ := os.ReadFile(name)
		page := string(b)
		at := strings.Index(page, meta)
		if at < 0 || at > strings.Index(page, "<link") || at > strings.Index(page, "<script") {
			t.Errorf("%s lacks the policy meta tag before its links and scripts", name)
		}
		return nil
	})
	if want := len(ui.Pages) + len(ui.EntryPages(knowledge())); pages < want {
		t.Errorf("found %d exported pages, want at least %d", pages, want)
	}
	headers, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range site.SecurityHeaders {
		mustContain(t, "_headers", string(headers), "  "+kv[0]+": "+kv[1]+"\n")
	}
	mustContain(t, "_headers", string(headers), "/*\n", "/web/app.wasm\n  Content-Type: application/wasm\n")

	base := serveStatic(t, dir, "/nc")
	b := newBrowser(t)
	b.Guard.Allow(strings.TrimPrefix(base, "http://"))
	w := b.watchPolicies()
	b.open(base + "/nc/")
	b.waitWorker(precache(t, base+"/nc/app-worker.js"))
	b.checkNoViolations(w, "static /")
	b.proveEnforced(w, "static /")
	for _, route := range []string{"/about", "/red-flags", "/sources"} {
		b.open(base + "/nc" + route)
		b.checkNoViolations(w, "static "+route)
	}
	b.setOffline(true)
	b.open(base + "/nc/about")
	b.proveAlive()
	b.checkNoViolations(w, "static offline")
}
