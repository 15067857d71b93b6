package e2e

import (
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"
)

// originGuard proves that no request leaves the app's origin. It is the
// browser's HTTP proxy: it forwards requests for the app's own origin and
// records (and refuses) every other one, whether from the page or the service
// worker. Chromium's own services (updates, sign-in, time) call a few Google
// hosts whatever page is open; the proxy refuses those without counting them,
// and the page's own requests are also checked one by one through the
// DevTools protocol (notePage), where no such exception applies.
type originGuard struct {
	listener net.Listener
	mu       sync.Mutex
	allowed  map[string]bool
	foreign  []string
}

func newOriginGuard(t testing.TB) *originGuard {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g := &originGuard{listener: ln, allowed: map[string]bool{}}
	srv := &http.Server{Handler: g}
	go srv.Serve(ln)
	t.Cleanup(func() {
		srv.Close()
		if f := g.Foreign(); len(f) > 0 {
			t.Errorf("requests left the app's origin: %q", f)
		}
	})
	return g
}

// Allow lets requests to host:port through.
func (g *originGuard) Allow(hostport string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.allowed[hostport] = true
}

// Foreign lists the refused requests.
func (g *originGuard) Foreign() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string(nil), g.foreign...)
}

func (g *originGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host := r.Host
	if r.Method != http.MethodConnect && r.URL.Host != "" {
		host = r.URL.Host
	}
	g.mu.Lock()
	ok := g.allowed[host]
	if !ok && !browserServices[hostname(host)] {
		g.foreign = append(g.foreign, r.Method+" "+r.URL.String())
	}
	g.mu.Unlock()
	if !ok || r.Method == http.MethodConnect {
		http.Error(w, "blocked by the test's origin guard", http.StatusForbidden)
		return
	}
	g.forward(w, r)
}

// forward passes a request to the app's server. A server that is down must
// look down to the browser, so a failed dial drops the connection instead of
// answering 502.
func (g *originGuard) forward(w http.ResponseWriter, r *http.Request) {
	target := &url.URL{Scheme: "http", Host: r.URL.Host}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
	proxy.ServeHTTP(w, r)
}

// URL is the proxy's address for Chromium's --proxy-server.
func (g *originGuard) URL() string {
	return "http://" + g.listener.Addr().String()
}

// browserServices are the hosts Chromium itself calls at start, with no page
// involved; the gaia-url flag sends sign-in to accounts.invalid.
var browserServices = map[string]bool{
	"accounts.invalid":      true,
	"accounts.google.com":   true,
	"update.googleapis.com": true,
	"clients2.google.com":   true,
	"redirector.gvt1.com":   true, // component downloads, seen once despite --disable-component-update
}

func hostname(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}

// notePage records a request the page made, as the DevTools protocol
// reports it (this includes requests its service worker answered).
func (g *originGuard) notePage(rawURL string) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss") {
		return // data:, blob:, about: stay in the page
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.allowed[u.Host] {
		g.foreign = append(g.foreign, "page: "+rawURL)
	}
}

// take returns the recorded foreign requests and forgets them.
func (g *originGuard) take() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	f := g.foreign
	g.foreign = nil
	return f
}
