package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// crampNowButton opens the guided first aid in one tap. The header carries
// it on every screen.
type crampNowButton struct {
	app.Compo
	flags *site.Flags
}

// Render draws the button: a plain link, so that it works before the wasm
// runs and opens in a new tab like any link.
func (b *crampNowButton) Render() app.UI {
	return app.A().ID("cramp-now").Class("cramp-now-button").Href(site.CrampNowPath).
		Text("Cramp now").OnClick(b.opening)
}

// opening notes that the guide is opened from inside the app, so that its
// exit can go back to this screen.
func (b *crampNowButton) opening(ctx app.Context, e app.Event) {
	if b.flags != nil {
		b.flags.GuideFromApp = true
	}
}
