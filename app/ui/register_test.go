package ui

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// Register is what the server pre-renders from: each route answers at its
// path and with a trailing slash, with its own content.
func TestRegisterServesEveryRouteInBothForms(t *testing.T) {
	k := uitest.KB(t)
	entries := 0
	for _, p := range RoutePaths(k) {
		forms := []string{p}
		if strings.HasPrefix(p, site.EntryPrefix) {
			entries++
		}
		// Every route is registered in both forms by the same loop: the
		// first entry's slash form stands for the others', which would
		// double the time under the race detector.
		if p != "/" && entries <= 1 {
			forms = append(forms, p+"/")
		}
		for _, addr := range forms {
			code, body := serve(t, addr)
			if code != http.StatusOK {
				t.Errorf("%s answers %d", addr, code)
				continue
			}
			id, isEntry := strings.CutPrefix(p, site.EntryPrefix)
			if !isEntry {
				if servedBody(t, body).ByID("main") == nil {
					t.Errorf("%s is served without its content", addr)
				}
				continue
			}
			// Over a hundred entry pages: read as text, not parsed, to keep
			// the test quick under the race detector.
			e, _ := k.Entry(id)
			if !strings.Contains(body, `id="entry-`+id+`"`) || !strings.Contains(body, "<h1>"+html.EscapeString(e.Title)+"</h1>") {
				t.Errorf("%s is not the page of %q", addr, e.Title)
			}
		}
	}
}

func TestRegisterAnswersStrangeAddresses(t *testing.T) {
	for _, c := range []struct {
		addr string
		code int
		id   string // an element the page must hold
	}{
		{"/entry/no-such-entry", http.StatusOK, "entry-not-found"},
		{"/entry/no-such-entry/", http.StatusOK, "entry-not-found"},
		{NotFoundPath, http.StatusOK, "page-not-found"},
		// A malformed id never reaches a page (it would be written into an
		// attribute), and unknown addresses are the server's own 404.
		{"/entry/%22%3E%3Cscript%3E", http.StatusNotFound, ""},
		{"/entry/" + strings.Repeat("a", 81), http.StatusNotFound, ""},
		{"/nowhere", http.StatusNotFound, ""},
		{"/diary/nowhere", http.StatusNotFound, ""},
	} {
		code, body := serve(t, c.addr)
		if code != c.code {
			t.Errorf("%s answers %d, want %d", c.addr, code, c.code)
			continue
		}
		if c.id == "" {
			if strings.Contains(body, "<script>") {
				t.Errorf("%s echoes markup: %.200s", c.addr, body)
			}
			continue
		}
		if servedBody(t, body).ByID(c.id) == nil {
			t.Errorf("%s lacks #%s", c.addr, c.id)
		}
	}
}

// servedBody reads the body of a page go-app served.
func servedBody(t *testing.T, page string) *uitest.Node {
	t.Helper()
	start, end := strings.Index(page, "<body"), strings.LastIndex(page, "</body>")
	if start < 0 || end < start {
		t.Fatalf("no body in %.300s", page)
	}
	return uitest.Parse(t, page[start:end+len("</body>")])
}
