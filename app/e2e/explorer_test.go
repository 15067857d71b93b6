package e2e

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/kb"
)

// viewJS reads what the explorer shows: the URL's query, the count, the
// result ids in order and every facet value's count and state.
const viewJS = `(() => ({
  search: location.search,
  count: document.getElementById("result-count").dataset.count,
  ids: [...document.querySelectorAll("#results li")].map((li) => li.dataset.id),
  facets: [...document.querySelectorAll("#filters input[data-facet]")].map((i) =>
    [i.dataset.facet, i.dataset.value, i.closest("label").querySelector(".option-count").textContent, String(i.checked)].join("|")),
  text: document.getElementById("search").value,
  map: [...document.querySelectorAll(".body-map input[data-muscle]")].map((i) => i.dataset.muscle + "|" + String(i.checked)),
}))()`

type explorerView struct {
	Search, Count, Text string
	IDs                 []string
	Facets              []string
	Map                 []string // "muscle|checked" for each tap area
}

// expectView waits until the explorer shows exactly what the query API
// answers for the URL query rawQuery.
func (b *browser) expectView(rawQuery string) {
	b.t.Helper()
	b.expectViewApplying(rawQuery, nil)
}

// expectViewApplying is expectView for a person whose profile says the
// causes applying apply to them.
func (b *browser) expectViewApplying(rawQuery string, applying []string) {
	b.t.Helper()
	q := parseQuery(b.t, rawQuery)
	q.Applying = applying
	// A click that navigates returns before the explorer is drawn.
	b.waitTrue(`!!document.getElementById("result-count") && !!document.getElementById("filters")`, "the explorer")
	var wasOpen bool
	b.eval(`document.getElementById("filters").open`, &wasOpen)
	b.openFilters()
	// On a phone the open filters cover the results: leave them as found.
	if !wasOpen {
		defer b.closeFilters()
	}
	want := expectedView(knowledge().Search(q), q)
	var got explorerView
	for i := 0; i < 100; i++ {
		b.eval(viewJS, &got)
		if got.Count == want.Count && slices.Equal(got.IDs, want.IDs) && slices.Equal(got.Facets, want.Facets) && got.Text == q.Text && mapShows(got.Map, q) {
			return
		}
		b.sleep(50)
	}
	b.t.Fatalf("for %q the page shows count %q, text %q, ids %v, facets %v, body map %v;\nthe query API says %q, %v, %v, muscles %v",
		rawQuery, got.Count, got.Text, got.IDs, diff(got.Facets, want.Facets), got.Map, want.Count, want.IDs, diff(want.Facets, got.Facets), q.Facets[kb.FacetMuscle])
}

// mapShows says whether the body map's tap areas ("muscle|checked") are
// checked exactly for the muscles the query chooses.
func mapShows(areas []string, q kb.Query) bool {
	if len(areas) == 0 {
		return false
	}
	for _, area := range areas {
		muscle, checked, _ := strings.Cut(area, "|")
		if (checked == "true") != q.Selected(kb.FacetMuscle, muscle) {
			return false
		}
	}
	return true
}

func expectedView(r kb.Result, q kb.Query) explorerView {
	v := explorerView{Count: strconv.Itoa(r.Total), IDs: groupedIDs(r, firstResults)}
	for _, fc := range r.Counts {
		for _, vc := range fc.Values {
			v.Facets = append(v.Facets, fmt.Sprintf("%s|%s|%d|%t", fc.Facet, vc.Term.Value, vc.Count, vc.Selected))
		}
	}
	return v
}

// groupedIDs is the order the explorer draws a result's cards in: the
// query API's groups, first to last, cut to limit cards.
func groupedIDs(r kb.Result, limit int) []string {
	var ids []string
	for _, g := range knowledge().Grouped(r) {
		for _, e := range g.Entries {
			if len(ids) < limit {
				ids = append(ids, e.ID)
			}
		}
	}
	return ids
}

func diff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func (b *browser) location() string {
	var s string
	b.eval(`location.pathname + location.search`, &s)
	return s
}

// click taps an element as a person does: scrolled to, settled, then
// tapped. (Cards below the screen take their real height only when near
// it, so an element past them moves while it is scrolled to.)
func (b *browser) click(selector string) {
	b.t.Helper()
	b.waitTrue(`!!document.querySelector(`+jsString(selector)+`)`, selector)
	b.eval(`new Promise((done) => {
  document.querySelector(`+jsString(selector)+`).scrollIntoView({block: "center"});
  requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
})`, nil)
	b.do(chromedp.Click(chromedp.CSS(selector)))
}

// firstResults is how many cards the explorer shows before "Show all"
// (ui.firstResults).
const firstResults = 6

// openFilters opens the filters panel, where there is one, and waits until
// its groups are drawn.
func (b *browser) openFilters() {
	b.t.Helper()
	var has bool
	b.eval(`(() => { const f = document.getElementById("filters"); if (f) f.open = true; return !!f; })()`, &has)
	if has {
		b.waitTrue(`document.getElementById("facet-type")`, "the filter groups")
	}
}

// closeFilters closes the filter sheet, as "Show N results" does.
func (b *browser) closeFilters() {
	b.t.Helper()
	b.eval(`(() => { const f = document.getElementById("filters"); if (f) f.open = false; return true; })()`, nil)
	b.waitTrue(`!document.getElementById("show-results")`, "the filter sheet to close")
}

func TestExplorerSearchFiltersAndHistoryMatchTheQueryAPI(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.expectView("")
	var entries int
	b.eval(`history.length`, &entries)

	b.typeInto("#search", "cram")
	b.expectView("?q=cram")
	// The URL follows the typing once it pauses, without a new history entry.
	b.waitTrue(fmt.Sprintf(`location.search === "?q=cram" && history.length === %d`, entries), "the URL to hold the typed text")
	b.eval(`(() => { const s = document.getElementById("search"); s.value = ""; s.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil)
	b.typeInto("#search", "str")
	b.expectView("?q=str")

	b.openFilters()
	b.click(`#f-type-remedy`)
	b.expectView("?q=str&type=remedy")
	b.click(`label[for="map-calf"]`)
	b.expectView("?q=str&type=remedy&muscle=calf")
	if loc := b.location(); !strings.Contains(loc, "muscle=calf") || !strings.Contains(loc, "type=remedy") {
		t.Errorf("the URL does not hold the filters: %s", loc)
	}

	b.closeFilters() // the chips are under the sheet
	b.click(`.chip[data-value="remedy"]`)
	b.expectView("?q=str&muscle=calf")
	b.do(chromedp.NavigateBack())
	b.expectView("?q=str&type=remedy&muscle=calf")
	b.do(chromedp.NavigateForward())
	b.expectView("?q=str&muscle=calf")

	b.click("#clear-all")
	b.expectView("")
}

func TestSharedFilteredURLRestoresTheViewInANewTabAndOffline(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	shared := "?q=mag&who=older-adults&grade=contradicted,mixed"
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/" + shared)
	b.expectView(shared)
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))

	tab := b.newTab()
	tab.open(s.URL + "/" + shared)
	tab.expectView(shared)

	s.Stop()
	b.setOffline(true)
	b.reload()
	b.expectView(shared)
}

func TestEntryPagesFollowRelationsBothWays(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	k := knowledge()
	cause := firstWithRelations(k, kb.TypeCause)
	b.open(s.URL + "/?q=" + strings.ToLower(strings.Fields(cause.Title)[0]))
	b.click(fmt.Sprintf(`#results li[data-id=%q] a`, cause.ID))
	b.expectEntry(cause)

	remedy := k.Related(cause.ID)[0].Entry
	b.click(fmt.Sprintf(`#related li[data-id=%q] a`, remedy.ID))
	b.expectEntry(remedy)
	back := false
	for _, r := range k.Related(remedy.ID) {
		back = back || r.Entry.ID == cause.ID
	}
	if !back {
		t.Errorf("%s links to %s but not back", cause.ID, remedy.ID)
	}
	b.do(chromedp.NavigateBack())
	b.expectEntry(cause)
}

func firstWithRelations(k *kb.KB, t kb.EntryType) *kb.Entry {
	for _, e := range k.Entries(t) {
		if len(k.Related(e.ID)) > 0 {
			return e
		}
	}
	panic("no " + string(t) + " with relations")
}

// expectEntry waits for an entry's page and checks its links against the
// query API.
func (b *browser) expectEntry(e *kb.Entry) {
	b.t.Helper()
	b.waitTrue(fmt.Sprintf(`location.pathname === "/entry/%s" && document.querySelector("main h1") && document.querySelector("main h1").textContent === %q`, e.ID, e.Title), "the page of "+e.ID)
	var related []string
	b.eval(`[...document.querySelectorAll("#related li")].map((li) => li.dataset.id)`, &related)
	var want []string
	for _, r := range knowledge().Related(e.ID) {
		want = append(want, r.Entry.ID)
	}
	if !slices.Equal(related, want) {
		b.t.Errorf("%s links to %v, the query API says %v", e.ID, related, want)
	}
	// Like an NHS page, the entry says when it was last reviewed.
	var reviewed struct{ Text, Date string }
	b.eval(`(() => { const p = document.getElementById("entry-reviewed"); const t = p && p.querySelector("time");
  return { text: p ? p.textContent : "", date: t ? t.getAttribute("datetime") : "" }; })()`, &reviewed)
	d, err := time.Parse("2006-01-02", e.Reviewed)
	if want := "Last reviewed " + d.Format("2 January 2006"); err != nil || reviewed.Text != want || reviewed.Date != e.Reviewed {
		b.t.Errorf("%s shows %+v, want %q with datetime %q", e.ID, reviewed, want, e.Reviewed)
	}
}

// A query shows its first cards, and "Show all" the rest, in the query
// API's groups.
func TestShowAllRevealsEveryResult(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.expectView("")
	b.click("#show-all")
	b.waitTrue(`!document.getElementById("show-all")`, "the Show all button to go")
	var ids []string
	b.eval(`[...document.querySelectorAll("#results li")].map((li) => li.dataset.id)`, &ids)
	all := knowledge().Search(kb.Query{})
	want := groupedIDs(all, all.Total)
	if !slices.Equal(ids, want) || len(want) <= firstResults {
		t.Errorf("after Show all the page lists %d entries, the query API %d", len(ids), len(want))
	}
}

// TestMoreOfAWordThatFindsTheSameChangesNothing types the rest of a word
// whose first letters already found its entries, which the explorer does
// not draw again (kb.Result.Same): the page must be left exactly as it is
// (no element, text or attribute touched) and still match the query API,
// and the next keystroke that changes the results must be drawn, so the
// skipped drawing never leaves a stale view behind.
func TestMoreOfAWordThatFindsTheSameChangesNothing(t *testing.T) {
	prefix, word := "magnes", "magnesium"
	q := func(text string) kb.Query { return kb.Query{Text: text} }
	if !knowledge().Search(q(prefix)).Same(knowledge().Search(q(word))) {
		t.Fatalf("the knowledge base no longer finds the same for %q and %q: pick another word", prefix, word)
	}
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	b.typeInto("#search", prefix)
	b.expectView("?q=" + prefix) // with the filters open, so their counts are drawn too
	b.waitTrue(`location.search === "?q=`+prefix+`"`, "the URL to hold the typed text")
	b.eval(`window.__mutations = 0;
new MutationObserver((list) => { window.__mutations += list.length; })
  .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }); true`, nil)

	b.typeInto("#search", word[len(prefix):])
	// The URL follows the typing once the last key has been handled.
	b.waitTrue(`location.search === "?q=`+word+`"`, "the URL to hold the word")
	var mutations int
	b.eval(`window.__mutations`, &mutations)
	if mutations != 0 {
		t.Errorf("typing the rest of %q changed the page %d times; its results were already shown", word, mutations)
	}
	b.expectView("?q=" + word)

	b.typeInto("#search", " c")
	b.expectView("?q=" + word + "+c")
	b.eval(`window.__mutations`, &mutations)
	if mutations == 0 {
		t.Errorf("a keystroke that changed the results left the page untouched")
	}
}
