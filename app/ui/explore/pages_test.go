package explore

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// The red flags are grouped by urgency, most urgent first, each with what
// to do and a link to its page.
func TestRedFlagsPageGroupsEveryFlagByUrgency(t *testing.T) {
	k := uitest.KB(t)
	page := render(t, &redFlagsPage{site: uitest.Site(t, diary.NewMemStorage())})
	groups := page.WithClass("urgency-group")
	var want []string
	for _, u := range k.Terms(kb.VocabUrgency) {
		for _, e := range k.RedFlags() {
			if string(e.Urgency) == u.Value {
				want = append(want, u.Value)
				break
			}
		}
	}
	var got []string
	listed := 0
	for _, g := range groups {
		urgency := strings.TrimPrefix(strings.Fields(g.Attrs["class"])[1], "urgency-")
		got = append(got, urgency)
		term, _ := k.Term(kb.VocabUrgency, urgency)
		if g.Tagged("h2")[0].Text() != term.Label {
			t.Errorf("group %s is headed %q, want %q", urgency, g.Tagged("h2")[0].Text(), term.Label)
		}
		for _, li := range g.Tagged("li") {
			if li.Within("emergency-calls") {
				continue // the emergency numbers, tested on their own
			}
			e, ok := k.Entry(li.Attrs["data-id"])
			if !ok || string(e.Urgency) != urgency {
				t.Errorf("group %s lists %q", urgency, li.Attrs["data-id"])
				continue
			}
			listed++
			if href := li.Tagged("a")[0].Attrs["href"]; href != site.EntryPath(e.ID) {
				t.Errorf("%s links to %q", e.ID, href)
			}
			if li.WithClass("action")[0].Text() != squash(e.Action) {
				t.Errorf("%s does not say what to do", e.ID)
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("groups %v, want %v (urgencies with flags, in vocabulary order)", got, want)
	}
	if listed != len(k.RedFlags()) {
		t.Errorf("%d red flags listed, the knowledge base has %d", listed, len(k.RedFlags()))
	}
}

// The sources page explains every grade, in order, and cites every source
// where entries link to it.
func TestSourcesPageExplainsGradesAndCitesEverySource(t *testing.T) {
	k := uitest.KB(t)
	page := render(t, &sourcesPage{site: uitest.Site(t, diary.NewMemStorage())})
	grades := page.MustID(t, "grades")
	var got, want []string
	for _, dt := range grades.Tagged("dt") {
		got = append(got, dt.Text())
	}
	for _, g := range k.Terms(kb.VocabGrade) {
		want = append(want, g.Label)
		if len(grades.WithClass("grade-"+g.Value)) != 1 {
			t.Errorf("grade %s has no badge", g.Value)
		}
		if !strings.Contains(grades.Text(), squash(g.Description)) {
			t.Errorf("grade %s is not explained", g.Value)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("grades %v, want %v", got, want)
	}
	list := page.MustID(t, "sources")
	items := list.Tagged("li")
	if len(items) != len(k.Sources()) {
		t.Errorf("%d sources listed, the knowledge base has %d", len(items), len(k.Sources()))
	}
	for _, s := range k.Sources() {
		li := list.ByID("src-" + s.ID)
		if li == nil {
			t.Errorf("source %s has no anchor for entries to link to", s.ID)
			continue
		}
		text := li.Text()
		if !strings.HasPrefix(text, k.Label(kb.VocabSourceKind, s.Kind)+":") || !strings.Contains(text, squash(strings.TrimSuffix(s.Title, "."))) {
			t.Errorf("source %s reads %q", s.ID, text)
		}
		if s.Year != 0 && !strings.Contains(text, fmt.Sprint(s.Year)) {
			t.Errorf("source %s lacks its year", s.ID)
		}
	}
	if lede := page.WithClass("lede"); len(lede) != 1 || lede[0].Text() != squash(k.Texts().EvidenceNote) {
		t.Error("the page does not say how to read the evidence")
	}
}

// The about page holds the texts the clinician wrote and the disclaimer.
func TestAboutPageShowsTheTextsAndDisclaimer(t *testing.T) {
	k := uitest.KB(t)
	page := render(t, &aboutPage{site: uitest.Site(t, diary.NewMemStorage())})
	main := page.MustID(t, "main")
	if !strings.Contains(main.Text(), squash(k.Texts().About)) {
		t.Error("the about text is missing")
	}
	if d := page.MustID(t, "disclaimer"); !strings.Contains(d.Text(), squash(k.Texts().Disclaimer)) || !d.HasClass("notice") {
		t.Error("the disclaimer is missing or not a notice")
	}
}

// Every page of the room says why when the knowledge base did not load.
func TestEveryPageSaysWhyWithoutTheKnowledgeBase(t *testing.T) {
	s := uitest.NoKBSite(t, "data/vocabulary.json: line 3: unexpected end of file", uitest.Night)
	for _, r := range Routes() {
		page := render(t, r.Page(s))
		expectLoadFailed(t, page, s.LoadErr.Error())
	}
	expectLoadFailed(t, render(t, EntryPage(s)), s.LoadErr.Error())
}

// The room's routes make the right page for each address, marked in the
// navigation where it has an entry there.
func TestRoutesMakeTheirPages(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	want := map[string]app.Composer{
		site.HomePath:     &explorer{},
		site.RedFlagsPath: &redFlagsPage{},
		"/sources":        &sourcesPage{},
		"/about":          &aboutPage{},
	}
	routes := Routes()
	if len(routes) != len(want) {
		t.Errorf("%d routes, want %d", len(routes), len(want))
	}
	for _, r := range routes {
		w, ok := want[r.Path]
		if !ok {
			t.Errorf("unexpected route %s", r.Path)
			continue
		}
		page := r.Page(s)
		if fmt.Sprintf("%T", page) != fmt.Sprintf("%T", w) {
			t.Errorf("%s makes a %T", r.Path, page)
		}
		drawn := render(t, page)
		if h1 := drawn.MustID(t, "main").Tagged("h1"); len(h1) != 1 {
			t.Errorf("%s has %d main headings", r.Path, len(h1))
		}
		nav := drawn.Tagged("nav")[0]
		current := nav.Find(func(n *uitest.Node) bool { return n.Attrs["aria-current"] == "page" })
		inNav := nav.Find(func(n *uitest.Node) bool { return n.Attrs["href"] == r.Path })
		if len(current) != len(inNav) || (len(current) == 1 && current[0].Attrs["href"] != r.Path) {
			t.Errorf("%s: %d links marked current, %d in the navigation", r.Path, len(current), len(inNav))
		}
	}
	if _, ok := EntryPage(s).(*entryPage); !ok {
		t.Error("EntryPage makes no entry page")
	}
}
