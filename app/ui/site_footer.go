package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SiteFooter is the footer of every screen: what the app is not, the way
// to help, and the version. A component, so that it is drawn once per
// screen (see TopBar).
type SiteFooter struct {
	app.Compo
}

// Render draws the footer.
func (f *SiteFooter) Render() app.UI {
	return app.Footer().Class("footer").Body(
		app.P().Text("Information, not a diagnosis. "),
		app.A().Href("/red-flags").Text("When to get help"),
		app.Small().ID("app-version").Text("Version "+app.Getenv("GOAPP_VERSION")),
	)
}
