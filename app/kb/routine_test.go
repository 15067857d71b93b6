package kb

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// twoSteps is a valid routine.json for the base data set: two steps in an
// order that is not the title order, one on each leg and one not.
const twoSteps = `[
  {"id": "wall", "title": "Wall stretch", "summary": "Lean on a wall.", "body": "Lean on a wall with one leg back. Hold for 10 seconds.", "evidence": "A trial.", "grade": "mixed", "when": ["before-bed"], "hold_seconds": 10, "repeats": 3, "each_leg": true, "drawing": "calf-wall-stretch", "sources": ["service"], "reviewed": "2026-12-07", "synonyms": ["zigzag"]},
  {"id": "circles", "title": "Ankle circles", "summary": "Circle your feet.", "body": "Circle both feet for 20 seconds.", "evidence": "Not trialled.", "grade": "untested", "when": ["before-bed"], "hold_seconds": 20, "repeats": 2, "each_leg": false, "drawing": "ankle-circles", "sources": ["service"], "reviewed": "2026-12-07",
   "links": [{"to": "stretching", "reason": "A step of the routine."}]}
]`

// stretchingLinked is the base remedy with a link to the first step: the
// other step stores its own link, so both directions are exercised.
const stretchingLinked = `[
  {"id": "stretching", "title": "Stretching", "summary": "Stretch before bed.", "body": "Stretch your calf muscles before bed.", "evidence": "Mixed trials.", "grade": "mixed", "when": ["before-bed"], "muscles": ["calf"], "sources": ["service"], "reviewed": "2026-12-07",
   "links": [{"to": "wall", "reason": "A step of the routine."}]}
]`

func loadTwoSteps(t *testing.T) *KB {
	t.Helper()
	k, err := Load(baseFS(t, map[string]string{fileRoutine: twoSteps, fileRemedies: stretchingLinked}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestRoutineIsInFileOrder(t *testing.T) {
	k := loadTwoSteps(t)
	steps := k.Routine()
	var ids []string
	for _, s := range steps {
		ids = append(ids, s.ID)
	}
	if !slices.Equal(ids, []string{"wall", "circles"}) {
		t.Fatalf("Routine() = %v, want [wall circles] (file order, not title order)", ids)
	}
	wall, circles := steps[0], steps[1]
	if wall.Step != 1 || circles.Step != 2 {
		t.Errorf("Step = %d, %d; want 1, 2", wall.Step, circles.Step)
	}
	if wall.Type != TypeRoutine || wall.HoldSeconds != 10 || wall.Repeats != 3 || !wall.EachLeg || wall.Drawing != "calf-wall-stretch" {
		t.Errorf("wall decoded as %+v", *wall)
	}
	if circles.EachLeg || circles.Repeats != 2 || circles.HoldSeconds != 20 {
		t.Errorf("circles decoded as %+v", *circles)
	}
	if !wall.IsAdvice() || !circles.IsAdvice() {
		t.Error("routine steps with an advice grade must be advice")
	}
	steps[0] = nil // a returned slice is the caller's own
	if k.Routine()[0] == nil {
		t.Error("Routine returned shared internal state")
	}
	if len(k.FirstAid()) != 1 {
		t.Errorf("FirstAid() has %d steps, want the base's 1: routine steps are not first aid", len(k.FirstAid()))
	}
}

// Routine steps are entries like first-aid steps: found by id, by type,
// by search, and related both ways with the remedy.
func TestRoutineStepsAreEntries(t *testing.T) {
	k := loadTwoSteps(t)
	if got := len(k.Entries(TypeRoutine)); got != 2 {
		t.Errorf("Entries(TypeRoutine) has %d entries, want 2", got)
	}
	if e, ok := k.Entry("circles"); !ok || e.Type != TypeRoutine {
		t.Errorf("Entry(circles) = %v, %v", e, ok)
	}
	r := k.Search(Query{Text: "zigzag"})
	if r.Total != 1 || r.Entries[0].ID != "wall" {
		t.Errorf("search for a routine synonym found %d entries", r.Total)
	}
	if got := k.Search(Query{}.With(FacetType, string(TypeRoutine))).Total; got != 2 {
		t.Errorf("type facet %q matches %d entries, want 2", TypeRoutine, got)
	}
	related := func(id string) []string {
		var out []string
		for _, rel := range k.Related(id) {
			out = append(out, rel.Entry.ID)
		}
		return out
	}
	for _, id := range []string{"wall", "circles"} {
		if !slices.Contains(related(id), "stretching") {
			t.Errorf("%s is not related to the remedy: %v", id, related(id))
		}
		if !slices.Contains(related("stretching"), id) {
			t.Errorf("the remedy is not related to %s: %v", id, related("stretching"))
		}
	}
}

func TestTotalSeconds(t *testing.T) {
	for _, c := range []struct {
		e    Entry
		want int
	}{
		{Entry{Type: TypeRoutine, HoldSeconds: 10, Repeats: 3, EachLeg: true}, 60},
		{Entry{Type: TypeRoutine, HoldSeconds: 20, Repeats: 2}, 40},
		{Entry{Type: TypeFirstAid, HoldSeconds: 30, Repeats: 3, EachLeg: true}, 0},
	} {
		if got := c.e.TotalSeconds(); got != c.want {
			t.Errorf("%s hold %d x %d, each leg %v: TotalSeconds() = %d, want %d",
				c.e.Type, c.e.HoldSeconds, c.e.Repeats, c.e.EachLeg, got, c.want)
		}
	}
}

// An empty routine file is valid: the routine is content, not code.
func TestEmptyRoutineLoads(t *testing.T) {
	k, err := Load(baseFS(t, nil)) // the base routine.json is []
	if err != nil {
		t.Fatal(err)
	}
	if n := len(k.Routine()); n != 0 {
		t.Errorf("Routine() has %d steps, want 0", n)
	}
}

// The real routine is the one of the trial the knowledge base cites
// (Hallegraeff 2012: calf and hamstring, 10 seconds, 3 times each), with
// ankle circles graded honestly as untested.
func TestRealRoutine(t *testing.T) {
	k := loadReal(t)
	steps := k.Routine()
	want := []struct {
		id, drawing string
		grade       Grade
		source      string
	}{
		{"bedtime-calf-stretch", "calf-wall-stretch", GradeMixed, "hallegraeff-2012"},
		{"bedtime-hamstring-stretch", "hamstring-stretch", GradeMixed, "hallegraeff-2012"},
		{"bedtime-ankle-circles", "ankle-circles", GradeUntested, "nhs-pregnancy-cramps"},
	}
	if len(steps) != len(want) {
		t.Fatalf("the routine has %d steps, want %d", len(steps), len(want))
	}
	total := 0
	for i, w := range want {
		s := steps[i]
		if s.ID != w.id || s.Drawing != w.drawing || s.Grade != w.grade || !slices.Contains(s.Sources, w.source) {
			t.Errorf("step %d is %s (drawing %s, grade %s, sources %v), want %+v", i+1, s.ID, s.Drawing, s.Grade, s.Sources, w)
		}
		if !slices.Contains(s.When, "before-bed") {
			t.Errorf("%s: when %v lacks before-bed", s.ID, s.When)
		}
		total += s.TotalSeconds()
	}
	for _, s := range steps[:2] {
		// The trial's dose, on each leg.
		if s.HoldSeconds != 10 || s.Repeats != 3 || !s.EachLeg {
			t.Errorf("%s: hold %d seconds x %d (each leg %v), want the trial's 10 seconds x 3 on each leg", s.ID, s.HoldSeconds, s.Repeats, s.EachLeg)
		}
	}
	if circles := steps[2]; !strings.Contains(circles.Evidence, "No trial") {
		t.Errorf("%s: the evidence must say no trial tested it: %q", circles.ID, circles.Evidence)
	}
	// "About 3 minutes at bedtime": the holds leave time to change position.
	if total < 120 || total > 180 {
		t.Errorf("the routine's holds take %d seconds, want 2 to 3 minutes", total)
	}
}

// The stretching remedy leads to every routine step.
func TestStretchingRemedyLinksTheRoutine(t *testing.T) {
	k := loadReal(t)
	var related []string
	for _, r := range k.Related("stretch-before-bed") {
		related = append(related, r.Entry.ID)
	}
	for _, s := range k.Routine() {
		if !slices.Contains(related, s.ID) {
			t.Errorf("stretch-before-bed is not linked with %s", s.ID)
		}
	}
}

// abbreviation matches what a screen reader or a tired reader stumbles on:
// units written as letters ("10 s", "3x", "x 3", "min", "sec", "secs") and
// Latin shorthand ("e.g.", "i.e.", "approx.", "etc.").
var abbreviation = regexp.MustCompile(`(?i)\b\d+\s*(s|secs?|mins?|x)\b|\bx\s*\d|\b(e\.g|i\.e|approx|etc|min|sec|secs)\b\.?`)

// Routine text is read aloud as well as read: it must say its own numbers
// in words a listener follows, the same numbers the timer uses, and tell
// the listener to change legs.
func TestRoutineTextIsSpoken(t *testing.T) {
	k := loadReal(t)
	for _, s := range k.Routine() {
		text := s.Title + " " + s.Summary + " " + s.Body
		if m := abbreviation.FindString(text); m != "" {
			t.Errorf("%s: abbreviation %q: write it out for listeners", s.ID, m)
		}
		if hold := fmt.Sprintf("%d seconds", s.HoldSeconds); !strings.Contains(s.Body, hold) || !strings.Contains(s.Summary, hold) {
			t.Errorf("%s: summary and body must say %q, the timer's hold", s.ID, hold)
		}
		if times := fmt.Sprintf("%d times", s.Repeats); s.Repeats > 1 && !strings.Contains(s.Body, times) {
			t.Errorf("%s: body must say %q, the number of rounds", s.ID, times)
		}
		if s.EachLeg && !strings.Contains(s.Body, "the other leg") && !strings.Contains(s.Body, "the other foot") {
			t.Errorf("%s: done on each leg, but the body does not say to change to the other one", s.ID)
		}
		for _, sentence := range strings.Split(s.Body, ". ") {
			if n := len(strings.Fields(sentence)); n > 20 {
				t.Errorf("%s: a sentence of %d words is hard to follow by ear: %q", s.ID, n, sentence)
			}
		}
	}
}

func TestAbbreviationPattern(t *testing.T) {
	for _, bad := range []string{"Hold 10 s.", "10s", "3x", "x 3", "10 secs", "2 min", "e.g. a wall", "approx. 3"} {
		if !abbreviation.MatchString(bad) {
			t.Errorf("%q is not caught", bad)
		}
	}
	for _, good := range []string{"Hold for 10 seconds", "3 times", "about 3 minutes", "its heel", "Relax, and do it"} {
		if m := abbreviation.FindString(good); m != "" {
			t.Errorf("%q is caught (%q)", good, m)
		}
	}
}

func TestRoutineMinutesRoundUpTheHolds(t *testing.T) {
	k := loadTwoSteps(t)
	total := 0
	for _, s := range k.Routine() {
		total += s.TotalSeconds()
	}
	if got, want := k.RoutineMinutes(), (total+59)/60; got != want || got < 1 {
		t.Errorf("RoutineMinutes = %d for %d seconds of holds, want %d", got, total, want)
	}
}
