package e2e

import (
	"strings"
	"testing"
)

// The origin check in every test is only worth something if it catches a
// foreign request: here the page makes two, by fetch and by an image.
func TestOriginGuardCatchesForeignRequests(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/about")
	b.eval(`fetch("http://fonts.example.com/a.woff2").catch(() => {}).then(() => "done")`, nil)
	b.eval(`new Promise((done) => { const i = new Image(); i.onload = i.onerror = done; i.src = "https://cdn.example.org/icon.png"; }).then(() => "done")`, nil)
	caught := strings.Join(b.Guard.take(), "\n")
	for _, want := range []string{"fonts.example.com", "cdn.example.org"} {
		if !strings.Contains(caught, want) {
			t.Errorf("the guard missed the request to %s; it caught:\n%s", want, caught)
		}
	}
}
