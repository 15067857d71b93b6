package diary

import (
	"fmt"
	"testing"
	"time"
)

// clock is a fake clock that moves one second per reading.
type clock struct{ t time.Time }

func (c *clock) now() time.Time {
	c.t = c.t.Add(time.Second)
	return c.t
}

var (
	base = time.Date(2026, 3, 2, 22, 0, 0, 0, time.UTC) // a Monday evening
	cet  = time.FixedZone("CET", 3600)
)

// openMem opens a store over s with a fake clock, failing on any problem.
func openMem(t testing.TB, s *MemStorage) *Store {
	t.Helper()
	st, problems := Open(s)
	if len(problems) > 0 {
		t.Fatalf("problems opening: %v", problems)
	}
	c := &clock{t: base}
	st.SetClock(c.now)
	return st
}

// entryAt returns a full entry for a cramp at t.
func entryAt(t time.Time, pain Score) Entry {
	e := NewEntry(t)
	e.Leg = LegLeft
	e.Muscles = []string{"calf"}
	e.Duration = 90
	e.Pain = pain
	e.Sleep = 3
	e.Tried = []Tried{{Remedy: "stretch-before-bed", Helped: HelpedYes}}
	e.Note = "woke at " + t.Format("15:04")
	return e
}

// seed saves n entries, one per night at 03:00 going back from base, and
// returns the store's storage.
func seed(t testing.TB, n int) *MemStorage {
	t.Helper()
	s := NewMemStorage()
	st := openMem(t, s)
	for i := range n {
		at := base.AddDate(0, 0, -i).Add(5 * time.Hour) // 03:00 the next morning
		e := entryAt(at, Score(i%11))
		e.ID = fmt.Sprintf("seed-%05d", i)
		if _, err := st.SaveEntry(e); err != nil {
			t.Fatal(err)
		}
	}
	return s
}
