package explore

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
)

// bodyMapFilter is the explorer's body map: tapping a muscle filters by it.
// It is its own component because typing never changes the chosen muscles:
// go-app redraws a child component only when its exported fields change,
// so a keystroke skips the map's forty elements.
type bodyMapFilter struct {
	app.Compo
	// Chosen lists the muscles the query filters by.
	Chosen []string
	// explorer is set once, when the explorer first draws the map; go-app
	// never copies unexported fields into a mounted component.
	explorer *explorer
}

// bodyMap is the explorer's body map.
func (e *explorer) bodyMap() app.UI {
	return &bodyMapFilter{Chosen: e.query.Facets[kb.FacetMuscle], explorer: e}
}

// Render draws the map with the chosen muscles marked.
func (b *bodyMapFilter) Render() app.UI {
	e := b.explorer
	return shell.MuscleMap{
		Legend:   "Where is the cramp? Tap a muscle.",
		IDPrefix: "map-",
		Selected: func(m string) bool { return slices.Contains(b.Chosen, m) },
		OnChange: func(m string) app.EventHandler { return e.toggle(kb.FacetMuscle, m) },
		Label:    func(m string) string { return e.site.KB.Label(kb.VocabMuscle, m) },
	}.Render()
}
