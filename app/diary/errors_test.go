package diary

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The typed errors keep the sentences callers already show and append to.
func TestTypedSaveErrorsKeepTheirText(t *testing.T) {
	long := entryAt(base, 3)
	long.Note = strings.Repeat("x", MaxNoteRunes+5)
	long.Pain = 11
	day := DayContext{Date: DayOf(base), NewMedicine: strings.Repeat("m", MaxMedicineRunes+1)}
	cases := []struct {
		name  string
		save  func(st *Store) error
		text  string
		field string
		max   int
	}{
		{"entry", func(st *Store) error { _, err := st.SaveEntry(long); return err },
			fmt.Sprintf("This entry cannot be saved: pain is not between 0 and 10; the note is %d characters long; the most is %d", MaxNoteRunes+5, MaxNoteRunes),
			"note", MaxNoteRunes},
		{"day note", func(st *Store) error { _, err := st.SaveContext(day); return err },
			fmt.Sprintf("This day note cannot be saved: the new medicine is not text of at most %d characters", MaxMedicineRunes),
			"new medicine", MaxMedicineRunes},
		{"profile", func(st *Store) error { _, err := st.SaveProfile(Profile{AgeGroup: "old"}); return err },
			`The profile cannot be saved: unknown age group "old"`, "", 0},
	}
	for _, c := range cases {
		err := c.save(openMem(t, NewMemStorage()))
		if err == nil || err.Error() != c.text {
			t.Errorf("%s: %v\nwant %s", c.name, err, c.text)
			continue
		}
		var inv *ErrInvalid
		var tooLong *ErrTooLong
		if !errors.As(err, &inv) {
			t.Errorf("%s: not an ErrInvalid", c.name)
		}
		if c.field != "" && (!errors.As(err, &tooLong) || tooLong.Field != c.field || tooLong.Max != c.max) {
			t.Errorf("%s: ErrTooLong %+v", c.name, tooLong)
		}
	}
}

func TestStorageFullAndDamaged(t *testing.T) {
	s := seed(t, 1)
	st := openMem(t, s)
	s.QuotaBytes = 10
	_, err := st.SaveEntry(entryAt(base, 2))
	var write *WriteError
	if !errors.Is(err, ErrStorageFull) || !errors.Is(err, ErrQuota) || !errors.As(err, &write) || write.Op != OpSave ||
		err.Error() != "not saved: the phone's storage for this app is full" {
		t.Fatalf("full: %v", err)
	}
	s.QuotaBytes = 0
	s.Set(DayKey(Date(2026, 3, 1)), "garbage")
	st = openMem2(t, s)
	_, err = st.SaveContext(DayContext{Date: Date(2026, 3, 1), Alcohol: true})
	var damaged *ErrDamaged
	if !errors.As(err, &damaged) || damaged.Key != DayKey(Date(2026, 3, 1)) || !strings.HasPrefix(err.Error(), "a damaged value is stored under ") {
		t.Fatalf("damaged: %v", err)
	}
}

// openMem2 opens a store that is expected to report problems.
func openMem2(t *testing.T, s *MemStorage) *Store {
	st, _ := Open(s)
	st.SetClock((&clock{t: base}).now)
	return st
}

func TestTypedImportErrors(t *testing.T) {
	many := `{"format":"nightcramp-diary","schemaVersion":3,"entries":[` + strings.Repeat(`{},`, 99999) + `{}]}`
	cases := []struct {
		name  string
		data  []byte
		match func(error) bool
	}{
		{"too big", make([]byte, 2000), func(err error) bool {
			var e *ErrFileTooBig
			return errors.As(err, &e) && e.Size == 2000 && e.Max == 1000
		}},
		{"not json", []byte("hello"), func(err error) bool { return errors.Is(err, ErrNotDiaryFile) }},
		{"other format", []byte(`{"format":"x","schemaVersion":2}`), func(err error) bool { return errors.Is(err, ErrNotDiaryFile) }},
		{"no version", []byte(`{"format":"nightcramp-diary"}`), func(err error) bool { return errors.Is(err, ErrNotDiaryFile) }},
		{"newer", []byte(fmt.Sprintf(`{"format":"nightcramp-diary","schemaVersion":%d}`, SchemaVersion+1)), func(err error) bool {
			var e *ErrNewerFile
			return errors.As(err, &e) && e.Version == SchemaVersion+1 && !errors.Is(err, ErrNotDiaryFile)
		}},
		{"100,000 entries", []byte(many), func(err error) bool {
			var e *ErrTooManyRecords
			return errors.As(err, &e) && e.Kind == "entries" && e.Got == 100000 && e.Max == MaxImportRecords
		}},
	}
	for _, c := range cases {
		limit := 1000
		if c.name == "100,000 entries" {
			limit = 0
		}
		_, err := ParseImport(c.data, ImportOptions{MaxBytes: limit})
		if err == nil || !c.match(err) || len(err.Error()) > 300 {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
