package shell

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// LogCrampLink is the way into the diary from elsewhere (the home page,
// the end of the "cramp now" guide): one big link that opens the log form
// with the time already filled in.
func LogCrampLink() app.UI {
	return app.P().Class("diary-actions log-cramp-entry").Body(
		app.A().ID("log-cramp-home").Href("/diary/new").Text("Log a cramp"),
		app.A().Class("quiet").Href("/diary").Text("Your diary"),
	)
}
