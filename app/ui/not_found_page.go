package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// NotFoundPage is shown for an address that is no page of the app: it says
// so and offers the ways on, first aid first.
type NotFoundPage struct {
	app.Compo
	site *site
}

// Render draws the page.
func (p *NotFoundPage) Render() app.UI {
	return p.site.layout("",
		app.Div().ID("page-not-found").Class("notice").Body(
			app.H1().Text("Page not found"),
			app.P().Text("Nothing lives at this address (the link may be old or mistyped). Everything else works, offline too."),
			app.Ul().Body(
				app.Li().Body(app.A().Href(CrampNowPath).Text("Cramp now: first aid")),
				app.Li().Body(app.A().Href("/").Text("Search all causes and remedies")),
				app.Li().Body(app.A().Href("/diary").Text("Your night diary")),
			),
		),
	)
}
