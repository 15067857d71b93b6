package guide

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// swipeMin is how far, in CSS pixels, a finger must travel sideways for a
// swipe: less is a tap or a shaky hand.
const swipeMin = 60

// swipeStart is where a touch on the guide began.
type swipeStart struct {
	x, y   float64
	active bool
}

// touchStart notes where a finger went down.
func (p *guidePage) touchStart(ctx app.Context, e app.Event) {
	x, y, ok := touchPoint(e)
	p.swipe = swipeStart{x: x, y: y, active: ok}
}

// touchEnd turns a clear sideways swipe into next (leftwards) or back
// (rightwards). It is a shortcut only: the buttons do the same.
func (p *guidePage) touchEnd(ctx app.Context, e app.Event) {
	start := p.swipe
	p.swipe = swipeStart{}
	x, y, ok := touchPoint(e)
	if !ok || !start.active {
		return
	}
	dx, dy := x-start.x, y-start.y
	if math.Abs(dx) < swipeMin || math.Abs(dx) < 2*math.Abs(dy) {
		return
	}
	switch {
	case dx < 0 && p.place <= len(p.steps):
		p.move(p.place + 1)
	case dx > 0 && p.place > 0:
		p.move(p.place - 1)
	}
}

// touchCancel forgets a touch the browser took over.
func (p *guidePage) touchCancel(ctx app.Context, e app.Event) {
	p.swipe = swipeStart{}
}

// touchPoint is where the event's first changed touch is.
func touchPoint(e app.Event) (x, y float64, ok bool) {
	touches := e.Get("changedTouches")
	if !touches.Truthy() || touches.Length() == 0 {
		return 0, 0, false
	}
	t := touches.Index(0)
	return t.Get("clientX").Float(), t.Get("clientY").Float(), true
}
