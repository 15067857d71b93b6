package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Home is the first screen: a search over the knowledge base.
type Home struct {
	app.Compo
	query string
}

// Render draws the page.
func (h *Home) Render() app.UI {
	return page(
		app.H1().Text("Night leg cramps"),
		app.P().Class("lede").Text("What causes them, what helps, and how good the evidence is. Works offline."),
		app.Label().For("search").Text("Search"),
		app.Input().
			ID("search").
			Type("search").
			Value(h.query).
			Placeholder("calf, magnesium, pregnancy…").
			AutoComplete(false).
			OnInput(h.onSearch),
		app.P().ID("search-echo").Aria("live", "polite").Text(h.echo()),
	)
}

func (h *Home) onSearch(ctx app.Context, e app.Event) {
	h.query = ctx.JSSrc().Get("value").String()
}

func (h *Home) echo() string {
	if h.query == "" {
		return "Type to search."
	}
	return "Searching for “" + h.query + "”"
}
