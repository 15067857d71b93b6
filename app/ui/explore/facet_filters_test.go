package explore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// Every facet the knowledge base filters by has a group name.
func TestEveryFacetHasALegend(t *testing.T) {
	for _, f := range kb.Facets() {
		if strings.TrimSpace(facetLegends[f]) == "" {
			t.Errorf("facet %s has no legend", f)
		}
	}
	if len(facetLegends) != len(kb.Facets()) {
		t.Errorf("%d legends for %d facets", len(facetLegends), len(kb.Facets()))
	}
}

func TestSelectedCountCountsEveryValue(t *testing.T) {
	k := uitest.KB(t)
	for _, raw := range []string{"/", "/?q=calf", "/?type=remedy", "/?type=remedy,cause&muscle=calf,foot,front-thigh&grade=mixed", "/?mine=1&who=older-adults"} {
		q, _ := k.ParseQuery(uitest.URL(t, raw).Query())
		want := 0
		for _, f := range kb.Facets() {
			for _, fc := range k.Search(q).Counts {
				for _, vc := range fc.Values {
					if fc.Facet == f && vc.Selected {
						want++
					}
				}
			}
		}
		if got := selectedCount(q); got != want {
			t.Errorf("%s: selectedCount %d, the query API marks %d selected", raw, got, want)
		}
	}
}

// The panel's summary says how many values are chosen; open, it draws one
// group per facet with the facet's legend.
func TestFiltersPanelSummaryAndGroups(t *testing.T) {
	k := uitest.KB(t)
	for _, raw := range []string{"/?type=remedy", "/?type=remedy,cause&grade=mixed", "/?muscle=calf&who=older-adults&when=before-bed"} {
		q, _ := k.ParseQuery(uitest.URL(t, raw).Query())
		e := explorerAt(t, raw)
		e.filtersOpen = true // the person opened the sheet
		panel := render(t, e).MustID(t, "filters")
		summary := panel.Tagged("summary")[0].Text()
		if want := fmt.Sprintf("Filters (%d chosen)", selectedCount(q)); summary != want {
			t.Errorf("%s: summary %q, want %q", raw, summary, want)
		}
		for _, fc := range k.Search(q).Counts {
			group := panel.ByID("facet-" + string(fc.Facet))
			if group == nil {
				t.Errorf("%s: no group for %s", raw, fc.Facet)
				continue
			}
			if got := group.Tagged("legend")[0].Text(); got != facetLegends[fc.Facet] {
				t.Errorf("%s: group %s is named %q", raw, fc.Facet, got)
			}
			for _, vc := range fc.Values {
				label := group.Find(func(n *uitest.Node) bool {
					return n.Tag == "label" && n.Attrs["for"] == "f-"+string(fc.Facet)+"-"+vc.Term.Value
				})
				if len(label) != 1 || !strings.Contains(label[0].Text(), vc.Term.Label) {
					t.Errorf("%s: value %s/%s is not labelled %q", raw, fc.Facet, vc.Term.Value, vc.Term.Label)
				}
			}
		}
	}
	closed := render(t, explorerAt(t, "/?q=calf")).MustID(t, "filters")
	if got := closed.Tagged("summary")[0].Text(); got != "Filters and body map" || len(closed.Tagged("fieldset")) > 0 {
		t.Errorf("with nothing chosen the panel reads %q and draws %d groups", got, len(closed.Tagged("fieldset")))
	}
}

// One option, as go-app compares elements: its checkbox carries the facet,
// the value, the ticked and greyed states, and a change handler.
func TestFacetOptionMatchesItsState(t *testing.T) {
	k := uitest.KB(t)
	e := explorerAt(t, "/?type=remedy&muscle=calf")
	for _, fc := range e.result.Counts {
		for _, vc := range fc.Values {
			id := "f-" + string(fc.Facet) + "-" + vc.Term.Value
			in := app.Input().Type("checkbox").ID(id).DataSet("facet", string(fc.Facet)).DataSet("value", vc.Term.Value).
				OnChange(func(app.Context, app.Event) {})
			if vc.Selected {
				in = in.Checked(true)
			}
			if vc.Count == 0 && !vc.Selected {
				in = in.Disabled(true)
			}
			option := e.facetOption(fc.Facet, vc)
			if err := app.Match(app.Label().Class("option").For(id), option); err != nil {
				t.Errorf("%s: label: %v", id, err)
			}
			if err := app.Match(in, option, 0); err != nil {
				t.Errorf("%s: checkbox: %v", id, err)
			}
			if err := app.Match(app.Text(vc.Term.Label), option, 1, 0); err != nil {
				t.Errorf("%s: label text: %v", id, err)
			}
			if err := app.Match(app.Text(fmt.Sprint(k.Search(e.query).Count(fc.Facet, vc.Term.Value))), option, 2, 0); err != nil {
				t.Errorf("%s: count: %v", id, err)
			}
		}
	}
}

// Each chosen value is a chip that removes it; Clear all comes with any
// choice or text, and never alone on an untouched page.
func TestActiveFiltersAreChipsThatRemoveThem(t *testing.T) {
	k := uitest.KB(t)
	for _, raw := range []string{"/", "/?q=calf", "/?type=remedy", "/?type=remedy,cause&muscle=calf&grade=mixed"} {
		q, _ := k.ParseQuery(uitest.URL(t, raw).Query())
		e := explorerAt(t, raw)
		page := render(t, e)
		chips := page.Find(func(n *uitest.Node) bool { return n.HasClass("chip") && n.Has("data-facet") })
		if len(chips) != selectedCount(q) {
			t.Errorf("%s: %d chips for %d choices", raw, len(chips), selectedCount(q))
		}
		for _, c := range chips {
			f, v := kb.Facet(c.Attrs["data-facet"]), c.Attrs["data-value"]
			if !q.Selected(f, v) {
				t.Errorf("%s: chip for %s/%s, which is not chosen", raw, f, v)
			}
			label := k.Label(f.Vocabulary(), v)
			if c.Attrs["aria-label"] != "Remove filter "+label || !strings.HasPrefix(c.Text(), label) {
				t.Errorf("%s: chip %s/%s reads %q, aria %q", raw, f, v, c.Text(), c.Attrs["aria-label"])
			}
		}
		if want := !q.IsZero(); (page.ByID("clear-all") != nil) != want {
			t.Errorf("%s: Clear all present %t, want %t", raw, page.ByID("clear-all") != nil, want)
		}
		if len(chips) > 0 {
			ctx, _ := uitest.Mount(t, e)
			f, v := kb.Facet(chips[0].Attrs["data-facet"]), chips[0].Attrs["data-value"]
			e.toggle(f, v)(ctx, app.Event{})
			if e.query.Selected(f, v) || selectedCount(e.query) != selectedCount(q)-1 {
				t.Errorf("%s: the chip %s/%s did not remove its value: %v", raw, f, v, e.query.Values())
			}
		}
	}
}
