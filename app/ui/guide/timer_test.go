//go:build !js

package guide

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// timerView is what the timer shows, read from its HTML.
type timerView struct {
	state, remaining, digits, button, buttonID, status, bar string
}

func readTimer(t *testing.T, p *guidePage) timerView {
	t.Helper()
	doc := uitest.Render(t, p)
	timer := doc.MustOnlyID(t, "guide-timer")
	if timer.Attrs["aria-label"] == "" || timer.Tag != "section" {
		t.Errorf("the timer is not a labelled section: %v", timer.Attrs)
	}
	if readouts := timer.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "timer" }); len(readouts) != 1 {
		t.Errorf("the timer has %d role=timer readouts", len(readouts))
	}
	if live := timer.MustOnlyID(t, "guide-timer-status").Attrs["aria-live"]; live != "polite" {
		t.Errorf("the timer's status is aria-live %q", live)
	}
	buttons := timer.Tagged("button")
	bars := timer.Tagged("progress")
	if len(buttons) != 1 || len(bars) != 1 || bars[0].Attrs["max"] != "100" {
		t.Fatalf("the timer has %d buttons and %d bars", len(buttons), len(bars))
	}
	return timerView{
		state: timer.Attrs["data-state"], remaining: timer.Attrs["data-remaining"],
		digits: timer.MustOnlyID(t, "guide-timer-digits").Text(), button: buttons[0].Text(), buttonID: buttons[0].Attrs["id"],
		status: timer.MustOnlyID(t, "guide-timer-status").Text(), bar: bars[0].Attrs["value"],
	}
}

func TestTimerShowsEachStateOfAHold(t *testing.T) {
	k := testKB(t)
	place, hold := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place))
	if p.timer.place != place || p.timer.seconds != hold || p.timer.state() != timerIdle {
		t.Fatalf("the held step's timer: %+v, want idle for %d s", p.timer, hold)
	}
	idle := readTimer(t, p)
	if idle.state != timerIdle || idle.remaining != strconv.Itoa(hold) || idle.digits != strconv.Itoa(hold) ||
		idle.buttonID != "guide-timer-start" || !strings.Contains(idle.button, strconv.Itoa(hold)) || idle.status != "" || idle.bar != "0" {
		t.Errorf("idle timer: %+v, want %d s and a start button", idle, hold)
	}

	// A third of the way through, as the clock says.
	p.timer.start = 5_000_000
	elapsed := float64(hold) * 1000 / 3
	p.timer.now = p.timer.start + elapsed
	left := int(math.Ceil(float64(hold) - elapsed/1000))
	running := readTimer(t, p)
	if running.state != timerRunning || running.remaining != strconv.Itoa(left) || running.digits != strconv.Itoa(left) ||
		running.buttonID != "guide-timer-stop" || !strings.Contains(running.status, strconv.Itoa(hold)) ||
		running.bar != strconv.Itoa(int(elapsed*100/(float64(hold)*1000))) {
		t.Errorf("running timer: %+v, want %d s left", running, left)
	}

	p.timer.now = p.timer.end()
	done := readTimer(t, p)
	if done.state != timerDone || done.remaining != "0" || done.digits != "Done" || done.buttonID != "guide-timer-start" ||
		done.status == "" || done.status == running.status || done.bar != "100" {
		t.Errorf("finished timer: %+v", done)
	}
}

func TestStartingAndStoppingTheTimerMarksThePageBusy(t *testing.T) {
	t.Parallel() // each waits out one real tick of its own engine
	k := testKB(t)
	place, hold := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place))
	m := mount(t, p)
	if !p.lock.Wanted() || !p.mounted {
		t.Fatal("a mounted guide does not keep the screen on")
	}
	before := browser.NowMillis()
	p.startTimer(m.ctx, click(nil))
	if p.timer.state() != timerRunning || p.timer.start < before || p.timer.start > browser.NowMillis() {
		t.Fatalf("after start: %s from %v (now %v)", p.timer.state(), p.timer.start, before)
	}
	if !site.BusyWith(m.ctx)["timer"] {
		t.Errorf("a running timer is not marked busy: %v", site.BusyWith(m.ctx))
	}
	p.stopTimer(m.ctx, click(nil))
	if p.timer.state() != timerIdle || p.timer.remaining() != hold || site.IsBusy(m.ctx) {
		t.Errorf("after stop: %s, %d s, busy %v", p.timer.state(), p.timer.remaining(), site.BusyWith(m.ctx))
	}

	// Moving on mid-hold leaves nothing running or busy, and coming back
	// finds the full time.
	p.startTimer(m.ctx, click(nil))
	chain := p.timer.chain
	p.next(m.ctx, click(nil))
	if p.place != place+1 || p.timer.state() != timerIdle || p.timer.chain == chain || site.IsBusy(m.ctx) {
		t.Errorf("next mid-hold: place %d, timer %s, chain %d (was %d), busy %v", p.place, p.timer.state(), p.timer.chain, chain, site.BusyWith(m.ctx))
	}
	p.back(m.ctx, click(nil))
	if p.timer.state() != timerIdle || p.timer.remaining() != hold {
		t.Errorf("back at the held step: %s, %d s", p.timer.state(), p.timer.remaining())
	}

	// Leaving the page mid-hold lets the screen sleep and clears busy.
	p.startTimer(m.ctx, click(nil))
	p.OnDismount()
	if p.lock.Wanted() || p.mounted || p.timer.state() != timerIdle || site.IsBusy(m.ctx) {
		t.Errorf("after dismount: lock %v, mounted %v, timer %s, busy %v", p.lock.Wanted(), p.mounted, p.timer.state(), site.BusyWith(m.ctx))
	}
	// The pending tick of the old chain runs and finds nothing to do.
	m.engine.ConsumeAll()
	if p.timer.state() != timerIdle || p.timer.now != 0 {
		t.Errorf("a stale tick moved the idle timer: %+v", p.timer)
	}
}

func TestTimerEndIsToldOnceAndFreesThePage(t *testing.T) {
	t.Parallel() // each waits out one real tick of its own engine
	k := testKB(t)
	place, hold := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place))
	m := mount(t, p)
	p.startTimer(m.ctx, click(nil))
	// The hold began long enough ago to be over: the next tick ends it.
	p.timer.start = browser.NowMillis() - float64(hold)*1000 - 50
	p.tick(p.timer.chain)
	if p.timer.state() != timerDone || !p.timer.told || site.IsBusy(m.ctx) {
		t.Fatalf("after the last tick: %s, told %v, busy %v", p.timer.state(), p.timer.told, site.BusyWith(m.ctx))
	}
	// Told once: a later look at the clock does not mark anything again.
	p.setBusy(true)
	p.timerEnded()
	if !site.IsBusy(m.ctx) {
		t.Error("a second end ran again and cleared busy")
	}
	p.setBusy(false)
	m.engine.ConsumeAll()
}

func TestComingBackIntoViewCatchesUp(t *testing.T) {
	t.Parallel() // each waits out one real tick of its own engine
	k := testKB(t)
	place, hold := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place))
	m := mount(t, p)

	// Hidden, the browser drops the lock; seen again, it is asked for.
	p.lock.Release()
	chain := p.timer.chain
	p.onVisible()
	if !p.lock.Wanted() || p.timer.state() != timerIdle || p.timer.chain != chain {
		t.Errorf("an idle guide seen again: lock %v, timer %s, chain %d (was %d)", p.lock.Wanted(), p.timer.state(), p.timer.chain, chain)
	}

	// A minute after the end, the timer says done at once, and the old
	// tick chain is ended.
	p.startTimer(m.ctx, click(nil))
	chain = p.timer.chain
	p.timer.start = browser.NowMillis() - float64(hold+60)*1000
	p.lock.Release()
	p.onVisible()
	if !p.lock.Wanted() || p.timer.state() != timerDone || p.timer.remaining() != 0 || p.timer.chain != chain+1 || site.IsBusy(m.ctx) {
		t.Errorf("seen again after the end: lock %v, timer %s, %d s, chain %d (was %d), busy %v",
			p.lock.Wanted(), p.timer.state(), p.timer.remaining(), p.timer.chain, chain, site.BusyWith(m.ctx))
	}
	m.engine.ConsumeAll()
}

func TestAGuideThatIsNotMountedStartsNoTicks(t *testing.T) {
	k := testKB(t)
	place, _ := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place))
	// On the server, or before the wasm mounts it, there is no context:
	// the timer may start (it is only state) but nothing is scheduled.
	p.startTimer(p.ctx, click(nil))
	now := p.timer.now
	p.tick(p.timer.chain)
	if p.timer.state() != timerRunning || p.timer.now != now {
		t.Errorf("an unmounted tick read the clock: %+v", p.timer)
	}
	p.onVisible()
	if !p.lock.Wanted() {
		t.Error("seen again, the guide did not ask to keep the screen on")
	}
}
