package explore

import (
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// Results come in the query API's groups, each under its heading, in the
// order a person at night needs them.
func TestResultsComeInTheQueryAPIsGroups(t *testing.T) {
	k := uitest.KB(t)
	for _, raw := range []string{"/", "/?q=calf", "/?q=magnesium", "/?type=redflag,mimic", "/?q=quinine"} {
		_, want, _ := wantFor(t, raw)
		e := explorerAt(t, raw)
		e.showEverything(app.Context{}, app.Event{})
		page := render(t, e)
		sections := page.WithClass("result-group")
		groups := k.Grouped(want)
		if len(sections) != len(groups) {
			t.Fatalf("%s: %d sections for %d groups", raw, len(sections), len(groups))
		}
		for i, g := range groups {
			sec := sections[i]
			if sec.Attrs["id"] != "group-"+string(g.Key) {
				t.Errorf("%s: section %d is %q, want group %s", raw, i, sec.Attrs["id"], g.Key)
			}
			heading := sec.Tagged("h2")
			if len(heading) != 1 || heading[0].Text() != groupHeadings[g.Key] || groupHeadings[g.Key] == "" {
				t.Errorf("%s: group %s is headed %v", raw, g.Key, heading)
			}
			if got := sec.DataIDs(); !slices.Equal(got, entryIDs(g.Entries)) {
				t.Errorf("%s: group %s shows %v, want %v", raw, g.Key, got, entryIDs(g.Entries))
			}
		}
	}
}

func TestEveryGroupHasAHeading(t *testing.T) {
	for _, key := range kb.GroupKeys() {
		if groupHeadings[key] == "" {
			t.Errorf("group %s has no heading", key)
		}
	}
}

// The first cards are the first groups' best: a cut never reorders.
func TestShownGroupsCutInGroupOrder(t *testing.T) {
	k := uitest.KB(t)
	groups := k.Grouped(k.Search(kb.Query{}))
	for _, limit := range []int{0, 1, 3, firstResults, 1000} {
		var got, want []string
		for _, g := range shownGroups(groups, limit) {
			if len(g.Entries) == 0 {
				t.Errorf("limit %d: empty group %s drawn", limit, g.Key)
			}
			got = append(got, entryIDs(g.Entries)...)
		}
		for _, g := range groups {
			want = append(want, entryIDs(g.Entries)...)
		}
		want = want[:min(limit, len(want))]
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: %v, want %v", limit, got, want)
		}
	}
}

// Words the knowledge base does not hold are named; a medicine not on the
// list gets the way to the medicines and to a pharmacist.
func TestWordsNotCoveredAreSaid(t *testing.T) {
	k := uitest.KB(t)
	for _, raw := range []string{"/?q=vitamin+e", "/?q=zzzqqxx", "/?q=calf", "/?q=lipitor", "/?q=my+calf", "/?q=fooxyzpril+tablet"} {
		_, want, _ := wantFor(t, raw)
		page := render(t, explorerAt(t, raw))
		notice := page.ByID("not-covered")
		if (notice != nil) != (len(want.Unmatched) > 0) {
			t.Errorf("%s: notice shown %t, unmatched %v", raw, notice != nil, want.Unmatched)
			continue
		}
		if notice == nil {
			continue
		}
		text := notice.Text()
		for _, w := range want.Unmatched {
			if !strings.Contains(text, "“"+w+"”") {
				t.Errorf("%s: the notice %q does not name %q", raw, text, w)
			}
		}
		link := notice.ByID("medicines-link")
		if (link != nil) != want.UnknownMedicine {
			t.Errorf("%s: medicines link %t for an unknown medicine %t", raw, link != nil, want.UnknownMedicine)
		}
		if link != nil {
			q, ignored := k.ParseQuery(uitest.URL(t, "/"+link.Attrs["href"]).Query())
			if len(ignored) > 0 || q.Values().Encode() != k.MedicinesQuery().Values().Encode() {
				t.Errorf("%s: the medicines link opens %v", raw, q.Values())
			}
			if !strings.Contains(text, "pharmacist") || !strings.Contains(text, "does not rule it out") {
				t.Errorf("%s: the notice %q lacks the pharmacist or the caution", raw, text)
			}
		}
	}
}

func TestQuoteWords(t *testing.T) {
	for words, want := range map[string]string{"e": "“e”", "a b": "“a” and “b”", "a b c": "“a”, “b” and “c”"} {
		if got := quoteWords(strings.Fields(words)); got != want {
			t.Errorf("quoteWords(%q) = %q, want %q", words, got, want)
		}
	}
}

// The sheet's bar says how many results the filters give, closes onto
// them, and clears the filters but not the typed words.
func TestFilterSheetBar(t *testing.T) {
	k := uitest.KB(t)
	e := explorerAt(t, "/?q=str&type=remedy&muscle=calf")
	e.filtersOpen = true
	page := render(t, e)
	show := page.MustID(t, "show-results")
	if show.Text() != showText(e.result.Total) || e.result.Total == 0 {
		t.Errorf("the bar says %q for %d results", show.Text(), e.result.Total)
	}
	if page.MustID(t, "filters").ByID("clear-filters") == nil || page.MustID(t, "filters").ByID("map-calf") == nil {
		t.Error("the sheet lacks its Clear button or its body map")
	}
	ctx, _ := uitest.Mount(t, e)
	e.closeFilters(ctx, app.Event{})
	if e.filtersOpen {
		t.Error("Show results left the sheet open")
	}
	e.clearFilters(ctx, app.Event{})
	if e.query.Text != "str" || selectedCount(e.query) != 0 || !k.Search(kb.Query{Text: "str"}).Same(e.result) {
		t.Errorf("Clear gave %v", e.query.Values())
	}
	for n, want := range map[int]string{0: "No results: show anyway", 1: "Show 1 result", 26: "Show 26 results"} {
		if got := showText(n); got != want {
			t.Errorf("showText(%d) = %q, want %q", n, got, want)
		}
	}
}
