package explore

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// explorerAt is a home page that has read the address raw.
func explorerAt(t *testing.T, raw string) *explorer {
	t.Helper()
	e := &explorer{site: uitest.Site(t, diary.NewMemStorage())}
	e.read(uitest.URL(t, raw))
	return e
}

// wantFor is what the query API answers for an address, as the explorer
// asks it: every match, no profile on the device.
func wantFor(t *testing.T, raw string) (kb.Query, kb.Result, []string) {
	t.Helper()
	k := uitest.KB(t)
	q, ignored := k.ParseQuery(uitest.URL(t, raw).Query())
	return q, k.Search(q), ignored
}

// groupedIDs is the order the page draws a result's cards in: the query
// API's groups, first to last, cut to limit cards.
func groupedIDs(k *kb.KB, r kb.Result, limit int) []string {
	var ids []string
	for _, g := range k.Grouped(r) {
		for _, e := range g.Entries {
			if len(ids) < limit {
				ids = append(ids, e.ID)
			}
		}
	}
	return ids
}

var explorerAddresses = []string{
	"/",
	"/?q=calf",
	"/?q=cram",
	"/?q=str&type=remedy",
	"/?q=str&type=remedy&muscle=calf",
	"/?q=mag&who=older-adults&grade=contradicted,mixed",
	"/?type=cause,remedy&muscle=calf,foot",
	"/?grade=harmful",
	"/?q=zzzqqxx",
	"/?q=magnesium&type=redflag",
	"/?mine=1",
}

// The page shows exactly what the query API answers for its address: the
// count, the cards in order, the text in the field, the filters and the map.
func TestExplorerShowsWhatTheQueryAPIAnswers(t *testing.T) {
	for _, raw := range explorerAddresses {
		t.Run(raw, func(t *testing.T) {
			q, want, ignored := wantFor(t, raw)
			e := explorerAt(t, raw)
			page := render(t, e)

			if got := page.MustID(t, "result-count").Text(); got != countText(want.Total) {
				t.Errorf("count %q, want %q", got, countText(want.Total))
			}
			if count := page.MustID(t, "result-count"); count.Attrs["aria-live"] != "polite" {
				t.Errorf("the count is not announced: %v", count.Attrs)
			}
			var shown []string
			if list := page.ByID("results"); list != nil {
				shown = list.DataIDs()
			}
			if wantIDs := groupedIDs(uitest.KB(t), want, firstResults); !slices.Equal(shown, wantIDs) {
				t.Errorf("cards %v, the query API's groups say %v", shown, wantIDs)
			}
			for _, card := range page.WithClass("card") {
				if href := card.Tagged("a")[0].Attrs["href"]; href != "/entry/"+card.Attrs["data-id"] {
					t.Errorf("card %s opens %q", card.Attrs["data-id"], href)
				}
			}
			more := page.ByID("show-all")
			if (more != nil) != (want.Total > firstResults) {
				t.Errorf("show-all present %t with %d matches and %d cards at first", more != nil, want.Total, firstResults)
			}
			if more != nil && !strings.Contains(more.Text(), strconv.Itoa(want.Total)) {
				t.Errorf("show-all says %q, not the total %d", more.Text(), want.Total)
			}
			if (page.ByID("empty-state") != nil) != (want.Total == 0) {
				t.Errorf("empty state shown %t for %d results", page.ByID("empty-state") != nil, want.Total)
			}
			if v := page.MustID(t, "search").Attrs["value"]; v != q.Text {
				t.Errorf("the field holds %q, want %q", v, q.Text)
			}
			if (page.ByID("ignored-notice") != nil) != (len(ignored) > 0) {
				t.Errorf("ignored notice shown %t for %v", page.ByID("ignored-notice") != nil, ignored)
			}
			open := page.MustID(t, "filters").Has("open")
			if open {
				t.Errorf("the filter sheet covers the answers on arrival (%d chosen)", selectedCount(q))
			}
			expectFacets(t, page, want, open)
			expectMap(t, page, q, open)
		})
	}
}

// expectFacets checks every drawn facet option against the query API.
func expectFacets(t *testing.T, page *uitest.Node, want kb.Result, open bool) {
	t.Helper()
	inputs := page.MustID(t, "filters").Find(func(n *uitest.Node) bool { return n.Has("data-facet") })
	if !open {
		if len(inputs) > 0 {
			t.Errorf("closed filters draw %d options", len(inputs))
		}
		return
	}
	var drawn, wanted []string
	for _, in := range inputs {
		label := in.Parent
		count := label.WithClass("option-count")[0].Text()
		drawn = append(drawn, fmt.Sprintf("%s|%s|%s|%t|%t", in.Attrs["data-facet"], in.Attrs["data-value"], count, in.Has("checked"), in.Has("disabled")))
	}
	for _, fc := range want.Counts {
		for _, vc := range fc.Values {
			wanted = append(wanted, fmt.Sprintf("%s|%s|%d|%t|%t", fc.Facet, vc.Term.Value, vc.Count, vc.Selected, vc.Count == 0 && !vc.Selected))
		}
	}
	if !slices.Equal(drawn, wanted) {
		t.Errorf("filters drawn\n%v\nthe query API says\n%v", drawn, wanted)
	}
}

// expectMap checks that the map's tap areas are ticked exactly for the
// muscles the query chooses.
// The map is in the filter sheet: drawn only while the sheet is open.
func expectMap(t *testing.T, page *uitest.Node, q kb.Query, open bool) {
	t.Helper()
	areas := page.Find(func(n *uitest.Node) bool { return n.Has("data-muscle") })
	if !open {
		if len(areas) > 0 {
			t.Errorf("the closed sheet draws %d map areas", len(areas))
		}
		return
	}
	if len(areas) == 0 {
		t.Fatal("no body map in the open sheet")
	}
	for _, a := range areas {
		m := a.Attrs["data-muscle"]
		if a.Has("checked") != q.Selected(kb.FacetMuscle, m) {
			t.Errorf("map area %s ticked %t, query chooses %v", m, a.Has("checked"), q.Facets[kb.FacetMuscle])
		}
	}
}

func TestCountTextSaysHowManyInWords(t *testing.T) {
	k := uitest.KB(t)
	all := k.Search(kb.Query{}).Total
	for n, want := range map[int]string{0: "No entries match", 1: "1 entry", 2: "2 entries", all: fmt.Sprintf("%d entries", all)} {
		if got := countText(n); got != want {
			t.Errorf("countText(%d) = %q, want %q", n, got, want)
		}
	}
}

// "Show all" lifts the cap of the first cards until the query changes.
func TestShowAllRevealsEveryResultUntilTheQueryChanges(t *testing.T) {
	k := uitest.KB(t)
	every := k.Search(kb.Query{})
	if every.Total <= firstResults {
		t.Fatalf("the knowledge base has %d entries, too few to cap", every.Total)
	}
	e := explorerAt(t, "/")
	if got := render(t, e).MustID(t, "results").DataIDs(); len(got) != firstResults {
		t.Fatalf("the first view shows %d cards, want %d", len(got), firstResults)
	}
	e.showEverything(app.Context{}, app.Event{})
	page := render(t, e)
	if got, want := page.MustID(t, "results").DataIDs(), groupedIDs(k, every, every.Total); !slices.Equal(got, want) {
		t.Errorf("after Show all: %v, want %v", got, want)
	}
	if page.ByID("show-all") != nil {
		t.Error("Show all is still offered with every card shown")
	}

	ctx, _ := uitest.Mount(t, e)
	e.toggle(kb.FacetType, string(kb.TypeCause))(ctx, app.Event{})
	causes := k.Search(kb.Query{Facets: map[kb.Facet][]string{kb.FacetType: {string(kb.TypeCause)}}})
	if e.showAll || !slices.Equal(entryIDs(e.result.Entries), entryIDs(causes.Entries)) {
		t.Errorf("a new filter kept Show all (%t) or shows %v, want %v", e.showAll, entryIDs(e.result.Entries), entryIDs(causes.Entries))
	}
}

// Ticking a filter, a chip or the map, and clearing, each show the new
// query, and its address gives the same query back.
func TestFilterHandlersApplyTheQuery(t *testing.T) {
	k := uitest.KB(t)
	e := explorerAt(t, "/?q=str&colour=blue")
	if len(e.ignored) == 0 {
		t.Fatal("the strange parameter was not reported")
	}
	ctx, _ := uitest.Mount(t, e)
	steps := []struct {
		name string
		do   func()
		want kb.Query
	}{
		{"tick remedy", func() { e.toggle(kb.FacetType, "remedy")(ctx, app.Event{}) }, e.query.With(kb.FacetType, "remedy")},
		{"tap the calf", nil, kb.Query{}},
		{"untick remedy", nil, kb.Query{}},
		{"clear all", func() { e.clearAll(ctx, app.Event{}) }, kb.Query{}},
	}
	steps[1].do = func() { e.toggle(kb.FacetMuscle, "calf")(ctx, app.Event{}) }
	steps[1].want = steps[0].want.With(kb.FacetMuscle, "calf")
	steps[2].do = func() { e.toggle(kb.FacetType, "remedy")(ctx, app.Event{}) }
	steps[2].want = steps[1].want.Without(kb.FacetType, "remedy")
	for _, s := range steps {
		s.do()
		if e.query.Values().Encode() != s.want.Values().Encode() {
			t.Errorf("%s: query %v, want %v", s.name, e.query.Values(), s.want.Values())
		}
		if want := k.Search(s.want); !want.Same(e.result) {
			t.Errorf("%s: shows %v, the query API says %v", s.name, entryIDs(e.result.Entries), entryIDs(want.Entries))
		}
		if e.ignored != nil {
			t.Errorf("%s: the notice of the old address stays: %v", s.name, e.ignored)
		}
		back, ignored := k.ParseQuery(uitest.URL(t, e.href(e.query)).Query())
		if back.Values().Encode() != e.query.Values().Encode() || len(ignored) > 0 {
			t.Errorf("%s: address %q reads back as %v (ignored %v)", s.name, e.href(e.query), back.Values(), ignored)
		}
	}
	if page := render(t, e); page.ByID("clear-all") != nil || len(page.WithClass("chip")) > 0 {
		t.Error("with nothing chosen the page still offers to clear")
	}
}

// The address of a query keeps the page's path: "?" alone for everything.
func TestHrefIsRelative(t *testing.T) {
	e := explorerAt(t, "/")
	for _, q := range []kb.Query{{}, {Text: "calf"}, {Mine: true}, {Facets: map[kb.Facet][]string{kb.FacetGrade: {"mixed", "contradicted"}}}} {
		h := e.href(q)
		if !strings.HasPrefix(h, "?") {
			t.Errorf("href(%v) = %q, not relative to the page", q, h)
		}
		if got, _ := url.ParseQuery(strings.TrimPrefix(h, "?")); got.Encode() != q.Values().Encode() {
			t.Errorf("href(%v) = %q, holds %v", q, h, got)
		}
	}
}

// Reading a new address keeps the filters panel and profile read once per
// visit: a tap must not close the panel under the finger.
func TestReadingAgainKeepsThePanelAsThePersonLeftIt(t *testing.T) {
	e := explorerAt(t, "/?type=remedy")
	if e.filtersOpen || !e.navigated {
		t.Fatalf("a link with a filter arrives with the sheet closed over its answers: open %t, navigated %t", e.filtersOpen, e.navigated)
	}
	e.filtersOpen = true // the person opened it
	e.read(uitest.URL(t, "/?type=remedy&muscle=calf"))
	if !e.filtersOpen {
		t.Error("reading the next address closed the sheet the person opened")
	}
	e.filtersOpen = false // and closed it
	e.read(uitest.URL(t, "/?type=remedy&muscle=calf"))
	if e.filtersOpen {
		t.Error("reading the next address opened the sheet the person closed")
	}
	if !e.query.Selected(kb.FacetMuscle, "calf") {
		t.Errorf("the new address was not read: %v", e.query.Values())
	}
	ctx, _ := uitest.Mount(t, e)
	e.filtersOpen = true
	e.onFiltersToggle(ctx, app.Event{}) // outside a browser the panel reads as closed
	if e.filtersOpen {
		t.Error("the panel's toggle was not followed")
	}
}

// OnNav reads the address the page has.
func TestOnNavReadsThePageAddress(t *testing.T) {
	for _, raw := range []string{"/?q=calf&type=remedy", "/?grade=mixed,harmful"} {
		e := &explorer{site: uitest.Site(t, diary.NewMemStorage())}
		ctx, _ := uitest.Mount(t, e)
		ctx.Page().ReplaceURL(uitest.URL(t, raw))
		e.OnNav(ctx)
		q, want, _ := wantFor(t, raw)
		if e.query.Values().Encode() != q.Values().Encode() || !want.Same(e.result) {
			t.Errorf("%s: read %v showing %v, want %v showing %v", raw, e.query.Values(), entryIDs(e.result.Entries), q.Values(), entryIDs(want.Entries))
		}
	}
}

// A field emptied by hand shows everything again; the address follows once
// typing pauses, without a drawing of its own.
func TestTypingShowsAtOnceAndTheAddressFollowsLater(t *testing.T) {
	k := uitest.KB(t)
	e := explorerAt(t, "/?q=calf")
	ctx, eng := uitest.Mount(t, e)
	e.onType(ctx, app.Event{}) // outside a browser the field reads as empty
	if e.query.Text != "" || !k.Search(kb.Query{}).Same(e.result) {
		t.Errorf("an emptied field shows %q: %v", e.query.Text, entryIDs(e.result.Entries))
	}
	if e.urlDue.IsZero() {
		t.Fatal("typing did not schedule the address")
	}
	eng.ConsumeAll()
	if !e.urlDue.IsZero() {
		t.Errorf("the address is still due %v after typing paused", e.urlDue)
	}

	e.urlDue = time.Now().Add(time.Hour)
	e.writeURL(ctx, app.Event{}) // leaving the field writes it at once
	if !e.urlDue.IsZero() {
		t.Error("leaving the field left the address pending")
	}
}

// Nothing matches: the page says so and offers what to try.
func TestEmptyStateSaysWhatToTry(t *testing.T) {
	k := uitest.KB(t)
	for _, c := range []struct {
		raw             string
		textTip, facTip bool
	}{
		{"/?q=zzzqqxx", true, false},
		{"/?q=zzzqqxx&type=remedy", true, true},
		{"/?q=calf&type=mimic&grade=harmful", true, true},
	} {
		q, _ := k.ParseQuery(uitest.URL(t, c.raw).Query())
		if k.Search(q).Total != 0 {
			t.Fatalf("%s matches entries now: pick a query that matches nothing", c.raw)
		}
		empty := render(t, explorerAt(t, c.raw)).MustID(t, "empty-state")
		tips := empty.Tagged("li")
		// A text alone also gets the filter tip today (Values holds the
		// text): only what each tip needs is checked.
		if c.textTip && !slices.ContainsFunc(tips, func(li *uitest.Node) bool { return strings.Contains(li.Text(), "words") }) {
			t.Errorf("%s: no tip about the words typed", c.raw)
		}
		if c.facTip && !slices.ContainsFunc(tips, func(li *uitest.Node) bool { return strings.Contains(li.Text(), "filter") }) {
			t.Errorf("%s: no tip about the filters", c.raw)
		}
		if empty.ByID("clear-all-empty") == nil {
			t.Errorf("%s: no way back to everything", c.raw)
		}
	}
}

// A strange address never blanks the page: what is not understood is left
// out and listed, and markup in the text stays text.
func TestStrangeAddressesAreListedAndMarkupStaysText(t *testing.T) {
	k := uitest.KB(t)
	hostile := `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`
	for _, raw := range []string{
		"/?" + url.Values{"q": {hostile}, "muscle": {"elbow,calf"}, "colour": {"blue"}, "grade": {strings.Repeat("x", 5000)}}.Encode(),
		"/?" + strings.Repeat("a=1&", 2000),
		"/?q=%FF%FE&type=&mine=yes",
		"/?q=" + strings.Repeat("long ", 100),
	} {
		q, ignored := k.ParseQuery(uitest.URL(t, raw).Query())
		html := app.HTMLString(explorerAt(t, raw).Render())
		page := uitest.Parse(t, html)
		notice := page.MustID(t, "ignored-notice")
		var listed []string
		for _, li := range notice.Tagged("li") {
			listed = append(listed, li.Text())
		}
		var want []string
		for _, s := range ignored {
			want = append(want, squash(s))
		}
		if !slices.Equal(listed, want) {
			t.Errorf("the notice lists %v, want %v", listed, want)
		}
		if strings.Contains(html, "<script") || strings.Contains(html, "<img") || len(page.Tagged("script")) > 0 {
			t.Errorf("markup from the address was drawn as markup")
		}
		value := page.MustID(t, "search").Attrs["value"]
		if got := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&", "&#92;", `\`).Replace(value); got != q.Text {
			t.Errorf("the field shows %q, the query holds %q", got, q.Text)
		}
	}
}

// Without the knowledge base the page says why, and reading any address
// does nothing rather than fail.
func TestExplorerWithoutKnowledgeBaseSaysWhy(t *testing.T) {
	s := uitest.NoKBSite(t, "data/remedies.json: entry magnesium: field grade is missing", uitest.Night)
	e := &explorer{site: s}
	e.read(uitest.URL(t, "/?q=calf&type=remedy"))
	page := render(t, e)
	expectLoadFailed(t, page, s.LoadErr.Error())
	for _, id := range []string{"search", "results", "filters", "result-count"} {
		if page.ByID(id) != nil {
			t.Errorf("without a knowledge base the page still draws #%s", id)
		}
	}
}

// expectLoadFailed checks the alert that replaces a page without a
// knowledge base.
func expectLoadFailed(t *testing.T, page *uitest.Node, why string) {
	t.Helper()
	alerts := page.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "alert" })
	if len(alerts) != 1 || !strings.Contains(alerts[0].Text(), why) {
		t.Fatalf("no alert naming %q", why)
	}
	if main := page.MustID(t, "main"); len(main.Tagged("h1")) != 1 {
		t.Errorf("the failed page has %d headings", len(main.Tagged("h1")))
	}
}
