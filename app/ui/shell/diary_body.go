package shell

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// DiaryBody draws a diary screen's content once the diary is open: a
// short line while it opens (and on the server), or why it cannot open.
func DiaryBody(ready bool, err error, content func() app.UI) app.UI {
	switch {
	case err != nil:
		return app.Div().ID("diary-unavailable").Class("notice notice-danger").Role("alert").Body(
			app.P().Text("Your diary cannot be opened in this browser: "+err.Error()+"."),
			app.P().Text("Private browsing or blocked site data can cause this."),
		)
	case !ready:
		return app.Div().ID("diary-opening").Body(
			app.P().Class("muted with-scripts").Text("Your diary opens in a moment."),
			app.P().ID("diary-needs-scripts").Class("notice needs-scripts").Text(
				"Your diary is kept only on this phone, so it needs JavaScript to open. "+
					"Turn JavaScript on for this site, then reload. The Cramp now guide and the warning signs work without it."),
		)
	}
	return content()
}
