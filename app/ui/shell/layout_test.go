package shell

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// testSite is the shared value of a page over an empty diary in memory.
func testSite(t *testing.T) *site.Site {
	mem := diary.NewMemStorage()
	at := time.Date(2026, 3, 4, 3, 15, 0, 0, time.UTC)
	return site.NewWith(testKB(t), func() (diary.Storage, error) { return mem, nil }, func() time.Time { return at })
}

func TestLayoutFramesTheContentInOrder(t *testing.T) {
	s := testSite(t)
	doc := render(t, Layout(s, site.DiaryPath, app.P().ID("the-content").Text("what the screen shows")))
	layout := doc.elements()[0]
	if !layout.hasClass("layout") {
		t.Fatalf("the frame is %s.%s, want div.layout", layout.tag, layout.attrs["class"])
	}
	// Skip link first, the content before the install offer (which comes
	// late and must not push what a person is about to tap), footer last.
	var order []string
	for _, el := range layout.elements() {
		order = append(order, el.tag+"#"+el.attrs["id"])
	}
	want := []string{"a#", "header#", "div#update-banner", "div#offline-indicator", "main#main", "div#install", "footer#"}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("frame order %v, want %v", order, want)
	}
	skip := layout.elements()[0]
	if skip.attrs["href"] != "#main" || !skip.hasClass("skip-link") {
		t.Errorf("skip link %v does not lead to the content", skip.attrs)
	}
	main := doc.mustID(t, "main")
	if main.attrs["tabindex"] != "-1" {
		t.Errorf("main has tabindex %q; the skip link needs it focusable", main.attrs["tabindex"])
	}
	if got := main.mustID(t, "the-content").Text(); got != "what the screen shows" {
		t.Errorf("the content says %q", got)
	}
	if n := len(doc.all(func(n *node) bool { return n.attrs["role"] == "alert" })); n != 0 {
		t.Errorf("a page that loaded has %d alerts", n)
	}
}

func TestLayoutSaysWhyTheKnowledgeBaseIsMissing(t *testing.T) {
	s := testSite(t)
	s.KB, s.LoadErr = nil, errors.New(`data/causes.json: entry "calf-x": field "grade": unknown grade "maybe"`)
	doc := render(t, Layout(s, site.HomePath, app.P().ID("the-content").Text("search results")))
	if doc.byID("the-content") != nil {
		t.Error("the page's own content is drawn over a knowledge base that failed")
	}
	main := doc.mustID(t, "main")
	alerts := main.all(func(n *node) bool { return n.attrs["role"] == "alert" })
	if len(alerts) != 1 {
		t.Fatalf("%d alerts in main, want the one that says what failed", len(alerts))
	}
	said := alerts[0].Text()
	for _, want := range []string{"could not load", s.LoadErr.Error(), "urgent help"} {
		if !strings.Contains(said, want) {
			t.Errorf("the notice %q lacks %q", said, want)
		}
	}
	if h := alerts[0].tags("h1"); len(h) != 1 {
		t.Errorf("the notice has %d headings, want one h1", len(h))
	}
	// The frame stays: the way to help is still one tap away.
	if doc.byID("cramp-now") == nil || doc.tags("footer") == nil {
		t.Error("the frame is gone with the knowledge base")
	}
}

func TestFooterLinksToHelpAndNamesTheVersion(t *testing.T) {
	doc := render(t, &siteFooter{})
	links := doc.tags("a")
	if len(links) != 1 || links[0].attrs["href"] != site.RedFlagsPath {
		t.Errorf("footer links %v, want one to %s", links, site.RedFlagsPath)
	}
	if got, want := doc.mustID(t, "app-version").Text(), strings.TrimSpace("Version "+app.Getenv("GOAPP_VERSION")); got != want {
		t.Errorf("version line %q, want %q", got, want)
	}
	if !strings.Contains(doc.Text(), "not a diagnosis") {
		t.Errorf("footer %q does not say the app is no diagnosis", doc.Text())
	}
}

func TestOfflineIndicatorIsACalmLiveRegion(t *testing.T) {
	o := &offlineIndicator{}
	ctx := testContext(t)
	o.OnMount(ctx)
	if o.offline {
		t.Error("outside a browser the connection counts as up, yet the note shows")
	}
	if len(o.stops) != 2 {
		t.Errorf("following %d connection events, want online and offline", len(o.stops))
	}
	online := render(t, o).mustID(t, "offline-indicator")
	if online.Text() != "" || online.attrs["aria-live"] != "polite" {
		t.Errorf("online: says %q with aria-live %q; want nothing, politely", online.Text(), online.attrs["aria-live"])
	}
	o.offline = true
	doc := render(t, o)
	offline := doc.mustID(t, "offline-indicator")
	if !strings.Contains(offline.Text(), "still works offline") {
		t.Errorf("offline note says %q", offline.Text())
	}
	if offline.attrs["aria-live"] != "polite" || offline.has("role") {
		t.Errorf("offline note %v: it must be polite, no alert", offline.attrs)
	}
	dots := doc.all(func(n *node) bool { return n.hasClass("offline-dot") })
	if len(dots) != 1 || !dots[0].has("aria-hidden") {
		t.Error("the dot is not hidden from screen readers")
	}
	o.OnDismount()
	if o.stops != nil {
		t.Error("dismount left the connection followed")
	}
}

func TestLayoutMarksTheScreenItIsGiven(t *testing.T) {
	s := testSite(t)
	for _, current := range []string{site.RedFlagsPath, site.DiaryPath, "/sources", "/about"} {
		doc := render(t, Layout(s, current))
		marked := doc.all(func(n *node) bool { return n.attrs["aria-current"] == "page" })
		if len(marked) != 1 || marked[0].attrs["href"] != current {
			t.Errorf("Layout(%q) marks %d links, want the one to %s", current, len(marked), current)
		}
	}
}
