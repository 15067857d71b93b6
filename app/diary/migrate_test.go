package diary

import (
	"errors"
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
