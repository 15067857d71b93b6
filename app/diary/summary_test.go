package diary

import (
	"slices"
	"testing"
	"time"
)

func TestWeeklyPain(t *testing.T) {
	from := Date(2026, 3, 2)
	at := func(night Day, pain Score) Entry {
		e := NewEntry(night.Time().Add(27 * time.Hour)) // 03:00 next morning
		e.Pain = pain
		return e
	}
	entries := []Entry{
		at(from, 4), at(from+6, 8), at(from+6, Unset), // week 1: 4, 8; an unrated one
		at(from+9, 0),                  // week 2: a 0 counts as a rating
		at(from-1, 10), at(from+15, 9), // outside
	}
	cases := []struct {
		name string
		to   Day
		want []PainWeek
	}{
		{"three weeks, last short", from + 14, []PainWeek{
			{First: from, Rated: 2, Average: 6, Highest: 8},
			{First: from + 7, Rated: 1, Average: 0, Highest: 0},
			{First: from + 14, Rated: 0, Highest: Unset},
		}},
		{"one night", from, []PainWeek{{First: from, Rated: 1, Average: 4, Highest: 4}}},
		{"empty range", from - 1, nil},
	}
	for _, c := range cases {
		got := WeeklyPain(entries, from, c.to)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestRanges(t *testing.T) {
	today := Date(2026, 6, 30)
	withFirst := func(first Day) Snapshot {
		return Snapshot{CheckIns: []CheckIn{{Night: first, NoCramps: true}, {Night: today, NoCramps: true}}}
	}
	cases := []struct {
		name   string
		snap   Snapshot
		preset RangePreset
		from   Day
	}{
		{"empty diary", Snapshot{}, Range12Weeks, today},
		{"begun 3 days ago", withFirst(today - 2), Range12Weeks, today - 2},
		{"long diary, 12 weeks", withFirst(today - 400), Range12Weeks, today - 83},
		{"long diary, 4 weeks", withFirst(today - 400), Range4Weeks, today - 27},
		{"long diary, 3 months", withFirst(today - 400), Range3Months, Date(2026, 3, 31)},
		{"long diary, all", withFirst(today - 400), RangeAll, today - 400},
		{"begun 10 days ago, 4 weeks", withFirst(today - 9), Range4Weeks, today - 9},
		{"first record a cramp", Snapshot{Entries: []Entry{NewEntry((today - 5).Time().Add(23 * time.Hour))}}, RangeAll, today - 5},
		{"first record a day note", Snapshot{Contexts: []DayContext{{Date: today - 7}}}, Range12Weeks, today - 7},
	}
	for _, c := range cases {
		from, to := c.preset.Range(c.snap, today)
		if from != c.from || to != today {
			t.Errorf("%s: %v..%v, want %v..%v", c.name, from, to, c.from, today)
		}
	}
	if from, _ := DefaultRange(withFirst(today-2), today); from != today-2 {
		t.Fatalf("default range from %v", from)
	}
}

func TestSummarizeRowsMedicinesFactors(t *testing.T) {
	st := openMem(t, seed(t, 5)) // nights base-4 .. base, pain 0..4
	last := NightOf(base.Add(5 * time.Hour))
	st.SaveContext(DayContext{Date: last, Alcohol: true, Exercise: true})
	st.SaveContext(DayContext{Date: last - 1, Alcohol: true, Fluids: FluidsLittle})
	st.CheckIn(last-6, CheckIn{NoCramps: true, Stretched: true})
	st.CheckIn(last-5, CheckIn{Stretched: true}) // cramps unknown: not logged
	st.CheckIn(last, CheckIn{NoCramps: true})    // contradicted by a cramp: counted once
	in, _ := st.SaveMedicine(Medicine{Name: "In range", Start: last - 1})
	st.SaveMedicine(Medicine{Name: "Stopped before", Start: last - 90, Stop: last - 10})
	snap := st.Snapshot()
	sum := Summarize(snap, last-6, last)
	if sum.Cramps != 5 || len(sum.Rows) != 5 || sum.LoggedNights != 6 || sum.StretchNights != 2 {
		t.Fatalf("cramps %d rows %d logged %d stretched %d", sum.Cramps, len(sum.Rows), sum.LoggedNights, sum.StretchNights)
	}
	logged := 0
	for _, n := range Nights(snap.Entries, snap.CheckIns, last-6, last) {
		if n.Logged() {
			logged++
		}
	}
	if logged != sum.LoggedNights {
		t.Fatalf("summary counts %d logged nights, Nights %d", sum.LoggedNights, logged)
	}
	for i, r := range sum.Rows {
		if r.Night != last-4+Day(i) || r.Note != "" || r.Pain != Score(4-i) || r.Leg != LegLeft || len(r.Tried) != 1 || r.Tried[0].Helped != HelpedYes {
			t.Errorf("row %d: %+v", i, r)
		}
	}
	if len(sum.Medicines) != 1 || sum.Medicines[0] != in {
		t.Fatalf("medicines %+v", sum.Medicines)
	}
	want := map[Factor]int{FactorAlcohol: 2, FactorExercise: 1, FactorFluidsLittle: 1}
	for _, f := range sum.FactorDays {
		if f.Days != want[f.Factor] {
			t.Errorf("%s: %d days, want %d", f.Factor, f.Days, want[f.Factor])
		}
	}
	withNotes := SummarizeWith(snap, last-6, last, SummaryOptions{Notes: true})
	for i, r := range withNotes.Rows {
		if e, _ := st.Entry(r.EntryID); r.Note == "" || r.Note != e.Note {
			t.Errorf("row %d note %q", i, r.Note)
		}
	}
}

func TestEntryFromGuide(t *testing.T) {
	at := base.In(cet)
	e := EntryFromGuide(at, []string{"stretch-calf", "", "walk-it-off", "stretch-calf"}, HelpedYes)
	want := []Tried{{Remedy: "stretch-calf", Helped: HelpedYes}, {Remedy: "walk-it-off", Helped: HelpedYes}}
	if !e.At.Equal(at) || e.Pain != Unset || e.Sleep != Unset || !slices.Equal(e.Tried, want) {
		t.Fatalf("%+v", e)
	}
	st := openMem(t, NewMemStorage())
	saved, err := st.SaveEntry(e)
	if err != nil || !slices.Equal(saved.Tried, want) {
		t.Fatalf("saved %+v, %v", saved, err)
	}
	if stats := RemedyStats([]Entry{saved}, saved.Night(), saved.Night()); len(stats) != 2 || stats[0].Helped != 1 {
		t.Fatalf("stats %+v", stats)
	}
	if none := EntryFromGuide(at, nil, ""); len(none.Tried) != 0 {
		t.Fatalf("no steps: %+v", none.Tried)
	}
}

// Rows come out oldest first whatever order the entries are in.
func TestSummaryRowsOrder(t *testing.T) {
	last := Date(2026, 3, 1)
	entries, _ := history(last) // shuffled
	sum := Summarize(Snapshot{Entries: entries}, last-83, last)
	if len(sum.Rows) != sum.Cramps || sum.Cramps == 0 {
		t.Fatalf("%d rows for %d cramps", len(sum.Rows), sum.Cramps)
	}
	if !slices.IsSortedFunc(sum.Rows, func(a, b SummaryRow) int { return a.At.Compare(b.At) }) {
		t.Fatal("rows not oldest first")
	}
}
