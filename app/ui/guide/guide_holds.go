package guide

import (
	"strconv"

	"github.com/nightcramp/nightcramp/app/kb"
)

// hold is one timed hold of a step: a routine step is held Repeats times,
// on the left leg and then the right when EachLeg.
type hold struct {
	leg  string // "Left leg", "Right leg", or "" for a step on no one leg
	n    int    // which hold on this leg, from 1
	of   int    // how many holds on this leg
	last bool   // the step's last hold
}

// holdsOf lists a step's holds in order. A first-aid step, or any step
// held once on no one leg, has a single hold with no name.
func holdsOf(s *kb.Entry) []hold {
	if s == nil || s.HoldSeconds <= 0 {
		return nil
	}
	repeats := max(s.Repeats, 1)
	legs := []string{""}
	if s.EachLeg {
		legs = []string{"Left leg", "Right leg"}
	}
	var out []hold
	for _, leg := range legs {
		for n := 1; n <= repeats; n++ {
			out = append(out, hold{leg: leg, n: n, of: repeats})
		}
	}
	out[len(out)-1].last = true
	return out
}

// label names a hold for the screen: "Left leg, 1 of 3", "Right leg",
// "2 of 3", or "" for a step's only hold.
func (h hold) label() string { return h.name(strconv.Itoa) }

// name joins the leg and the count, each number written by number.
func (h hold) name(number func(int) string) string {
	count := ""
	if h.of > 1 {
		count = number(h.n) + " of " + number(h.of)
	}
	switch {
	case h.leg == "":
		return count
	case count == "":
		return h.leg
	}
	return h.leg + ", " + count
}

// holdView is what the timer shows of the step's holds.
type holdView struct {
	label string // the hold under way
	next  string // the next hold, once this one is done; "" at the last
}

// holds are the current step's holds.
func (p *guidePage) holds() []hold { return holdsOf(p.step()) }

// currentHold is the hold under way, or a nameless one.
func (p *guidePage) currentHold() hold {
	hs := p.holds()
	if p.round < 0 || p.round >= len(hs) {
		return hold{last: true}
	}
	return hs[p.round]
}

// holdView names the current hold and, once it is done, the next.
func (p *guidePage) holdView() holdView {
	hs := p.holds()
	v := holdView{label: p.currentHold().label()}
	if p.timer.state() == timerDone && p.round+1 < len(hs) {
		v.next = hs[p.round+1].label()
	}
	return v
}
