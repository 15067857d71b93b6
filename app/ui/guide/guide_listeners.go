package guide

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
)

// listen attaches the guide's page-wide listeners and returns what detaches
// them:
//   - keys: the right arrow goes on, the left arrow back, Escape closes an
//     open panel or else leaves the guide;
//   - the page coming back into view: the screen lock is asked for again
//     (the browser drops it when the page is hidden) and the timer reads the
//     clock at once, showing the true time left or that it is done.
func (p *guidePage) listen(ctx app.Context) func() {
	stopKeys := browser.OnKeyDown(p.onKey)
	stopVisibility := browser.FollowVisible(ctx, func(app.Context) { p.onVisible() })
	return func() {
		stopKeys()
		stopVisibility()
	}
}

// onKey answers a key pressed anywhere on the page, unless a modifier is
// held, so that browser shortcuts keep working. Space presses a guide
// control that is a link, as it presses the button the control looks like
// (a link answers Enter only).
func (p *guidePage) onKey(k browser.Key) {
	if k.Modified {
		return
	}
	switch k.Name {
	case "ArrowRight", "ArrowLeft", "Escape":
	case " ":
		k.PressLink("guide-control", "guide-answer")
		return
	default:
		return
	}
	k.PreventDefault()
	p.ctx.Dispatch(func(ctx app.Context) { p.answerKey(ctx, k.Name) })
}

// answerKey moves through the guide for a key, in the UI goroutine.
func (p *guidePage) answerKey(ctx app.Context, key string) {
	switch {
	case key == "ArrowRight" && p.place <= len(p.steps):
		p.move(p.place + 1)
	case key == "ArrowLeft" && p.place > 0:
		p.move(p.place - 1)
	case key == "Escape" && !browser.CloseOpen("#guide details[open]"):
		p.leave(ctx)
	}
}

// onVisible catches up when the page is seen again.
func (p *guidePage) onVisible() {
	p.lock.Acquire()
	if p.timer.start == 0 {
		return
	}
	p.timer.chain++
	p.tick(p.timer.chain)
}
