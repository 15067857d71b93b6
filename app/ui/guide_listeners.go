package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// listen attaches the guide's page-wide listeners and returns what detaches
// them:
//   - keys: the right arrow goes on, the left arrow back, Escape closes an
//     open panel or else leaves the guide;
//   - the page coming back into view: the screen lock is asked for again
//     (the browser drops it when the page is hidden) and the timer reads the
//     clock at once, showing the true time left or that it is done.
func (p *CrampNowPage) listen(ctx app.Context) func() {
	win := app.Window()
	doc := win.Get("document")
	onKey := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			p.onKey(args[0])
		}
		return nil
	})
	win.Call("addEventListener", "keydown", onKey)
	stopVisibility := followEvent(ctx, doc, "visibilitychange", func(app.Context) {
		if doc.Get("visibilityState").String() == "visible" {
			p.onVisible()
		}
	})
	return func() {
		win.Call("removeEventListener", "keydown", onKey)
		onKey.Release()
		stopVisibility()
	}
}

// onKey answers a key pressed anywhere on the page, unless a modifier is
// held, so that browser shortcuts keep working.
func (p *CrampNowPage) onKey(e app.Value) {
	for _, m := range []string{"altKey", "ctrlKey", "metaKey", "shiftKey"} {
		if e.Get(m).Truthy() {
			return
		}
	}
	key := e.Get("key").String()
	switch key {
	case "ArrowRight", "ArrowLeft", "Escape":
	case " ":
		pressControl(e)
		return
	default:
		return
	}
	e.Call("preventDefault")
	p.ctx.Dispatch(func(ctx app.Context) {
		switch {
		case key == "ArrowRight" && p.place <= len(p.steps):
			p.move(p.place + 1)
		case key == "ArrowLeft" && p.place > 0:
			p.move(p.place - 1)
		case key == "Escape" && !closeOpenPanel():
			leaveGuide(ctx)
		}
	})
}

// closeOpenPanel closes an open panel of the guide ("Get help now",
// "Why this helps") and reports whether there was one.
func closeOpenPanel() bool {
	open := app.Window().Get("document").Call("querySelector", "#guide details[open]")
	if !open.Truthy() {
		return false
	}
	open.Set("open", false)
	return true
}

// onVisible catches up when the page is seen again.
func (p *CrampNowPage) onVisible() {
	p.lock.acquire()
	if p.timer.start == 0 {
		return
	}
	p.timer.chain++
	p.tick(p.timer.chain)
}

// pressControl lets Space press a guide control that is a link, as it
// presses the button the control looks like (a link answers Enter only).
func pressControl(e app.Value) {
	target := e.Get("target")
	if !target.Truthy() || target.Get("tagName").String() != "A" {
		return
	}
	classes := target.Get("classList")
	if !classes.Call("contains", "guide-control").Bool() && !classes.Call("contains", "guide-answer").Bool() {
		return
	}
	e.Call("preventDefault")
	target.Call("click")
}
