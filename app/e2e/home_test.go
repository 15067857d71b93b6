package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/kb"
)

// phoneScreen makes the page a 360 x 740 phone screen.
func (b *browser) phoneScreen() {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: 360, Height: 740, DeviceScaleFactor: 1, Mobile: true,
	}); err != nil {
		b.t.Fatal(err)
	}
}

// firstCardOnScreen reports where the first result card is against the
// screen: fully visible, with no scrolling.
func (b *browser) firstCardOnScreen() (visible bool, top, bottom, height float64) {
	var r struct{ Top, Bottom, Height float64 }
	b.eval(`(() => { const c = document.querySelector("#results li"); if (!c) return {Top: -1, Bottom: -1, Height: innerHeight};
	  const r = c.getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Height: innerHeight}; })()`, &r)
	return r.Top >= 0 && r.Bottom <= r.Height && r.Bottom > r.Top, r.Top, r.Bottom, r.Height
}

// The first result card is fully on a 360 x 740 phone's first screen,
// before and after typing, in both themes.
func TestFirstResultIsOnThePhonesFirstScreen(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	for _, scheme := range []string{"dark", "light"} {
		b := newBrowser(t)
		b.Guard.Allow(s.Addr)
		b.phoneScreen()
		b.emulateColorScheme(scheme)
		b.open(s.URL + "/")
		if ok, top, bottom, h := b.firstCardOnScreen(); !ok {
			t.Errorf("%s, before typing: the first card spans %.0f-%.0f px of a %.0f px screen", scheme, top, bottom, h)
		}
		for _, word := range []string{"calf", "magnesium", "pregnan"} {
			b.eval(`(() => { const s = document.getElementById("search"); s.value = ""; s.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil)
			b.typeInto("#search", word)
			want := strconv.Itoa(knowledge().Search(kb.Query{Text: word}).Total)
			b.waitTrue(fmt.Sprintf(`document.getElementById("result-count").dataset.count === %q`, want), "the count for "+word)
			if ok, top, bottom, h := b.firstCardOnScreen(); !ok {
				t.Errorf("%s, after typing %q: the first card spans %.0f-%.0f px of a %.0f px screen", scheme, word, top, bottom, h)
			}
		}
	}
}

// typeQuery replaces the search field's text as a person would, the last
// letter typed, and waits for the query API's count and groups.
func (b *browser) typeQuery(text string) kb.Result {
	b.t.Helper()
	runes := []rune(text)
	head, last := string(runes[:len(runes)-1]), string(runes[len(runes)-1:])
	b.eval(fmt.Sprintf(`(() => { const s = document.getElementById("search"); s.value = %s; s.dispatchEvent(new Event("input", {bubbles: true})); })()`, jsString(head)), nil)
	b.typeInto("#search", last)
	want := knowledge().Search(kb.Query{Text: text})
	ids := groupedIDs(want, firstResults)
	// The notice too: a last letter that matches nothing leaves the count
	// and the cards as they were ("vitamin " and "vitamin e").
	b.waitTrue(fmt.Sprintf(`document.getElementById("result-count").dataset.count === %q &&
	  JSON.stringify([...document.querySelectorAll("#results li")].map((li) => li.dataset.id)) === %s &&
	  !!document.getElementById("not-covered") === %t`,
		strconv.Itoa(want.Total), jsString(jsonOf(b.t, ids)), len(want.Unmatched) > 0), "the groups for "+strconvQuote(text))
	return want
}

func strconvQuote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.Quote(s)
}

// Each of these finds what the person meant, as the query API answers,
// or says plainly what is not covered.
func TestSearchUnderstandsWhatPeopleType(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	finds := map[string][]string{
		"my calf":                      {"calf-muscle"},
		"cramp in my foot":             {"foot-muscles"},
		"can my medicine cause cramps": {"statins"},
		"magnesum":                     {"magnesium-supplements"},
		"lipitor":                      {"statins"},
		"amlodipine":                   {"blood-pressure-medicines"},
	}
	for text, meant := range finds {
		r := b.typeQuery(text)
		for _, id := range meant {
			if !slices.ContainsFunc(r.Entries, func(e *kb.Entry) bool { return e.ID == id }) {
				t.Errorf("%q does not find %s", text, id)
			}
		}
		if b.attr("#not-covered", "id") != "" {
			t.Errorf("%q says something is not covered", text)
		}
	}
	if r := b.typeQuery("what helps"); r.Total == 0 {
		t.Error(`"what helps" empties the list`)
	}
	if r := b.typeQuery("vitamin e"); !slices.Contains(r.Unmatched, "e") || !strings.Contains(b.text("#not-covered"), "“e”") {
		t.Errorf(`"vitamin e" does not say E is not covered: %v, %q`, r.Unmatched, b.text("#not-covered"))
	}
	b.typeQuery("zopiclonex tablets")
	if !strings.Contains(b.text("#not-covered"), "does not rule it out") || b.attr("#medicines-link", "href") == "" {
		t.Errorf("a medicine not on the list says %q", b.text("#not-covered"))
	}
	// Text that is no query still leaves a usable page, shown as text.
	for _, text := range []string{strings.Repeat("calf ", 2000), "my in the what can", "🦵🦵 cramp 😖", `<img src=x onerror="window.__pwned=1">`} {
		b.typeQuery(text)
		var pwned bool
		b.eval(`!!window.__pwned || !!document.querySelector("main img")`, &pwned)
		if pwned {
			t.Errorf("%s ran as markup", strconvQuote(text))
		}
	}
}

// The filter sheet: ticking shows the new count in the bar that stays on
// screen; "Show N results" closes onto them; Clear empties the filters.
func TestFilterSheetShowsTheCountAndClears(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.phoneScreen()
	b.open(s.URL + "/")
	b.click("#filters > summary")
	b.waitTrue(`document.getElementById("show-results")`, "the sheet")
	all := knowledge().Search(kb.Query{}).Total
	b.waitTrue(fmt.Sprintf(`document.getElementById("show-results").textContent === "Show %d results"`, all), "the bar's count")
	b.click("#f-type-remedy")
	remedies := knowledge().Search(kb.Query{}.With(kb.FacetType, "remedy")).Total
	b.waitTrue(fmt.Sprintf(`document.getElementById("show-results").textContent === "Show %d results"`, remedies), "the bar's new count")
	var bar struct{ Bottom, Height float64 }
	b.eval(`(() => { const r = document.querySelector(".sheet-bar").getBoundingClientRect(); return {Bottom: r.bottom, Height: innerHeight}; })()`, &bar)
	if bar.Bottom > bar.Height+1 || bar.Bottom <= 0 {
		t.Errorf("the sheet's bar ends at %.0f px of a %.0f px screen", bar.Bottom, bar.Height)
	}
	b.click("#show-results")
	b.waitTrue(`!document.getElementById("filters").open && !document.getElementById("show-results")`, "the sheet to close")
	b.waitTrue(fmt.Sprintf(`document.getElementById("result-count").dataset.count === "%d"`, remedies), "the results")
	if ok, top, bottom, h := b.firstCardOnScreen(); !ok {
		t.Errorf("after the sheet, the first card spans %.0f-%.0f px of %.0f", top, bottom, h)
	}
	b.click("#filters > summary")
	b.waitTrue(`document.getElementById("clear-filters")`, "the sheet again")
	b.click("#clear-filters")
	b.waitTrue(fmt.Sprintf(`document.getElementById("result-count").dataset.count === "%d" && location.search === ""`, all), "the filters cleared")
}

// jsonOf encodes v as JSON text.
func jsonOf(t testing.TB, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// From 1,000 px the filters sit beside the results, open.
func TestWideScreenPutsTheFiltersBesideTheResults(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.do(chromedp.EmulateViewport(1280, 800))
	b.open(s.URL + "/?q=calf")
	b.waitTrue(`document.getElementById("filters").open && document.getElementById("facet-type")`, "the filters open on a wide screen")
	var box struct{ FiltersRight, ResultsLeft, FiltersTop, ResultsTop float64 }
	b.eval(`(() => { const f = document.getElementById("filters").getBoundingClientRect(), r = document.getElementById("results").getBoundingClientRect();
	  return {FiltersRight: f.right, ResultsLeft: r.left, FiltersTop: f.top, ResultsTop: r.top}; })()`, &box)
	if box.FiltersRight > box.ResultsLeft || box.ResultsTop-box.FiltersTop > 120 {
		t.Errorf("the filters (right edge %.0f, top %.0f) are not beside the results (left edge %.0f, top %.0f)", box.FiltersRight, box.FiltersTop, box.ResultsLeft, box.ResultsTop)
	}
	b.expectView("?q=calf")
}

// Installed (standalone display), every page but home offers a way back,
// which goes back in the history. Chromium cannot emulate the standalone
// display, so the test reads the stylesheet's rule for it, and presses the
// link as a script would.
func TestInstalledAppHasAWayBack(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.open(s.URL + "/")
	if b.attr("#back-link", "id") != "" {
		t.Error("home offers a way back")
	}
	var rule bool
	b.eval(`[...document.styleSheets].some((sheet) => { try { return [...sheet.cssRules].some((r) => r.media && r.media.mediaText.includes("display-mode: standalone") &&
	  [...r.cssRules].some((c) => c.selectorText === ".back-link" && c.style.display === "inline-flex")); } catch (e) { return false; } })`, &rule)
	if !rule {
		t.Error("no stylesheet shows .back-link in the standalone display")
	}
	b.click(`a[href="/red-flags"]`)
	b.waitTrue(`location.pathname === "/red-flags" && document.getElementById("back-link")`, "the red flags page with its way back")
	var hidden bool
	b.eval(`document.getElementById("back-link").offsetParent === null`, &hidden)
	if !hidden {
		t.Error("in a browser tab, which has its own back button, the way back shows")
	}
	b.eval(`document.getElementById("back-link").click(), true`, nil)
	b.waitTrue(`location.pathname === "/" && document.getElementById("search")`, "home again, by going back")
	b.navigate(s.URL + "/about")
	b.waitWasm()
	b.eval(`document.getElementById("back-link").click(), true`, nil)
	b.waitTrue(`location.pathname === "/" && document.getElementById("search")`, "home, from a page opened first")
}
