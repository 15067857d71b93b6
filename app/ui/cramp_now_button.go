package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// CrampNowButton opens the guided first aid in one tap. The header carries
// it on every screen.
type CrampNowButton struct {
	app.Compo
}

// Render draws the button: a plain link, so that it works before the wasm
// runs and opens in a new tab like any link.
func (b *CrampNowButton) Render() app.UI {
	return app.A().ID("cramp-now").Class("cramp-now-button").Href(CrampNowPath).
		Text("Cramp now").OnClick(b.opening)
}

// opening notes that the guide is opened from inside the app, so that its
// exit can go back to this screen (see markReturn).
func (b *CrampNowButton) opening(ctx app.Context, e app.Event) {
	openedFromApp = true
}

// openedFromApp is set by the button just before go-app navigates to the
// guide; the guide turns it into a mark on its history entry.
var openedFromApp bool

// returnMark is the key of the guide's history entry state that says the
// entry before it is a screen of the app. The mark lives in the browser's
// history, so it survives a reload of the guide.
const returnMark = "nightcrampGuideReturn"

// markReturn marks the guide's history entry when the button opened it.
// It runs from OnNav, after go-app added the entry.
func markReturn() {
	if !openedFromApp {
		return
	}
	openedFromApp = false
	history := app.Window().Get("history")
	callSafely(func() { history.Call("replaceState", map[string]any{returnMark: true}, "") })
}

// leaveGuide returns to the screen the guide was opened from, or to the home
// screen when it was opened directly (the home-screen shortcut, a link).
func leaveGuide(ctx app.Context) {
	history := app.Window().Get("history")
	if state := history.Get("state"); state.Truthy() && state.Get(returnMark).Truthy() {
		history.Call("back")
		return
	}
	ctx.Navigate("/")
}
