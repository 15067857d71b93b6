package diary

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestCheckInSaveReopenAndRemove(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	night := NightOf(base) - 1
	got, err := st.CheckIn(night, CheckIn{NoCramps: true, Stretched: true})
	if err != nil || got.Night != night || got.Updated.IsZero() {
		t.Fatalf("saved %+v, %v", got, err)
	}
	again, err := st.CheckIn(night, CheckIn{NoCramps: true})
	if err != nil || !again.Updated.After(got.Updated) || again.Stretched {
		t.Fatalf("edit %+v, %v", again, err)
	}
	re := openMem(t, s)
	if c, ok := re.CheckInOf(night); !ok || c != again {
		t.Fatalf("reopened %+v %v, want %+v", c, ok, again)
	}
	if snap := re.Snapshot(); len(snap.CheckIns) != 1 || snap.CheckIns[0] != again {
		t.Fatalf("snapshot %+v", snap.CheckIns)
	}
	if _, err := re.CheckIn(night, CheckIn{}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Get(CheckInKey(night)); ok {
		t.Fatal("an empty check-in stayed stored")
	}
	if _, ok := re.CheckInOf(night); ok {
		t.Fatal("an empty check-in stayed in memory")
	}
}

func TestCheckInRefused(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	tonight := NightOf(base.Add(time.Second)) // the clock moves a second per reading
	cases := []struct {
		name  string
		night Day
		field string
	}{
		{"the night after tomorrow", tonight + 2, "night"},
		{"before 1970", -5, "night"},
		{"after 2200", Date(2300, 1, 1), "night"},
	}
	for _, c := range cases {
		_, err := st.CheckIn(c.night, CheckIn{NoCramps: true})
		var inv *ErrInvalid
		var field *FieldError
		if !errors.As(err, &inv) || inv.Record != "check-in" || !errors.As(err, &field) || field.Field != c.field {
			t.Errorf("%s: got %v", c.name, err)
		}
		if !strings.HasPrefix(err.Error(), "This check-in cannot be saved: ") {
			t.Errorf("%s: message %q", c.name, err)
		}
	}
	if all, _ := s.GetAll(); len(all) != 0 {
		t.Fatalf("refused check-ins wrote %v", all)
	}
	if _, err := st.CheckIn(tonight+1, CheckIn{Stretched: true}); err != nil {
		t.Fatalf("tonight's stretches (one night of slack): %v", err)
	}
}

// Damaged check-ins and medicines are kept raw, reported, and never
// written over, like every other stored kind.
func TestDamagedCheckInsAndMedicinesAreKept(t *testing.T) {
	night := Date(2026, 3, 1)
	cases := []struct{ name, key, value string }{
		{"not json", CheckInKey(night), "garbage"},
		{"night mismatch", CheckInKey(night), `{"night":"2026-03-02","noCramps":true,"updated":"2026-03-02T22:00:00Z"}`},
		{"says nothing", CheckInKey(night), `{"night":"2026-03-01","updated":"2026-03-02T22:00:00Z"}`},
		{"wrong type", CheckInKey(night), `{"night":"2026-03-01","noCramps":"yes","updated":"2026-03-02T22:00:00Z"}`},
		{"no updated", CheckInKey(night), `{"night":"2026-03-01","noCramps":true}`},
		{"medicine id mismatch", MedicineKey("m1"), `{"id":"m2","name":"x","start":"2026-03-01","updated":"2026-03-02T22:00:00Z"}`},
		{"medicine stop before start", MedicineKey("m1"), `{"id":"m1","name":"x","start":"2026-03-01","stop":"2026-02-01","updated":"2026-03-02T22:00:00Z"}`},
		{"medicine without name", MedicineKey("m1"), `{"id":"m1","name":" ","start":"2026-03-01","updated":"2026-03-02T22:00:00Z"}`},
	}
	for _, c := range cases {
		s := seed(t, 2)
		s.Set(c.key, c.value)
		st, problems := Open(s)
		if len(problems) != 1 || problems[0].Key != c.key || len(st.Entries()) != 2 {
			t.Errorf("%s: problems %v", c.name, problems)
			continue
		}
		snap := st.Snapshot()
		if len(snap.Unreadable) != 1 || snap.Unreadable[0].Value != c.value || len(snap.CheckIns)+len(snap.Medicines) != 0 {
			t.Errorf("%s: snapshot %+v", c.name, snap.Unreadable)
		}
		st.SetClock((&clock{t: base}).now)
		var err error
		if strings.HasPrefix(c.key, keyNight) {
			_, err = st.CheckIn(night, CheckIn{NoCramps: true})
		} else {
			_, err = st.SaveMedicine(Medicine{ID: "m1", Name: "x", Start: night})
		}
		var damaged *ErrDamaged
		if !errors.As(err, &damaged) || damaged.Key != c.key {
			t.Errorf("%s: save over it got %v", c.name, err)
		}
		if v, _, _ := s.Get(c.key); v != c.value {
			t.Errorf("%s: written over with %q", c.name, v)
		}
		line := SummarizeProblems(problems)
		if len(line) != 1 || !strings.Contains(line[0], "could not be read") {
			t.Errorf("%s: summary %q", c.name, line)
		}
	}
}

func TestNights(t *testing.T) {
	from := Date(2026, 3, 1)
	at := func(night Day, hour int) Entry { return NewEntry(night.Time().Add(time.Duration(hour) * time.Hour)) }
	entries := []Entry{at(from+1, 23), at(from+1, 27), at(from+3, 26), at(from-1, 23), at(from+9, 23)}
	checkIns := []CheckIn{
		{Night: from, NoCramps: true},
		{Night: from + 2, Stretched: true},                 // stretches only: cramps unknown
		{Night: from + 3, NoCramps: true, Stretched: true}, // contradicted by an entry
		{Night: from + 10, NoCramps: true},                 // outside
	}
	want := []NightLog{
		{Night: from, State: NightNoCramps},
		{Night: from + 1, State: NightCramps, Cramps: 2},
		{Night: from + 2, State: NightUnlogged, Stretched: true},
		{Night: from + 3, State: NightCramps, Cramps: 1, Stretched: true},
		{Night: from + 4, State: NightUnlogged},
	}
	got := Nights(entries, checkIns, from, from+4)
	if len(got) != len(want) {
		t.Fatalf("%d nights", len(got))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("night %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if Nights(entries, checkIns, from, from-1) != nil {
		t.Fatal("an empty range gave nights")
	}
}

func TestLoggedWeeks(t *testing.T) {
	from := Date(2026, 3, 2)
	var nights []NightLog
	// 10 nights: even ones logged, night i with i%3 cramps when logged.
	for i := range 10 {
		n := NightLog{Night: from + Day(i)}
		if i%2 == 0 {
			n.State, n.Cramps = NightNoCramps, i%3
			if n.Cramps > 0 {
				n.State = NightCramps
			}
		} else {
			n.Cramps = 5 // never counted: not logged (cannot happen, proves the filter)
		}
		nights = append(nights, n)
	}
	want := []LoggedWeek{
		{First: from, Logged: 4, Cramps: 0 + 2 + 1 + 0, CrampNights: 2}, // nights 0 2 4 6
		{First: from + 7, Logged: 1, Cramps: 2, CrampNights: 1},         // night 8
	}
	got := LoggedWeeks(nights)
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

func TestDeleteAllTakesCheckInsAndMedicines(t *testing.T) {
	st := fullDiary(t)
	if err := st.DeleteAll(); err != nil {
		t.Fatal(err)
	}
	if snap := st.Snapshot(); len(snap.CheckIns)+len(snap.Medicines)+len(snap.Entries) != 0 {
		t.Fatalf("left %+v", snap)
	}
	if re := openMem(t, st.s.(*MemStorage)).Snapshot(); len(re.CheckIns)+len(re.Medicines) != 0 {
		t.Fatalf("stored %+v", re)
	}
}
