package shell

import (
	"errors"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestLayoutFramesTheContentInOrder(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	doc := uitest.Render(t, Layout(s, site.DiaryPath, app.P().ID("the-content").Text("what the screen shows")))
	layout := doc.Elements()[0]
	if !layout.HasClass("layout") {
		t.Fatalf("the frame is %s.%s, want div.layout", layout.Tag, layout.Attrs["class"])
	}
	// Skip link first, the content before the install offer (which comes
	// late and must not push what a person is about to tap), footer last.
	var order []string
	for _, el := range layout.Elements() {
		order = append(order, el.Tag+"#"+el.Attrs["id"])
	}
	want := []string{"a#", "header#", "div#update-banner", "div#offline-indicator", "main#main", "div#install", "footer#"}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("frame order %v, want %v", order, want)
	}
	skip := layout.Elements()[0]
	if skip.Attrs["href"] != "#main" || !skip.HasClass("skip-link") {
		t.Errorf("skip link %v does not lead to the content", skip.Attrs)
	}
	main := doc.MustID(t, "main")
	if main.Attrs["tabindex"] != "-1" {
		t.Errorf("main has tabindex %q; the skip link needs it focusable", main.Attrs["tabindex"])
	}
	if got := main.MustID(t, "the-content").Text(); got != "what the screen shows" {
		t.Errorf("the content says %q", got)
	}
	if n := len(doc.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "alert" })); n != 0 {
		t.Errorf("a page that loaded has %d alerts", n)
	}
}

func TestLayoutSaysWhyTheKnowledgeBaseIsMissing(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	s.KB, s.LoadErr = nil, errors.New(`data/causes.json: entry "calf-x": field "grade": unknown grade "maybe"`)
	doc := uitest.Render(t, Layout(s, site.HomePath, app.P().ID("the-content").Text("search results")))
	if doc.ByID("the-content") != nil {
		t.Error("the page's own content is drawn over a knowledge base that failed")
	}
	main := doc.MustID(t, "main")
	alerts := main.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "alert" })
	if len(alerts) != 1 {
		t.Fatalf("%d alerts in main, want the one that says what failed", len(alerts))
	}
	said := alerts[0].Text()
	for _, want := range []string{"could not load", s.LoadErr.Error(), "urgent help"} {
		if !strings.Contains(said, want) {
			t.Errorf("the notice %q lacks %q", said, want)
		}
	}
	if h := alerts[0].Tagged("h1"); len(h) != 1 {
		t.Errorf("the notice has %d headings, want one h1", len(h))
	}
	// The frame stays: the way to help is still one tap away.
	if doc.ByID("cramp-now") == nil || doc.Tagged("footer") == nil {
		t.Error("the frame is gone with the knowledge base")
	}
}

func TestFooterLinksToHelpAndNamesTheVersion(t *testing.T) {
	doc := uitest.Render(t, &siteFooter{})
	links := doc.Tagged("a")
	if len(links) != 1 || links[0].Attrs["href"] != site.RedFlagsPath {
		t.Errorf("footer links %v, want one to %s", links, site.RedFlagsPath)
	}
	if got, want := doc.MustID(t, "app-version").Text(), strings.TrimSpace("Version "+app.Getenv("GOAPP_VERSION")); got != want {
		t.Errorf("version line %q, want %q", got, want)
	}
	if !strings.Contains(doc.Text(), "not a diagnosis") {
		t.Errorf("footer %q does not say the app is no diagnosis", doc.Text())
	}
}

func TestOfflineIndicatorIsACalmLiveRegion(t *testing.T) {
	o := &offlineIndicator{}
	ctx := uitest.Context(t)
	o.OnMount(ctx)
	if o.offline {
		t.Error("outside a browser the connection counts as up, yet the note shows")
	}
	if len(o.stops) != 2 {
		t.Errorf("following %d connection events, want online and offline", len(o.stops))
	}
	online := uitest.Render(t, o).MustID(t, "offline-indicator")
	if online.Text() != "" || online.Attrs["aria-live"] != "polite" {
		t.Errorf("online: says %q with aria-live %q; want nothing, politely", online.Text(), online.Attrs["aria-live"])
	}
	o.offline = true
	doc := uitest.Render(t, o)
	offline := doc.MustID(t, "offline-indicator")
	if !strings.Contains(offline.Text(), "still works offline") {
		t.Errorf("offline note says %q", offline.Text())
	}
	if offline.Attrs["aria-live"] != "polite" || offline.Has("role") {
		t.Errorf("offline note %v: it must be polite, no alert", offline.Attrs)
	}
	dots := doc.Find(func(n *uitest.Node) bool { return n.HasClass("offline-dot") })
	if len(dots) != 1 || !dots[0].Has("aria-hidden") {
		t.Error("the dot is not hidden from screen readers")
	}
	o.OnDismount()
	if o.stops != nil {
		t.Error("dismount left the connection followed")
	}
}

func TestLayoutMarksTheScreenItIsGiven(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	for _, current := range []string{site.RedFlagsPath, site.DiaryPath, "/sources", "/about"} {
		doc := uitest.Render(t, Layout(s, current))
		marked := doc.Find(func(n *uitest.Node) bool { return n.Attrs["aria-current"] == "page" })
		if len(marked) != 1 || marked[0].Attrs["href"] != current {
			t.Errorf("Layout(%q) marks %d links, want the one to %s", current, len(marked), current)
		}
	}
}
