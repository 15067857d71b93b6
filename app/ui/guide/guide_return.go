package guide

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// returnMark is the key of the guide's history entry state that says the
// entry before it is a screen of the app. The mark lives in the browser's
// history, so it survives a reload of the guide.
const returnMark = "nightcrampGuideReturn"

// markReturn marks the guide's history entry when the header's Cramp now
// button opened it (site.Flags.GuideFromApp). It runs from OnNav, after
// go-app added the entry.
func (p *guidePage) markReturn() {
	if !p.site.Flags.GuideFromApp {
		return
	}
	p.site.Flags.GuideFromApp = false
	browser.MarkHistory(returnMark)
}

// leave returns to the screen the guide was opened from, or to the home
// screen when it was opened directly (the home-screen shortcut, a link).
func (p *guidePage) leave(ctx app.Context) {
	if browser.HistoryMarked(returnMark) {
		browser.Back()
		return
	}
	ctx.Navigate(site.HomePath)
}
