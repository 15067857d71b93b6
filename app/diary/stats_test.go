package diary

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// history builds a 12-week diary with a known number of cramps per night:
// night i (0 = oldest) has i%4 cramps, at 23:00, 02:00 and 05:00 of that
// night and 22:00 the same evening, in shuffled order.
func history(last Day) ([]Entry, []int) {
	var entries []Entry
	want := make([]int, 84)
	first := last - 83
	hours := []int{23, 26, 29, 22}
	for i := range want {
		want[i] = i % 4
		evening := (first + Day(i)).Time()
		for j := range want[i] {
			at := evening.Add(time.Duration(hours[j]) * time.Hour).In(cet)
			e := NewEntry(at)
			e.ID = (first + Day(i)).String() + "-" + string(rune('a'+j))
			entries = append(entries, e)
		}
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(entries), func(i, j int) { entries[i], entries[j] = entries[j], entries[i] })
	return entries, want
}

func TestNightCounts(t *testing.T) {
	last := Date(2026, 3, 1)
	entries, want := history(last)
	// Outside the window: the night before it, and the night after.
	entries = append(entries, NewEntry((last - 84).Time().Add(23*time.Hour)), NewEntry((last + 1).Time().Add(13*time.Hour)))
	got := NightCounts(entries, last, 12)
	if len(got) != 84 || got[0].Night != last-83 || got[83].Night != last {
		t.Fatalf("window %v..%v (%d)", got[0].Night, got[len(got)-1].Night, len(got))
	}
	for i, n := range got {
		if n.Cramps != want[i] {
			t.Fatalf("night %v: %d cramps, want %d", n.Night, n.Cramps, want[i])
		}
	}
	four := NightCounts(entries, last, 4)
	if len(four) != 28 || !slices.Equal(four, got[56:]) {
		t.Fatal("4 weeks is not the tail of 12")
	}
	for i, w := range Weeks(four) {
		cramps, nights := 0, 0
		for _, n := range want[56+7*i : 63+7*i] {
			cramps += n
			if n > 0 {
				nights++
			}
		}
		if w.First != four[7*i].Night || w.Cramps != cramps || w.Nights != nights {
			t.Fatalf("week %d: %+v, want %d cramps on %d nights", i, w, cramps, nights)
		}
	}
	if NightCounts(entries, last, 0) != nil {
		t.Fatal("0 weeks")
	}
}

func TestPainAndRemedies(t *testing.T) {
	d := Date(2026, 3, 2)
	mk := func(night Day, hour int, pain, sleep Score, tried ...Tried) Entry {
		e := NewEntry(night.Time().Add(time.Duration(hour) * time.Hour))
		e.ID = night.String() + "-" + string(rune('a'+hour%26))
		e.Pain, e.Sleep, e.Tried = pain, sleep, tried
		return e
	}
	stretch := func(h Helped) Tried { return Tried{Remedy: "stretch-before-bed", Helped: h} }
	water := func(h Helped) Tried { return Tried{Remedy: "drink-water", Helped: h} }
	entries := []Entry{
		mk(d, 27, 8, Unset, stretch(HelpedYes), stretch(HelpedNo)), // listed twice: counts once
		mk(d, 23, Unset, Unset, water(HelpedNo)),
		mk(d-1, 25, 5, 6, stretch(HelpedNo), water("")),
		mk(d-1, 24, Unset, 2, stretch(HelpedUnsure)),
		mk(d-9, 24, 10, 10, stretch(HelpedYes)), // outside
	}
	series := PainSeries(entries, d-1, d)
	if len(series) != 3 || series[0].Pain != Unset || series[0].Sleep != 2 || series[2].Pain != 8 {
		t.Fatalf("series %+v", series)
	}
	stats := RemedyStats(entries, d-1, d)
	want := []RemedyStat{
		{Remedy: "stretch-before-bed", Tried: 3, Helped: 1, NotHelped: 1, Unsure: 1},
		{Remedy: "drink-water", Tried: 2, NotHelped: 1, Unsure: 1},
	}
	if !slices.Equal(stats, want) {
		t.Fatalf("remedies %+v", stats)
	}

	snap := Snapshot{Entries: entries, Contexts: []DayContext{{Date: d, Alcohol: true}, {Date: d - 20}}, Profile: Profile{AgeGroup: Age60Plus}}
	s := Summarize(snap, d-6, d)
	if s.Nights != 7 || s.Cramps != 4 || s.CrampNights != 2 || s.PainRated != 2 || s.PainAverage != 6.5 || s.PainMax != 8 {
		t.Fatalf("summary %+v", s)
	}
	if s.SleepRated != 2 || s.SleepAverage != 4 || len(s.Contexts) != 1 || s.Profile.AgeGroup != Age60Plus {
		t.Fatalf("summary %+v", s)
	}
	if empty := Summarize(Snapshot{}, d, d); empty.PainMax != Unset || empty.PainAverage != 0 || empty.Cramps != 0 {
		t.Fatalf("empty summary %+v", empty)
	}
}
