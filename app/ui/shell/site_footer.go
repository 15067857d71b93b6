package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// siteFooter is the footer of every screen: what the app is not, the way
// to help, and the version. A component, so that it is drawn once per
// screen (see topBar).
type siteFooter struct {
	app.Compo
}

// Render draws the footer.
func (f *siteFooter) Render() app.UI {
	return app.Footer().Class("footer").Body(
		app.P().Text("Information, not a diagnosis. "),
		app.A().Href(site.RedFlagsPath).Text("When to get help"),
		app.Small().ID("app-version").Text("Version "+app.Getenv("GOAPP_VERSION")),
	)
}
