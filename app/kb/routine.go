package kb

import "slices"

// Limits of a routine step. The bedtime routine is short and done by a
// tired person: a hold under 5 seconds is no stretch, one over 2 minutes
// or more than 10 rounds is no longer a bedtime routine, and any of them
// is more likely a typing slip than a clinician's intent.
const (
	minRoutineHold    = 5
	maxRoutineHold    = 120
	minRoutineRepeats = 1
	maxRoutineRepeats = 10
)

// TotalSeconds returns how long a routine step's holds take in all:
// HoldSeconds for each of Repeats rounds, on both legs if EachLeg. It is 0
// for an entry that is not a routine step.
func (e *Entry) TotalSeconds() int {
	if e.Type != TypeRoutine {
		return 0
	}
	n := e.HoldSeconds * e.Repeats
	if e.EachLeg {
		n *= 2
	}
	return n
}

// boolField decodes a JSON true or false.
func boolField(name string, target *bool) field {
	return field{name: name, decode: func(v jsonValue) string {
		switch string(v.raw) {
		case "true":
			*target = true
		case "false":
			*target = false
		default:
			return "true or false"
		}
		return ""
	}}
}

// checkRoutineStep checks what a routine step has beyond other entries:
// the guide times every step, draws it, and presents it as something to
// do, so a hold time, a number of rounds, a drawing and a grade the app
// may advise are all required.
func (v *validator) checkRoutineStep(rec *entryRecord) {
	e := rec.entry
	v.checkTermList(rec, "when", VocabWhen, e.When, true)
	v.checkCount(rec, "hold_seconds", e.HoldSeconds, minRoutineHold, maxRoutineHold,
		"how long to hold it, in seconds", "seconds")
	v.checkCount(rec, "repeats", e.Repeats, minRoutineRepeats, maxRoutineRepeats,
		"how many times to do it", "times")
	v.checkDrawing(rec, "routine step", "calf-wall-stretch")
	if slices.Contains(grades, e.Grade) && !e.Grade.IsAdvice() {
		v.ps.addf(rec.locate("grade"), "a routine step is shown as something to do: its grade cannot be %q", e.Grade)
	}
}

// checkCount reports a missing whole number, or one outside [lo, hi].
func (v *validator) checkCount(rec *entryRecord, name string, n, lo, hi int, what, unit string) {
	switch {
	case !rec.has(name):
		v.ps.addf(rec.locate(name), "missing: give %s (%d to %d)", what, lo, hi)
	case n < lo || n > hi:
		v.ps.addf(rec.locate(name), "%d is out of range: give %d to %d %s", n, lo, hi, unit)
	}
}

// checkRoutineLinks reports routine steps not linked with any remedy: a
// step's page must lead to the remedy that gives the evidence for the
// whole routine.
func (v *validator) checkRoutineLinks() {
	for _, rec := range v.d.entries {
		if rec.entry.Type != TypeRoutine || v.entries[rec.entry.ID] != rec {
			continue // not a step, or an invalid or duplicate id, already reported
		}
		if rec.linked&typeBit(TypeRemedy) == 0 {
			v.ps.addf(rec.locate("links"), "a routine step must be linked with the remedy it belongs to (here or in %s)", fileRemedies)
		}
	}
}

// RoutineMinutes is how long the bedtime routine's holds take in all, in
// whole minutes rounded up ("about 3 minutes"); at least 1.
func (k *KB) RoutineMinutes() int {
	total := 0
	for _, s := range k.routine {
		total += s.TotalSeconds()
	}
	return max((total+59)/60, 1)
}
