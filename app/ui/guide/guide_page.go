package guide

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// stepParam holds the place in the guide, so that a reload keeps it: a
// step number, stepEnd for the end, or nothing for the start.
const (
	stepParam = "step"
	stepEnd   = "end"
	// helpedParam carries the answer to "Did it help?" when the form is
	// sent before the wasm runs.
	helpedParam = "helped"
)

// tickEvery is how often a running timer reads the clock. It only sets how
// soon the digits change: the time itself comes from the clock.
const tickEvery = 250 * time.Millisecond

// guidePage is the one guide engine, full screen: a start screen, then one
// step at a time with a drawing, one sentence in large type and a hold
// timer where the step is held (several holds, leg by leg, where the data
// says so), then an end screen. Its guide (guideDef) says which steps and
// screens: first aid at /cramp-now, the bedtime routine at /bedtime. Its
// place is in the URL; the screen stays on while it is open. The steps can
// be read aloud and, with the voice on, followed hands-free (guide_voice.go).
type guidePage struct {
	app.Compo
	site  *site.Site
	guide *guideDef // nil: first aid
	// place is 0 for the start, 1 to len(steps) for a step, and
	// len(steps)+1 for the end.
	place    int
	steps    []*kb.Entry
	timer    holdTimer
	helped   string // the answer to "Did it help?": "", "yes" or "no"
	ctx      app.Context
	mounted  bool
	lock     browser.ScreenLock
	unlisten func()
	swipe    swipeStart
	// round is the hold under way within a held step (see holdsOf).
	round int
	voice voiceState
	pace  pace
	// speech is the device's voice, or a test's; nil is the device's.
	speech *speaker
	// clock reads the time in ms; nil is the page's clock, Date.now().
	clock func() float64
	// recorded says tonight's stretches were noted in the diary at the
	// routine's end; recordErr why they could not be.
	recorded  bool
	recordErr string
}

// OnInit reads the place before the first drawing, so that the wasm takes
// over the pre-rendered step without showing the start (see browser.PageURL).
func (p *guidePage) OnInit() {
	if u := browser.PageURL(func(path string) bool { return guideAt(path) != nil }); u != nil {
		p.read(u)
	}
}

// OnNav reads the place from the URL, on the server and in the browser.
func (p *guidePage) OnNav(ctx app.Context) {
	p.read(ctx.Page().URL())
	ctx.Page().SetTitle(p.def().title + " · Nightcramp")
	if app.IsClient && p.site.KB != nil {
		p.markReturn()
		p.showPlace()
	}
}

// read takes the place, and the answer at the end, from the address.
func (p *guidePage) read(u *url.URL) {
	if g := guideAt(u.Path); g != nil {
		p.guide = g
	}
	if p.site.KB == nil {
		return
	}
	p.steps = p.def().steps(p.site.KB)
	p.goTo(parsePlace(u.Query().Get(stepParam), len(p.steps)))
	if p.place > len(p.steps) {
		p.helped = parseHelped(u.Query().Get(helpedParam))
	}
}

// OnMount keeps the screen on and listens for the keys and for the page
// coming back into view.
func (p *guidePage) OnMount(ctx app.Context) {
	p.ctx, p.mounted = ctx, true
	p.lock.Acquire()
	p.unlisten = p.listen(ctx)
	p.readVoice()
}

// OnDismount lets the screen sleep and stops the timer: leaving the guide
// leaves nothing running.
func (p *guidePage) OnDismount() {
	p.resetTimer()
	p.stopPace()
	p.hush()
	p.mounted = false
	p.lock.Release()
	if p.unlisten != nil {
		p.unlisten()
		p.unlisten = nil
	}
}

// parsePlace reads the step parameter. Anything it cannot use falls back to
// the start, which shows the warning signs: never a blank page.
func parsePlace(value string, steps int) int {
	if value == stepEnd {
		return steps + 1
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < 1 || n > steps {
		return 0
	}
	return n
}

// placeQuery is the URL query of a place.
func placeQuery(place, steps int) string {
	switch {
	case place == 0:
		return ""
	case place > steps:
		return "?" + stepParam + "=" + stepEnd
	}
	return "?" + stepParam + "=" + strconv.Itoa(place)
}

// goTo moves to a place; a new place starts with an idle timer and a new
// question.
func (p *guidePage) goTo(place int) {
	place = min(max(place, 0), len(p.steps)+1)
	if place == p.place && p.timer.place == place {
		return
	}
	p.place = place
	p.helped = ""
	p.round = 0
	p.resetTimer()
}

// move goes to a place and records it in the URL without a history entry:
// back and exit leave the guide rather than walk through its steps.
func (p *guidePage) move(place int) {
	p.goTo(place)
	p.showPlace()
	p.placeShown()
}

// showPlace writes the place into the address, keeping the history entry's
// state (see markReturn).
func (p *guidePage) showPlace() {
	browser.ReplaceAddress(p.def().path + placeQuery(p.place, len(p.steps)))
}

// step returns the current step, or nil at the start and the end.
func (p *guidePage) step() *kb.Entry {
	if p.place < 1 || p.place > len(p.steps) {
		return nil
	}
	return p.steps[p.place-1]
}

func (p *guidePage) holdSeconds() int {
	if s := p.step(); s != nil {
		return s.HoldSeconds
	}
	return 0
}

// exit leaves the guide for the screen it was opened from (leaveGuide); the
// link's own address, home, is where it goes before the wasm runs.
func (p *guidePage) exit(ctx app.Context, e app.Event) {
	if !plainClick(e) {
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation")
	p.leave(ctx)
}

// answer takes the answer in the page, in place of the form's submission.
func (p *guidePage) answer(value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		p.helped = value
	}
}

// parseHelped reads the answer to "Did it help?" from the URL: only the
// two answers count.
func parseHelped(value string) string {
	if value == "yes" || value == "no" {
		return value
	}
	return ""
}

// startTimer starts the hold from now: the next hold of the step when the
// one before is done, else the same one again.
func (p *guidePage) startTimer(ctx app.Context, e app.Event) {
	if p.timer.state() == timerDone && p.round < len(p.holds())-1 {
		p.round++
	}
	p.beginHold()
}

// beginHold starts the current hold from now, saying which it is.
func (p *guidePage) beginHold() {
	p.resetTimer()
	p.timer.start = p.now()
	p.timer.now = p.timer.start
	p.setBusy(true)
	p.say(spokenHoldStart(p.currentHold(), p.holdSeconds()))
	p.tick(p.timer.chain)
}

func (p *guidePage) stopTimer(ctx app.Context, e app.Event) {
	p.resetTimer()
}

// resetTimer makes the timer idle for the current place.
func (p *guidePage) resetTimer() {
	p.timer.reset(p.place, p.holdSeconds())
	p.setBusy(false)
}

// setBusy tells the update banner that a reload now would lose a running
// timer (see SetBusy).
func (p *guidePage) setBusy(busy bool) {
	if p.mounted {
		site.SetBusy(p.ctx, "timer", busy)
	}
}

// tick reads the clock and, while the hold runs, asks to be called again.
// It runs on the page's own context: the button that started it is gone
// once the timer runs.
func (p *guidePage) tick(chain int) {
	if !p.mounted || chain != p.timer.chain || p.timer.start == 0 {
		return
	}
	p.timer.now = p.now()
	p.countAloud()
	if p.timer.state() == timerDone {
		p.timerEnded()
		return
	}
	p.ctx.After(tickEvery, func(app.Context) { p.tick(chain) })
}

// timerEnded buzzes once, but only if the end was seen as it happened: not
// when the person comes back to the page long after. The automatic mode
// goes on either way (holdEnded).
func (p *guidePage) timerEnded() {
	if p.timer.told {
		return
	}
	p.timer.told = true
	p.setBusy(false)
	fresh := p.timer.now-p.timer.end() < 2*float64(tickEvery.Milliseconds())
	if fresh {
		browser.Vibrate(200)
	}
	p.holdEnded(fresh)
}

// Render draws the guide: its own full-screen frame, without the app's
// header and footer.
func (p *guidePage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "")
	}
	// data-live tells the page the wasm drew from the one the server
	// pre-rendered, which moves by its links but has no timer yet.
	// A tap anywhere on the guide pauses the automatic mode (see tap).
	return app.Div().ID("guide").Class("guide").DataSet("place", p.place).DataSet("live", app.IsClient).
		DataSet("guide", strings.TrimPrefix(p.def().path, "/")).OnClick(p.tap).Body(
		app.Header().Class("guide-top").Body(
			app.P().ID("guide-progress").Class("guide-progress").Text(p.progress()),
			app.If(p.place > 0, func() app.UI { return guideHelp(p.site.KB) }),
			p.voicePanel(),
		),
		// The stage scrolls on a small screen: a keyboard must reach it.
		app.Main().ID("main").Class("guide-stage").TabIndex(0).
			On("touchstart", p.touchStart).On("touchend", p.touchEnd).On("touchcancel", p.touchCancel).Body(p.content()),
		p.controls(),
	)
}

func (p *guidePage) progress() string {
	switch {
	case p.place == 0:
		return p.def().title
	case p.place > len(p.steps):
		return "Finished"
	}
	return fmt.Sprintf("Step %d of %d", p.place, len(p.steps))
}

func (p *guidePage) content() app.UI {
	switch s := p.step(); {
	case p.place == 0:
		return p.def().start(p)
	case s == nil:
		return p.def().end(p)
	default:
		return p.stepView(s)
	}
}

// firstAidStart shows the warning signs before the first step.
func (p *guidePage) firstAidStart() app.UI {
	return app.Div().ID("guide-start").Class("guide-start").Body(
		app.H1().Text("Cramp now"),
		app.P().Class("guide-lede").Text("We'll go one step at a time. First, a quick check."),
		app.H2().Text("Get help now if:"),
		guideFlagList("guide-start-flags", helpNowFlags(p.site.KB)),
		app.P().Class("guide-lede").Text("None of these? Tap Start."),
	)
}

// stepView shows one step: the drawing, the sentence in large type, the
// timer if the step is held, and why, with the sources, one tap away.
func (p *guidePage) stepView(s *kb.Entry) app.UI {
	k := p.site.KB
	return app.Article().ID("guide-step").Class("guide-step").DataSet("id", s.ID).Body(
		guideDrawing(s.Drawing),
		app.H1().ID("guide-sentence").Class("guide-sentence").Text(s.Title),
		// The timer comes before the detail: on a small phone it must show
		// without scrolling.
		app.If(s.HoldSeconds > 0, func() app.UI { return p.timer.render(p.startTimer, p.stopTimer, p.holdView()) }),
		app.P().Class("guide-detail").Text(s.Summary),
		app.Details().ID("guide-why").Class("guide-why").Body(
			app.Summary().Text("Why this helps, and sources"),
			app.P().Text(s.Body),
			app.If(s.Evidence != "", func() app.UI { return app.P().Text(s.Evidence) }),
			app.P().Class("muted").Text("Evidence: "+k.Label(kb.VocabGrade, string(s.Grade))),
			shell.Citations(k, s.Sources),
		),
	)
}

// controls are the big buttons at the bottom, in reach of a thumb. Arrow
// keys and Escape do the same (see listen), and so does a swipe. They are
// links to the places they lead to, so that the pre-rendered guide works
// from the first paint and with scripts off; the wasm takes them over
// (see follow) to move without a history entry.
func (p *guidePage) controls() app.UI {
	nextLabel := "Next"
	switch {
	case p.place == 0:
		nextLabel = "Start"
	case p.place == len(p.steps):
		nextLabel = "Finish"
	}
	return app.Nav().Class("guide-controls").Aria("label", "Guide").Body(
		app.A().ID("guide-exit").Class("guide-control guide-exit").Href("/").Text("Exit").OnClick(p.exit),
		app.If(p.place > 0, func() app.UI {
			return p.placeLink("guide-back", "guide-control guide-back", "Back", p.place-1, p.back)
		}).Else(func() app.UI {
			return app.Span().Class("guide-back")
		}),
		app.If(p.place <= len(p.steps), func() app.UI {
			return p.placeLink("guide-next", "guide-control guide-next", nextLabel, p.place+1, p.next)
		}).Else(func() app.UI {
			return app.Span().Class("guide-next")
		}),
	)
}

// placeLink is a link to a place in the guide, which the wasm follows
// with onClick.
func (p *guidePage) placeLink(id, class, label string, place int, onClick app.EventHandler) app.UI {
	return app.A().ID(id).Class(class).Href(p.def().path + placeQuery(place, len(p.steps))).
		Text(label).OnClick(onClick)
}

// The handlers read the place when clicked, not when drawn: go-app keeps
// an element's first handler while its code stays the same, so a handler
// that captured the place would keep leading to the first one.
func (p *guidePage) next(ctx app.Context, e app.Event)  { p.follow(e, p.place+1) }
func (p *guidePage) back(ctx app.Context, e app.Event)  { p.follow(e, p.place-1) }
func (p *guidePage) again(ctx app.Context, e app.Event) { p.follow(e, 1) }

// follow moves to a place in the page, in place of the link's navigation:
// the guide's steps replace one another in the history, so that back and
// exit leave the guide rather than walk through its steps.
func (p *guidePage) follow(e app.Event, place int) {
	if !plainClick(e) {
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation") // go-app's own link handling would add a history entry
	p.move(place)
}

// plainClick is a click that opens a link in place: not one that asks for a
// new tab or window.
func plainClick(e app.Event) bool {
	for _, m := range []string{"altKey", "ctrlKey", "metaKey", "shiftKey"} {
		if e.Get(m).Truthy() {
			return false
		}
	}
	return true
}
