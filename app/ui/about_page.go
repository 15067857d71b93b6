package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// AboutPage says what the app is, where its content comes from, and the
// medical disclaimer.
type AboutPage struct {
	app.Compo
	site *site
}

// Render draws the page.
func (p *AboutPage) Render() app.UI {
	if p.site.kb == nil {
		return p.site.layout("/about")
	}
	texts := p.site.kb.Texts()
	return p.site.layout("/about",
		app.H1().Text("About Nightcramp"),
		app.P().Text(texts.About),
		app.Section().ID("disclaimer").Class("notice").Body(
			app.H2().Text("Medical disclaimer"),
			app.P().Text(texts.Disclaimer),
		),
		app.P().Text("Everything stays on your phone. There are no accounts, no analytics and no trackers."),
	)
}
