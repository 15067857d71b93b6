package uitest

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Fixture is a site over a diary in memory at Night, with the memory and
// the knowledge base at hand.
type Fixture struct {
	Site *site.Site        // the page's shared value
	Mem  *diary.MemStorage // the diary's storage, to inspect or break
	KB   *kb.KB            // the embedded knowledge base
}

// NewFixture is a site over an empty diary in memory at Night.
func NewFixture(t testing.TB) *Fixture {
	t.Helper()
	mem := diary.NewMemStorage()
	return &Fixture{Site: Site(t, mem), Mem: mem, KB: KB(t)}
}

// Store opens the fixture's diary through the site's session.
func (f *Fixture) Store(t testing.TB) *diary.Store {
	t.Helper()
	st, err := f.Site.Diary.Open()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Seed saves entries through the session's store and returns them as saved.
func (f *Fixture) Seed(t testing.TB, entries []diary.Entry) []diary.Entry {
	t.Helper()
	st := f.Store(t)
	out := make([]diary.Entry, 0, len(entries))
	for _, e := range entries {
		saved, err := st.SaveEntry(e)
		if err != nil {
			t.Fatalf("seeding %s: %v", e.ID, err)
		}
		out = append(out, saved)
	}
	return out
}

// History makes nights of entries ending the night before Night's, a
// seeded random 0-3 a night, with legs, muscles, ratings and remedies.
func History(nights int, seed uint64) []diary.Entry {
	r := rand.New(rand.NewPCG(seed, 11))
	last := diary.NightOf(Night)
	var out []diary.Entry
	for n := 1; n <= nights; n++ {
		night := last - diary.Day(n)
		for c := range r.IntN(4) {
			out = append(out, randomEntry(r, night, fmt.Sprintf("seed-%03d-%d", n, c)))
		}
	}
	return out
}

// randomEntry is an entry of the night, between 22:00 and 08:00, drawn
// from r; the draws are in the order History has always made them, so
// that a seed keeps giving the same diary.
func randomEntry(r *rand.Rand, night diary.Day, id string) diary.Entry {
	muscles := []string{"calf", "foot", "back-thigh", "front-thigh"}
	remedies := []string{"stretch-the-cramp", "walk-or-jiggle", "pickle-juice", "warm-the-muscle"}
	helped := []diary.Helped{diary.HelpedYes, diary.HelpedNo, diary.HelpedUnsure, ""}
	d := night.Time()
	at := time.Date(d.Year(), d.Month(), d.Day(), 22, 0, 0, 0, time.Local).Add(time.Duration(r.IntN(10*60)) * time.Minute)
	e := diary.NewEntry(at)
	e.ID = id
	e.Leg = diary.Legs[r.IntN(3)]
	e.Muscles = []string{muscles[r.IntN(len(muscles))]}
	e.Duration = 30 + r.IntN(600)
	e.Pain = maybeScore(r, 5, e.Pain)
	e.Sleep = maybeScore(r, 3, e.Sleep)
	if r.IntN(2) == 0 {
		e.Tried = []diary.Tried{{Remedy: remedies[r.IntN(len(remedies))], Helped: helped[r.IntN(len(helped))]}}
	}
	return e
}

// maybeScore draws a 0-10 score four times in five (odds 5) or two in
// three (odds 3); otherwise the entry keeps the score it had.
func maybeScore(r *rand.Rand, odds int, kept diary.Score) diary.Score {
	if r.IntN(odds) > 0 {
		return diary.Score(r.IntN(11))
	}
	return kept
}
