package guide

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Pacing of the automatic mode. It waits for the words to be said (about
// the time they take to hear), then a moment more to get into position.
const (
	msPerWord  = 450 // a slow voice, at nine tenths of its rate
	settleTime = 3 * time.Second
	restTime   = 5 * time.Second  // between two holds: let go, change legs
	readTime   = 12 * time.Second // a step with no hold, after its words
	afterHold  = 3 * time.Second  // the last hold done, before the next step
)

// paceAction is what the automatic mode does when its wait is over.
type paceAction int

const (
	paceNone paceAction = iota
	paceStartHold
	paceNextHold
	paceNextPlace
)

// pace is the automatic mode's one pending action, due at a time read from
// the clock, like the hold timer: a slowed-down tab cannot make it drift.
type pace struct {
	action paceAction
	due    float64 // ms
	chain  int
}

// speakingTime is about how long a voice takes to say text.
func speakingTime(text string) time.Duration {
	return time.Duration(len(strings.Fields(text))*msPerWord) * time.Millisecond
}

// placeShown speaks the place just shown and, in the automatic mode, plans
// what comes next.
func (p *guidePage) placeShown() {
	p.say(p.spokenPlace())
	p.plan()
}

// running reports whether the automatic mode is leading the guide.
func (p *guidePage) running() bool {
	return p.voice.on && p.voice.auto && !p.voice.paused
}

// plan schedules the automatic mode's next action for the current place:
// start the hold once its words are said, or go on from a screen with no
// hold. The end screen waits for the person.
func (p *guidePage) plan() {
	p.stopPace()
	if !p.running() || p.place > len(p.steps) {
		return
	}
	words := speakingTime(p.spokenPlace())
	switch {
	case p.step() == nil || p.holdSeconds() == 0:
		wait := settleTime
		if p.step() != nil {
			wait = readTime
		}
		p.schedule(paceNextPlace, words+wait)
	default:
		p.schedule(paceStartHold, words+settleTime)
	}
}

// holdEnded says so (softly, with a tone, if the end was seen as it
// happened) and, in the automatic mode, goes on: the next hold after a
// rest, or the next step.
func (p *guidePage) holdEnded(fresh bool) {
	hs := p.holds()
	var next *hold
	if p.round+1 < len(hs) {
		next = &hs[p.round+1]
	}
	if fresh && p.voice.on {
		p.say(spokenHoldEnd(next))
		p.speaker().tone()
	}
	if !p.running() {
		return
	}
	if next != nil {
		p.schedule(paceNextHold, restTime)
		return
	}
	p.schedule(paceNextPlace, afterHold)
}

// schedule sets the one pending action, replacing any other.
func (p *guidePage) schedule(action paceAction, after time.Duration) {
	p.pace = pace{action: action, due: p.now() + float64(after.Milliseconds()), chain: p.pace.chain + 1}
	p.paceTick(p.pace.chain)
}

// stopPace drops the pending action.
func (p *guidePage) stopPace() {
	p.pace = pace{chain: p.pace.chain + 1}
}

// paceTick runs the pending action once it is due, else looks again soon.
func (p *guidePage) paceTick(chain int) {
	if !p.mounted || chain != p.pace.chain || p.pace.action == paceNone {
		return
	}
	if p.now() < p.pace.due {
		p.ctx.After(tickEvery, func(app.Context) { p.paceTick(chain) })
		return
	}
	action := p.pace.action
	p.pace.action = paceNone
	p.act(action)
}

// act does what the automatic mode planned.
func (p *guidePage) act(action paceAction) {
	switch action {
	case paceStartHold:
		p.beginHold()
	case paceNextHold:
		p.round = min(p.round+1, len(p.holds())-1)
		p.beginHold()
	case paceNextPlace:
		p.move(p.place + 1)
	}
}

// tap pauses the automatic mode when the person touches the guide
// anywhere but a control, which does its own job.
func (p *guidePage) tap(ctx app.Context, e app.Event) {
	if !p.running() || onControl(e) {
		return
	}
	p.pause()
}

// pause stops the automatic mode where it is, saying so; a running hold
// starts again on resuming.
func (p *guidePage) pause() {
	p.stopPace()
	p.resetTimer()
	p.voice.paused = true
	p.say("Paused. Tap Resume to go on.")
}

// resume goes on from the current place.
func (p *guidePage) resume(ctx app.Context, e app.Event) {
	e.Call("stopPropagation")
	p.voice.paused = false
	p.say("Going on.")
	if p.step() != nil && p.holdSeconds() > 0 {
		p.schedule(paceStartHold, speakingTime("Going on.")+settleTime)
		return
	}
	p.plan()
}

// controlSelector finds the controls a tap on the guide may land on.
const controlSelector = "a, button, input, label, summary, details"

// onControl reports whether an event's target is, or is inside, a control.
func onControl(e app.Event) bool {
	target := e.Get("target")
	if !target.Truthy() || !target.Get("closest").Truthy() {
		return false
	}
	return target.Call("closest", controlSelector).Truthy()
}
