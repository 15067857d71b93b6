package guide

import (
	"fmt"
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// holdTimer times a held step. It keeps the moment it started and reads the
// clock on every tick, never counting ticks down: a tab sent to the
// background, or timers the browser slows down, cannot make it drift or
// stick, and on coming back it shows the true time left, or that it is done.
type holdTimer struct {
	place   int     // the step it times
	seconds int     // how long to hold
	start   float64 // Date.now() when started, in ms; 0 while idle
	now     float64 // the latest clock reading, in ms
	chain   int     // the running tick chain; bumping it ends the chain
	told    bool    // the end was signalled
	spoken  int     // the seconds left when the count was last read aloud
}

// The timer's states, as shown in its data-state attribute.
const (
	timerIdle    = "idle"
	timerRunning = "running"
	timerDone    = "done"
)

// reset makes the timer idle for a step, ending any tick chain.
func (t *holdTimer) reset(place, seconds int) {
	*t = holdTimer{place: place, seconds: seconds, chain: t.chain + 1}
}

// state says whether the timer is idle, running or done.
func (t *holdTimer) state() string {
	switch {
	case t.start == 0:
		return timerIdle
	case t.now >= t.end():
		return timerDone
	}
	return timerRunning
}

func (t *holdTimer) end() float64 { return t.start + float64(t.seconds)*1000 }

// remaining is the whole seconds left, rounded up so that "1" shows until
// the very end. A clock set back shows the full time, never more.
func (t *holdTimer) remaining() int {
	if t.start == 0 {
		return t.seconds
	}
	left := int(math.Ceil((t.end() - t.now) / 1000))
	return min(max(left, 0), t.seconds)
}

// elapsedPercent is how far the hold has gone, for the bar.
func (t *holdTimer) elapsedPercent() int {
	if t.start == 0 || t.seconds == 0 {
		return 0
	}
	done := (t.now - t.start) / (float64(t.seconds) * 1000) * 100
	return int(min(max(done, 0), 100))
}

// render draws the timer of a step that is held: the seconds in digits
// large enough to read at arm's length, and one button to start or stop.
// A step with several holds names the one under way (view.label), and its
// done button leads to the next (view.next).
func (t *holdTimer) render(start, stop app.EventHandler, view holdView) app.UI {
	state := t.state()
	digits := strconv.Itoa(t.remaining())
	unit := "seconds"
	if state == timerDone {
		digits, unit = "Done", "You can let go gently."
	}
	var button app.UI
	switch state {
	case timerIdle:
		button = app.Button().ID("guide-timer-start").Type("button").Class("timer-button").
			Text(fmt.Sprintf("Start %d-second timer", t.seconds)).OnClick(start)
	case timerRunning:
		button = app.Button().ID("guide-timer-stop").Type("button").Class("timer-button timer-stop").
			Text("Stop timer").OnClick(stop)
	default:
		again := "Time it again"
		if view.next != "" {
			again = "Next: " + view.next
		}
		button = app.Button().ID("guide-timer-start").Type("button").Class("timer-button timer-again").
			Text(again).OnClick(start)
	}
	return app.Section().ID("guide-timer").Class("guide-timer").Aria("label", "Hold timer").
		DataSet("state", state).DataSet("remaining", t.remaining()).Body(
		app.P().Class("timer-readout").Role("timer").Body(
			app.Span().ID("guide-timer-digits").Class("timer-digits").Text(digits),
			app.Span().Class("timer-unit").Text(unit),
		),
		// A progress element, not a bar sized by a style attribute: the
		// content security policy allows no inline styles.
		app.Progress().Class("timer-bar").Aria("hidden", "true").Max(100).Value(t.elapsedPercent()),
		button,
		app.P().ID("guide-timer-status").Class("visually-hidden").Aria("live", "polite").Text(t.status()),
		// Last in the markup, so that the first-aid timer keeps its shape;
		// the style sheet shows it first.
		app.If(view.label != "", func() app.UI {
			return app.P().ID("guide-hold").Class("timer-hold").Text(view.label)
		}),
	)
}

// status is what a screen reader hears when the timer changes state; the
// seconds themselves are not announced, which would talk over the person.
func (t *holdTimer) status() string {
	switch t.state() {
	case timerRunning:
		return fmt.Sprintf("Timer started: hold for %d seconds.", t.seconds)
	case timerDone:
		return "Time is up. You can let go gently."
	}
	return ""
}
