package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// page wraps a screen's content in the shared layout: a header with the
// navigation, the main landmark and a footer with the version.
func page(content ...app.UI) app.UI {
	return app.Div().Class("layout").Body(
		app.Header().Class("topbar").Body(
			app.A().Class("brand").Href("/").Text("Nightcramp"),
			app.Nav().Aria("label", "Main").Body(
				app.A().Href("/about").Text("About"),
			),
		),
		&UpdateBanner{},
		app.Main().ID("main").Body(content...),
		app.Footer().Class("footer").Body(
			app.Small().ID("app-version").Text("Version "+app.Getenv("GOAPP_VERSION")),
		),
	)
}
