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

// saneDay reports whether a date is inside the sane range.
func saneDay(d Day) bool { return saneTime(d.Time()) }

// reasons collects field errors.
type reasons []error

func (r *reasons) add(field, format string, args ...any) {
	*r = append(*r, &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)})
}

// text checks a plain-text field: valid UTF-8 and at most max characters.
func (r *reasons) text(field, s string, max int) {
	if !utf8.ValidString(s) {
		r.add(field, "the %s is not valid text", field)
	} else if n := utf8.RuneCountInString(s); n > max {
		*r = append(*r, &ErrTooLong{Field: field, Max: max, Got: n})
	}
}

// CheckEntry returns every reason the entry cannot be saved, for people;
// none means it is fine.
func CheckEntry(e Entry, k *Known) []string { return reasonTexts(checkEntry(e, k)) }

func checkEntry(e Entry, k *Known) []error {
	var r reasons
	if !validID(e.ID) {
		r.add("id", "the id %q is not valid", clip(e.ID, 70))
	}
	if !saneTime(e.At) {
		r.add("at", "the date of the cramp is not believable")
	}
	switch e.Leg {
	case "", LegLeft, LegRight, LegBoth:
	default:
		r.add("leg", "the leg %q is not left, right or both", clip(string(e.Leg), 20))
	}
	if len(e.Muscles) > MaxMuscles {
		r.add("muscles", "more than %d muscles", MaxMuscles)
	}
	for _, m := range e.Muscles {
		if !validID(m) || k != nil && k.Muscle != nil && !k.Muscle(m) {
			r.add("muscles", "unknown muscle %q", clip(m, 70))
		}
	}
	if e.Duration < 0 || e.Duration > MaxDuration {
		r.add("durationSeconds", "the duration is not between 0 seconds and a day")
	}
	if !e.Pain.Valid() {
		r.add("pain", "pain is not between 0 and 10")
	}
	if !e.Sleep.Valid() {
		r.add("sleep", "sleep disturbance is not between 0 and 10")
	}
	r = append(r, checkTried(e.Tried, k)...)
	r.text("note", e.Note, MaxNoteRunes)
	if !saneTime(e.Created) || !saneTime(e.Updated) {
		r.add("updated", "the saved or changed date is not believable")
	}
	return r
}

func checkTried(tried []Tried, k *Known) reasons {
	var r reasons
	if len(tried) > MaxTried {
		r.add("tried", "more than %d remedies tried", MaxTried)
	}
	for _, t := range tried {
		if !validID(t.Remedy) || k != nil && k.Remedy != nil && !k.Remedy(t.Remedy) {
			r.add("tried", "unknown remedy %q", clip(t.Remedy, 70))
		}
		switch t.Helped {
		case "", HelpedYes, HelpedNo, HelpedUnsure:
		default:
			r.add("helped", "%q is not yes, no or unsure", clip(string(t.Helped), 20))
		}
	}
	return r
}

// CheckContext returns every reason the day note cannot be saved.
func CheckContext(c DayContext) []string { return reasonTexts(checkContext(c)) }

func checkContext(c DayContext) []error {
	var r reasons
	if !saneDay(c.Date) {
		r.add("date", "the date of the day note is not believable")
	}
	switch c.Fluids {
	case "", FluidsLittle, FluidsNormal, FluidsPlenty:
	default:
		r.add("fluids", "fluids %q is not little, normal or plenty", clip(string(c.Fluids), 20))
	}
	if !utf8.ValidString(c.NewMedicine) {
		r.add("newMedicine", "the new medicine is not text of at most %d characters", MaxMedicineRunes)
	} else if n := utf8.RuneCountInString(c.NewMedicine); n > MaxMedicineRunes {
		r = append(r, &ErrTooLong{Field: "new medicine", Max: MaxMedicineRunes, Got: n,
			msg: fmt.Sprintf("the new medicine is not text of at most %d characters", MaxMedicineRunes)})
	}
	if !saneTime(c.Updated) {
		r.add("updated", "the changed date is not believable")
	}
	return r
}

// CheckProfile returns every reason the profile cannot be saved.
func CheckProfile(p Profile) []string {
	return reasonTexts(checkProfile(p, nil))
}

func checkProfile(p Profile, k *Known) []error {
	var r reasons
	if p.AgeGroup != "" && !p.AgeGroup.Valid() {
		r.add("ageGroup", "unknown age group %q", clip(string(p.AgeGroup), 20))
	}
	if len(p.Causes) > 200 {
		r.add("causes", "more than 200 risk factors")
	}
	for _, c := range p.Causes {
		if !validID(c) || k != nil && k.Cause != nil && !k.Cause(c) {
			r.add("causes", "unknown risk factor %q", clip(c, 70))
		}
	}
	if !p.Updated.IsZero() && !saneTime(p.Updated) {
		r.add("updated", "the changed date is not believable")
	}
	return r
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
