package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// navLinks are the hrefs of the main navigation of a rendered page.
func navLinks(doc *uitest.Node) []*uitest.Node {
	var out []*uitest.Node
	for _, nav := range doc.Tagged("nav") {
		if nav.Attrs["aria-label"] == "Main" {
			out = append(out, nav.Tagged("a")...)
		}
	}
	return out
}

func TestEveryRouteRendersOnTheServer(t *testing.T) {
	k := uitest.KB(t)
	s := uitest.Site(t, diary.NewMemStorage())
	var navPaths []string
	entries := 0
	for _, r := range Routes(k) {
		if strings.HasPrefix(r.Path, site.EntryPrefix) {
			// Without an address an entry page draws its "no such entry":
			// one stands for all here; TestRegisterServesEveryRouteInBothForms
			// serves each with its own content.
			if entries++; entries > 1 {
				continue
			}
		}
		doc := uitest.Render(t, r.Page(s))
		if doc.ByID("main") == nil {
			t.Errorf("%s has no main content", r.Path)
			continue
		}
		if n := len(doc.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "alert" })); n != 0 {
			t.Errorf("%s raises %d alerts with the knowledge base loaded", r.Path, n)
		}
		nav := navLinks(doc)
		if r.Path == CrampNowPath || r.Path == site.BedtimePath {
			continue // the guides are full screen: no navigation, nothing to mark
		}
		if len(nav) == 0 || doc.ByID("cramp-now") == nil {
			t.Errorf("%s lacks the navigation or the Cramp now button", r.Path)
			continue
		}
		if navPaths == nil {
			for _, a := range nav {
				navPaths = append(navPaths, a.Attrs["href"])
			}
		}
		// The link marked current is the page's own, or its section's.
		for _, a := range nav {
			href, current := a.Attrs["href"], a.Attrs["aria-current"] == "page"
			own := r.Path == href || strings.HasPrefix(r.Path, href+"/")
			if current != own {
				t.Errorf("on %s the link to %s is marked current: %v", r.Path, href, current)
			}
		}
	}
	for _, p := range navPaths {
		if !isRoute(Routes(k), p) {
			t.Errorf("the navigation links to %s, which is no page", p)
		}
	}
}

func TestEveryRouteSaysTheKnowledgeBaseFailed(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	s.KB, s.LoadErr = nil, errors.New(`data/red_flags.json: entry "dvt": field "urgency": unknown value "soon"`)
	for _, r := range Routes(nil) {
		doc := uitest.Render(t, r.Page(s))
		alerts := doc.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "alert" })
		if len(alerts) != 1 || !strings.Contains(alerts[0].Text(), s.LoadErr.Error()) {
			t.Errorf("%s does not say why the knowledge base is missing (%d alerts)", r.Path, len(alerts))
			continue
		}
		if !strings.Contains(alerts[0].Text(), "urgent help") {
			t.Errorf("%s: the failure notice drops the urgent-help advice", r.Path)
		}
	}
}

func TestNotFoundPageOffersTheWaysOnFirstAidFirst(t *testing.T) {
	doc := uitest.Render(t, newNotFoundPage(uitest.Site(t, diary.NewMemStorage())))
	page := doc.MustID(t, "page-not-found")
	if h := page.Tagged("h1"); len(h) != 1 || h[0].Text() != "Page not found" {
		t.Errorf("heading %v", h)
	}
	var hrefs []string
	for _, a := range page.Tagged("a") {
		hrefs = append(hrefs, a.Attrs["href"])
	}
	if want := []string{site.CrampNowPath, site.HomePath, site.DiaryPath}; strings.Join(hrefs, " ") != strings.Join(want, " ") {
		t.Errorf("ways on %v, want %v", hrefs, want)
	}
	for _, a := range navLinks(doc) {
		if a.Has("aria-current") {
			t.Errorf("the not-found page marks %s as current", a.Attrs["href"])
		}
	}
	if doc.ByID("cramp-now") == nil {
		t.Error("the not-found page lacks the Cramp now button")
	}
}
