package explore

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// aboutPage says what the app is, where its content comes from, and the
// medical disclaimer.
type aboutPage struct {
	app.Compo
	site *site.Site
}

// Render draws the page.
func (p *aboutPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/about")
	}
	texts := p.site.KB.Texts()
	return shell.Layout(p.site, "/about",
		app.H1().Text("About Nightcramp"),
		app.P().Text(texts.About),
		app.Section().ID("disclaimer").Class("notice").Body(
			app.H2().Text("Medical disclaimer"),
			app.P().Text(texts.Disclaimer),
		),
		app.P().Text("Everything stays on your phone. There are no accounts, no analytics and no trackers."),
	)
}
