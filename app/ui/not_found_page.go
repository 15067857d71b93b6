package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// notFoundPage is shown for an address that is no page of the app: it says
// so and offers the ways on, first aid first.
type notFoundPage struct {
	app.Compo
	site *site.Site
}

func newNotFoundPage(s *site.Site) app.Composer { return &notFoundPage{site: s} }

// Render draws the page.
func (p *notFoundPage) Render() app.UI {
	return shell.Layout(p.site, "",
		app.Div().ID("page-not-found").Class("notice").Body(
			app.H1().Text("Page not found"),
			app.P().Text("Nothing lives at this address (the link may be old or mistyped). Everything else works, offline too."),
			app.Ul().Body(
				app.Li().Body(app.A().Href(site.CrampNowPath).Text("Cramp now: first aid")),
				app.Li().Body(app.A().Href(site.HomePath).Text("Search all causes and remedies")),
				app.Li().Body(app.A().Href(site.DiaryPath).Text("Your night diary")),
			),
		),
	)
}
