package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
)

// BodyMapFilter is the explorer's body map: tapping a muscle filters by it.
// It is its own component because typing never changes the chosen muscles:
// go-app redraws a child component only when its exported fields change,
// so a keystroke skips the map's forty elements.
type BodyMapFilter struct {
	app.Compo
	// Chosen lists the muscles the query filters by.
	Chosen []string
	// explorer is set once, when the explorer first draws the map; go-app
	// never copies unexported fields into a mounted component.
	explorer *Explorer
}

// bodyMap is the explorer's body map.
func (e *Explorer) bodyMap() app.UI {
	return &BodyMapFilter{Chosen: e.query.Facets[kb.FacetMuscle], explorer: e}
}

// Render draws the map with the chosen muscles marked.
func (b *BodyMapFilter) Render() app.UI {
	e := b.explorer
	return muscleMap{
		legend:   "Where is the cramp? Tap a muscle.",
		idPrefix: "map-",
		selected: func(m string) bool { return slices.Contains(b.Chosen, m) },
		onChange: func(m string) app.EventHandler { return e.toggle(kb.FacetMuscle, m) },
		label:    func(m string) string { return e.site.kb.Label(kb.VocabMuscle, m) },
	}.render()
}
