package diary

import (
	"errors"
	"maps"
	"testing"
)

// TestMigrationChainReachesCurrent proves every earlier version has a path
// to SchemaVersion, one step per version.
func TestMigrationChainReachesCurrent(t *testing.T) {
	for i, m := range migrations {
		if m.from != i+1 {
			t.Fatalf("step %d migrates from %d, want %d", i, m.from, i+1)
		}
	}
	if len(migrations) != SchemaVersion-1 {
		t.Fatalf("%d steps for schema %d", len(migrations), SchemaVersion)
	}
	for v := 1; v < SchemaVersion; v++ {
		got, err := migrate(NewMemStorage(), nil, v)
		if err != nil || got != SchemaVersion {
			t.Errorf("from %d: reached %d, %v", v, got, err)
		}
	}
}

// TestV1toV2 covers the pre-schema state: the theme key alone, and diary
// keys found without a meta key.
func TestV1toV2(t *testing.T) {
	s := seed(t, 3)
	s.Remove(MetaKey)
	s.Set(ThemeKey, "light")
	st, problems := Open(s)
	if len(problems) > 0 || len(st.Entries()) != 3 || st.ReadOnly() {
		t.Fatalf("problems %v, %d entries", problems, len(st.Entries()))
	}
	if v, _, _ := s.Get(ThemeKey); v != "light" {
		t.Fatalf("theme key became %q", v)
	}
	if v, _, _ := s.Get(MetaKey); v != encode(meta{Schema: SchemaVersion}) {
		t.Fatalf("meta %q", v)
	}
}

// TestMigrationCutShortRunsAgain: a failed meta write leaves the old
// version, opens read-only, and the next open finishes the job.
func TestMigrationCutShortRunsAgain(t *testing.T) {
	s := seed(t, 2)
	s.Remove(MetaKey)
	s.FailSet = func(key string) bool { return key == MetaKey }
	st, problems := Open(s)
	if !st.ReadOnly() || len(problems) != 1 || len(st.Entries()) != 2 {
		t.Fatalf("read-only %v problems %v", st.ReadOnly(), problems)
	}
	if _, ok, _ := s.Get(MetaKey); ok {
		t.Fatal("meta written despite failure")
	}
	if _, err := st.SaveEntry(entryAt(base, 1)); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("save during failed migration: %v", err)
	}
	s.FailSet = nil
	st, problems = Open(s)
	if st.ReadOnly() || len(problems) > 0 {
		t.Fatalf("second open: read-only %v problems %v", st.ReadOnly(), problems)
	}
}

// TestV2toV3 opens a diary saved by schema 2 (entries, day notes, a
// profile, a damaged entry, the theme): every value stays byte for byte,
// only the version note changes, everything reads as before, and the new
// kinds can then be saved.
func TestV2toV3(t *testing.T) {
	s := seed(t, 4)
	st := openMem(t, s)
	if _, err := st.SaveContext(DayContext{Date: Date(2026, 3, 1), Alcohol: true, NewMedicine: "quinine"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveProfile(Profile{AgeGroup: Age60Plus, Causes: []string{"statins"}}); err != nil {
		t.Fatal(err)
	}
	s.Set(MetaKey, `{"schema":2}`)
	s.Set(ThemeKey, "dark")
	s.Set(EntryKey("hurt"), "garbage")
	before, _ := s.GetAll()
	old := st.Snapshot()

	st, problems := Open(s)
	if len(problems) != 1 || problems[0].Key != EntryKey("hurt") || st.ReadOnly() {
		t.Fatalf("problems %v read-only %v", problems, st.ReadOnly())
	}
	after, _ := s.GetAll()
	if after[MetaKey] != `{"schema":3}` {
		t.Fatalf("meta %q", after[MetaKey])
	}
	delete(after, MetaKey)
	delete(before, MetaKey)
	if !maps.Equal(before, after) {
		t.Fatalf("migration changed stored values:\n%v\n%v", before, after)
	}
	snap := st.Snapshot()
	if encode(snap.Entries) != encode(old.Entries) || encode(snap.Contexts) != encode(old.Contexts) ||
		encode(snap.Profile) != encode(old.Profile) || snap.Schema != 3 || len(snap.CheckIns)+len(snap.Medicines) != 0 {
		t.Fatalf("read back differently: %+v", snap)
	}
	st.SetClock((&clock{t: base}).now)
	if _, err := st.CheckIn(Date(2026, 3, 1), CheckIn{NoCramps: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveMedicine(Medicine{Name: "Quinine", Start: Date(2026, 3, 1)}); err != nil {
		t.Fatal(err)
	}
	if re := openMem2(t, s).Snapshot(); len(re.CheckIns) != 1 || len(re.Medicines) != 1 || len(re.Entries) != 4 {
		t.Fatalf("after saving the new kinds: %+v", re)
	}
}

// An app that knows only schema 2 must not write to a diary with
// check-ins: the version note says 3, which it opens read-only (see
// TestFutureSchemaIsReadOnly for what read-only means).
func TestV3NoteIsWrittenOnFirstSave(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	if _, err := st.CheckIn(Date(2026, 3, 1), CheckIn{NoCramps: true}); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := s.Get(MetaKey); v != `{"schema":3}` {
		t.Fatalf("meta %q", v)
	}
}
