package explore

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
)

// facetLegends names each facet's group of filters.
var facetLegends = map[kb.Facet]string{
	kb.FacetType:     "Kind",
	kb.FacetCategory: "Kind of cause",
	kb.FacetMuscle:   "Muscle",
	kb.FacetWho:      "Who it concerns",
	kb.FacetWhen:     "When it helps",
	kb.FacetGrade:    "Evidence",
}

// filters is the filter sheet: on a phone it opens over the results, with
// the body map first, one group of checkboxes per facet (each value with
// the number of entries choosing it would give) and a bar that stays at
// the bottom of the screen: show the results, or clear the filters. From
// 1,000 px wide it sits beside the results instead.
func (e *explorer) filters() app.UI {
	selected := selectedCount(e.query)
	summary := "Filters and body map"
	if selected > 0 {
		summary = fmt.Sprintf("Filters (%d chosen)", selected)
	}
	details := app.Details().ID("filters").Class("filters").OnToggle(e.onFiltersToggle)
	if e.filtersOpen || !app.IsServer {
		details = details.Open(e.filtersOpen)
	}
	// Closed, the groups are not drawn at all: they cost every keystroke.
	return details.Body(
		app.Summary().Text(summary),
		app.If(e.filtersOpen, func() app.UI {
			return app.Div().Class("sheet-body").Body(
				e.bodyMap(),
				app.Range(e.result.Counts).Slice(func(i int) app.UI {
					return e.facetGroup(e.result.Counts[i])
				}),
				e.sheetBar(),
			)
		}),
	)
}

// sheetBar closes the sheet onto the results, saying how many there are,
// or clears the chosen filters (the typed text stays).
func (e *explorer) sheetBar() app.UI {
	return app.Div().Class("sheet-bar").Body(
		app.Button().ID("show-results").Type("button").Text(showText(e.result.Total)).OnClick(e.closeFilters),
		app.Button().ID("clear-filters").Type("button").Class("quiet").Text("Clear").
			Disabled(selectedCount(e.query) == 0 && !e.query.Mine).OnClick(e.clearFilters),
	)
}

// showText words the sheet's button, with the count the filters give.
func showText(n int) string {
	switch n {
	case 0:
		return "No results: show anyway"
	case 1:
		return "Show 1 result"
	}
	return fmt.Sprintf("Show %d results", n)
}

func (e *explorer) closeFilters(ctx app.Context, ev app.Event) {
	e.filtersOpen = false
}

func (e *explorer) clearFilters(ctx app.Context, ev app.Event) {
	e.apply(ctx, kb.Query{}.WithText(e.query.Text))
}

// selectedCount is the number of facet values a query selects.
func selectedCount(q kb.Query) int {
	n := 0
	for _, values := range q.Facets {
		n += len(values)
	}
	return n
}

// onFiltersToggle remembers whether the person opened or closed the
// filters, so that a re-render never closes them under their finger.
func (e *explorer) onFiltersToggle(ctx app.Context, ev app.Event) {
	e.filtersOpen = ctx.JSSrc().Get("open").Bool()
}

func (e *explorer) facetGroup(fc kb.FacetCounts) app.UI {
	return app.FieldSet().Class("facet").ID("facet-"+string(fc.Facet)).Body(
		app.Legend().Text(facetLegends[fc.Facet]),
		app.Range(fc.Values).Slice(func(i int) app.UI {
			return e.facetOption(fc.Facet, fc.Values[i])
		}),
	)
}

func (e *explorer) facetOption(f kb.Facet, vc kb.ValueCount) app.UI {
	id := "f-" + string(f) + "-" + vc.Term.Value
	return app.Label().Class("option").For(id).Body(
		shell.Checkbox(app.Input().Type("checkbox").ID(id).
			DataSet("facet", string(f)).DataSet("value", vc.Term.Value).
			OnChange(e.toggle(f, vc.Term.Value)), vc.Selected, vc.Count == 0 && !vc.Selected),
		app.Span().Class("option-label").Text(vc.Term.Label),
		app.Span().Class("option-count").Text(fmt.Sprint(vc.Count)),
	)
}

// activeFilters shows each chosen value as a button that removes it, and a
// button that clears everything.
func (e *explorer) activeFilters() app.UI {
	var chips []app.UI
	for _, fc := range e.result.Counts {
		for _, vc := range fc.Values {
			if vc.Selected {
				chips = append(chips, app.Button().Type("button").Class("chip").
					DataSet("facet", string(fc.Facet)).DataSet("value", vc.Term.Value).
					Aria("label", "Remove filter "+vc.Term.Label).
					Text(vc.Term.Label+" ✕").
					OnClick(e.toggle(fc.Facet, vc.Term.Value)))
			}
		}
	}
	if len(chips) == 0 && e.query.Text == "" {
		return nil
	}
	chips = append(chips, app.Button().Type("button").ID("clear-all").Class("chip chip-clear").
		Text("Clear all").OnClick(e.clearAll))
	return app.Div().Class("active-filters").Body(chips...)
}
