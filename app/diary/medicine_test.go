package diary

import (
	"errors"
	"strings"
	"testing"
)

func TestMedicineAddEditStopDelete(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	start := DayOf(base) - 30
	m, err := st.SaveMedicine(Medicine{Name: "  Quinine <b>x</b> ", KBID: "quinine", Start: start})
	if err != nil || m.ID == "" || m.Name != "Quinine <b>x</b>" || m.Stop != 0 {
		t.Fatalf("added %+v, %v", m, err)
	}
	m.Name = "Magnesium"
	if m, err = st.SaveMedicine(m); err != nil || m.Name != "Magnesium" {
		t.Fatalf("edit %+v, %v", m, err)
	}
	stopped, err := st.StopMedicine(m.ID, start+10)
	if err != nil || stopped.Stop != start+10 || !stopped.Updated.After(m.Updated) {
		t.Fatalf("stop %+v, %v", stopped, err)
	}
	if _, err := st.StopMedicine("nope", start); err == nil {
		t.Fatal("stopped a missing medicine")
	}
	re := openMem(t, s)
	if got := re.Medicines(); len(got) != 1 || got[0] != stopped {
		t.Fatalf("reopened %+v", got)
	}
	if snap := re.Snapshot(); len(snap.Medicines) != 1 || snap.Medicines[0] != stopped {
		t.Fatalf("snapshot %+v", snap.Medicines)
	}
	if err := re.DeleteMedicine(m.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Get(MedicineKey(m.ID)); ok || len(re.Medicines()) != 0 {
		t.Fatal("deleted medicine still there")
	}
}

func TestMedicineRefused(t *testing.T) {
	today := DayOf(base)
	cases := []struct {
		name  string
		m     Medicine
		field string
	}{
		{"no name", Medicine{Name: "  ", Start: today}, "name"},
		{"too long", Medicine{Name: strings.Repeat("é", MaxMedicineRunes+1), Start: today}, "medicine name"},
		{"control characters", Medicine{Name: "a\x00b", Start: today}, "name"},
		{"bad kb id", Medicine{Name: "x", KBID: "Not An Id", Start: today}, "kbId"},
		{"no start", Medicine{Name: "x"}, "start"},
		{"start after tomorrow", Medicine{Name: "x", Start: today + 2}, "start"},
		{"stop before start", Medicine{Name: "x", Start: today, Stop: today - 1}, "stop"},
		{"bad id", Medicine{ID: "A/B", Name: "x", Start: today}, "id"},
	}
	for _, c := range cases {
		s := NewMemStorage()
		st := openMem(t, s)
		_, err := st.SaveMedicine(c.m)
		var inv *ErrInvalid
		if !errors.As(err, &inv) || inv.Record != "medicine" {
			t.Errorf("%s: got %v", c.name, err)
			continue
		}
		found := false
		for _, r := range inv.Reasons {
			var f *FieldError
			var long *ErrTooLong
			found = found || errors.As(r, &f) && f.Field == c.field || errors.As(r, &long) && long.Field == c.field
		}
		if !found {
			t.Errorf("%s: no reason for %s in %v", c.name, c.field, err)
		}
		if all, _ := s.GetAll(); len(all) != 0 {
			t.Errorf("%s: wrote %v", c.name, all)
		}
	}
	st := openMem(t, NewMemStorage())
	if _, err := st.SaveMedicine(Medicine{Name: "x", Start: today + 1}); err != nil {
		t.Fatalf("tomorrow's start (one day of slack): %v", err)
	}
}

func TestMedicineLimit(t *testing.T) {
	st := openMem(t, NewMemStorage())
	for range MaxMedicines {
		if _, err := st.SaveMedicine(Medicine{Name: "x", Start: DayOf(base)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.SaveMedicine(Medicine{Name: "one more", Start: DayOf(base)}); err == nil {
		t.Fatal("saved a medicine over the limit")
	}
	m := st.Medicines()[0]
	m.Name = "edited"
	if _, err := st.SaveMedicine(m); err != nil {
		t.Fatalf("editing at the limit: %v", err)
	}
}

func TestMedicineActive(t *testing.T) {
	d := Date(2026, 3, 10)
	cases := []struct {
		m        Medicine
		from, to Day
		want     bool
	}{
		{Medicine{Start: d}, d - 5, d - 1, false},
		{Medicine{Start: d}, d - 5, d, true},
		{Medicine{Start: d}, d + 100, d + 200, true},
		{Medicine{Start: d, Stop: d + 3}, d + 3, d + 9, true},
		{Medicine{Start: d, Stop: d + 3}, d + 4, d + 9, false},
	}
	for i, c := range cases {
		if got := c.m.Active(c.from, c.to); got != c.want {
			t.Errorf("case %d: got %v", i, got)
		}
	}
}
