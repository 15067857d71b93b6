package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// About explains what the app is and is not.
type About struct {
	app.Compo
}

// Render draws the page.
func (a *About) Render() app.UI {
	return page(
		app.H1().Text("About Nightcramp"),
		app.P().Text("Nightcramp explains night leg cramps in plain words. It is not a doctor and does not replace one."),
		app.P().Text("Everything stays on your phone. There are no accounts, no analytics and no trackers."),
	)
}
