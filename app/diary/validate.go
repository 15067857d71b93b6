package diary

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Known tells the checks which knowledge-base ids exist. A nil Known, or a
// nil func in it, accepts any well-formed id: stored entries are read
// without the knowledge base, imports are checked against it.
type Known struct {
	Remedy func(id string) bool // remedy or first-aid step ids
	Muscle func(id string) bool // muscle values
	Cause  func(id string) bool // cause ids
}

// The sane range of dates: nothing before 1970, nothing after 2200. Real
// diaries sit well inside; the bounds stop absurd imports.
var (
	minTime = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// validID reports whether s is a well-formed id: 1-64 characters of a-z,
// 0-9 and '-'. Ids go into storage keys and URLs, so nothing else is allowed.
func validID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func saneTime(t time.Time) bool { return !t.Before(minTime) && t.Before(maxTime) }

// CheckEntry returns every reason the entry cannot be saved, for people;
// none means it is fine.
func CheckEntry(e Entry, k *Known) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if !validID(e.ID) {
		bad("the id %q is not valid", clip(e.ID, 70))
	}
	if !saneTime(e.At) {
		bad("the date of the cramp is not believable")
	}
	switch e.Leg {
	case "", LegLeft, LegRight, LegBoth:
	default:
		bad("the leg %q is not left, right or both", clip(string(e.Leg), 20))
	}
	if len(e.Muscles) > MaxMuscles {
		bad("more than %d muscles", MaxMuscles)
	}
	for _, m := range e.Muscles {
		if !validID(m) || k != nil && k.Muscle != nil && !k.Muscle(m) {
			bad("unknown muscle %q", clip(m, 70))
		}
	}
	if e.Duration < 0 || e.Duration > MaxDuration {
		bad("the duration is not between 0 seconds and a day")
	}
	if !e.Pain.Valid() {
		bad("pain is not between 0 and 10")
	}
	if !e.Sleep.Valid() {
		bad("sleep disturbance is not between 0 and 10")
	}
	out = append(out, checkTried(e.Tried, k)...)
	if !utf8.ValidString(e.Note) {
		bad("the note is not valid text")
	} else if n := utf8.RuneCountInString(e.Note); n > MaxNoteRunes {
		bad("the note is %d characters long; the most is %d", n, MaxNoteRunes)
	}
	if !saneTime(e.Created) || !saneTime(e.Updated) {
		bad("the saved or changed date is not believable")
	}
	return out
}

func checkTried(tried []Tried, k *Known) []string {
	var out []string
	if len(tried) > MaxTried {
		out = append(out, fmt.Sprintf("more than %d remedies tried", MaxTried))
	}
	for _, t := range tried {
		if !validID(t.Remedy) || k != nil && k.Remedy != nil && !k.Remedy(t.Remedy) {
			out = append(out, fmt.Sprintf("unknown remedy %q", clip(t.Remedy, 70)))
		}
		switch t.Helped {
		case "", HelpedYes, HelpedNo, HelpedUnsure:
		default:
			out = append(out, fmt.Sprintf("%q is not yes, no or unsure", clip(string(t.Helped), 20)))
		}
	}
	return out
}

// CheckContext returns every reason the day note cannot be saved.
func CheckContext(c DayContext) []string {
	var out []string
	if !saneTime(c.Date.Time()) {
		out = append(out, "the date of the day note is not believable")
	}
	switch c.Fluids {
	case "", FluidsLittle, FluidsNormal, FluidsPlenty:
	default:
		out = append(out, fmt.Sprintf("fluids %q is not little, normal or plenty", clip(string(c.Fluids), 20)))
	}
	if !utf8.ValidString(c.NewMedicine) || utf8.RuneCountInString(c.NewMedicine) > MaxMedicineRunes {
		out = append(out, fmt.Sprintf("the new medicine is not text of at most %d characters", MaxMedicineRunes))
	}
	if !saneTime(c.Updated) {
		out = append(out, "the changed date is not believable")
	}
	return out
}

// CheckProfile returns every reason the profile cannot be saved.
func CheckProfile(p Profile) []string {
	return checkProfile(p, nil)
}

func checkProfile(p Profile, k *Known) []string {
	var out []string
	if p.AgeGroup != "" && !p.AgeGroup.Valid() {
		out = append(out, fmt.Sprintf("unknown age group %q", clip(string(p.AgeGroup), 20)))
	}
	if len(p.Causes) > 200 {
		out = append(out, "more than 200 risk factors")
	}
	for _, c := range p.Causes {
		if !validID(c) || k != nil && k.Cause != nil && !k.Cause(c) {
			out = append(out, fmt.Sprintf("unknown risk factor %q", clip(c, 70)))
		}
	}
	if !p.Updated.IsZero() && !saneTime(p.Updated) {
		out = append(out, "the changed date is not believable")
	}
	return out
}

// clip shortens s for a message, so a hostile 10 MB value never ends up in
// one.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
