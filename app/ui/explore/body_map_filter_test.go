package explore

import (
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// The map is handed the chosen muscles as its only exported field, so that
// go-app redraws it when they change and skips it on a keystroke.
func TestBodyMapCarriesTheChosenMuscles(t *testing.T) {
	k := uitest.KB(t)
	for _, raw := range []string{"/", "/?muscle=calf", "/?muscle=calf,foot&q=str"} {
		q, _ := k.ParseQuery(uitest.URL(t, raw).Query())
		e := explorerAt(t, raw)
		if err := app.Match(&bodyMapFilter{Chosen: q.Facets[kb.FacetMuscle]}, e.bodyMap()); err != nil {
			t.Errorf("%s: %v", raw, err)
		}
	}
	typed := explorerAt(t, "/?muscle=calf&q=c")
	before := typed.bodyMap()
	typed.show(typed.query.WithText("calf"))
	if err := app.Match(before, typed.bodyMap()); err != nil {
		t.Errorf("typing changed what the map is given, so it would be redrawn: %v", err)
	}
}

// Each muscle on the map is a labelled checkbox, ticked when chosen, its
// drawing marked; a tap toggles the muscle in the query.
func TestBodyMapTicksAndTogglesMuscles(t *testing.T) {
	k := uitest.KB(t)
	for _, chosen := range [][]string{nil, {"calf"}, {"foot", "front-thigh"}, shell.MapMuscles} {
		e := explorerAt(t, "/")
		e.show(kb.Query{Facets: map[kb.Facet][]string{kb.FacetMuscle: chosen}})
		m := e.bodyMap().(*bodyMapFilter)
		page := render(t, m)
		for _, muscle := range shell.MapMuscles {
			in := page.MustID(t, "map-"+muscle)
			if in.Has("checked") != slices.Contains(chosen, muscle) {
				t.Errorf("chosen %v: %s ticked %t", chosen, muscle, in.Has("checked"))
			}
			if got := in.Parent.Text(); got != k.Label(kb.VocabMuscle, muscle) {
				t.Errorf("%s is read out as %q", muscle, got)
			}
			for _, shape := range page.WithClass("shape-" + muscle) {
				if shape.HasClass("selected") != slices.Contains(chosen, muscle) {
					t.Errorf("chosen %v: drawing of %s marked %t", chosen, muscle, shape.HasClass("selected"))
				}
			}
		}
	}

	e := explorerAt(t, "/?q=str")
	ctx, _ := uitest.Mount(t, e)
	for _, muscle := range shell.MapMuscles {
		before := e.query
		e.toggle(kb.FacetMuscle, muscle)(ctx, app.Event{})
		if e.query.Selected(kb.FacetMuscle, muscle) == before.Selected(kb.FacetMuscle, muscle) || e.query.Text != "str" {
			t.Errorf("tapping %s gave %v from %v", muscle, e.query.Values(), before.Values())
		}
	}
	want := kb.Query{Text: "str", Facets: map[kb.Facet][]string{kb.FacetMuscle: shell.MapMuscles}}
	if !k.Search(want).Same(e.result) {
		t.Errorf("every muscle tapped shows %v, the query API says %v", entryIDs(e.result.Entries), entryIDs(k.Search(want).Entries))
	}
}
