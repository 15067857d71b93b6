package guide

import (
	"fmt"
	"strings"

	"github.com/nightcramp/nightcramp/app/kb"
)

// What the voice says, written to be heard: short sentences, numbers in
// words, nothing to look at. Each is a pure function of the data, so that
// a test reads exactly what a person would hear.

// spokenStep is what is said when a step is shown: where it is in the
// guide, its sentence and its short instructions.
func spokenStep(s *kb.Entry, place, total int) string {
	return sentences(fmt.Sprintf("Step %s of %s", numberWords(place), numberWords(total)), s.Title, s.Summary)
}

// spokenHoldStart is said as a hold starts: which hold, and for how long.
func spokenHoldStart(h hold, seconds int) string {
	return sentences(spokenHoldName(h), "Hold for "+secondsWords(seconds))
}

// spokenHoldName is a hold's name to be heard: "Left leg, one of three".
func spokenHoldName(h hold) string { return h.name(numberWords) }

// countCue is what the timer says with the given whole seconds left of a
// hold, or "": each ten seconds left below the start, and five seconds
// before the end of a hold long enough to need it.
func countCue(remaining, seconds int) string {
	if remaining <= 0 || remaining >= seconds {
		return ""
	}
	if remaining%10 == 0 || (remaining == 5 && seconds >= 10) {
		return upperFirst(secondsWords(remaining)) + "."
	}
	return ""
}

// spokenHoldEnd is said when a hold ends, with what comes next.
func spokenHoldEnd(next *hold) string {
	if next == nil {
		return "Let go gently."
	}
	return sentences("Let go gently", "Next, "+lowerFirst(spokenHoldName(*next)))
}

// secondsWords is "ten seconds", "one second".
func secondsWords(n int) string {
	if n == 1 {
		return "one second"
	}
	return numberWords(n) + " seconds"
}

var (
	smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensNumbers = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// numberWords writes a whole number from 0 to 999 in words; others in
// digits, which a voice reads too.
func numberWords(n int) string {
	switch {
	case n < 0 || n > 999:
		return fmt.Sprint(n)
	case n < 20:
		return smallNumbers[n]
	case n < 100:
		if n%10 == 0 {
			return tensNumbers[n/10]
		}
		return tensNumbers[n/10] + "-" + smallNumbers[n%10]
	case n%100 == 0:
		return smallNumbers[n/100] + " hundred"
	}
	return smallNumbers[n/100] + " hundred and " + numberWords(n%100)
}

// sentences joins parts into sentences, each ending with a full stop
// unless it already ends a sentence; empty parts are left out.
func sentences(parts ...string) string {
	var out []string
	for _, part := range parts {
		part = strings.Join(strings.Fields(part), " ")
		if part == "" {
			continue
		}
		if !strings.ContainsAny(part[len(part)-1:], ".?!") {
			part += "."
		}
		out = append(out, part)
	}
	return strings.Join(out, " ")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// firstAidStartSpoken reads the warning signs before the first step.
func (p *guidePage) firstAidStartSpoken() string {
	parts := []string{"Cramp now. We will go one step at a time", "First, get help now if"}
	for _, f := range helpNowFlags(p.site.KB) {
		parts = append(parts, f.Title)
	}
	return sentences(append(parts, p.startNext())...)
}

// startNext says how the guide goes on from its start.
func (p *guidePage) startNext() string {
	if p.voice.auto {
		return "If none of these, the first step comes next"
	}
	return "If none of these, tap Start"
}

// spokenPlace is what is said when the current place is shown.
func (p *guidePage) spokenPlace() string {
	switch s := p.step(); {
	case p.place == 0:
		return p.def().startSpoken(p)
	case s == nil:
		return p.def().endSpoken(p)
	default:
		return spokenStep(s, p.place, len(p.steps))
	}
}
