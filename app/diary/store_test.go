package diary

import (
	"errors"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// The app opens the diary in idle time on every start: opening a storage
// with no diary writes nothing, and the first save adds the version note.
func TestOpenEmptyWritesNothingAndTheFirstSaveAddsTheVersion(t *testing.T) {
	s := NewMemStorage()
	s.Set(ThemeKey, "light")
	st, problems := Open(s)
	if len(problems) > 0 || st.ReadOnly() {
		t.Fatalf("problems %v, read-only %v", problems, st.ReadOnly())
	}
	all, _ := s.GetAll()
	if want := map[string]string{ThemeKey: "light"}; !maps.Equal(all, want) {
		t.Fatalf("storage after open: %v, want %v", all, want)
	}
	if snap := st.Snapshot(); snap.Schema != SchemaVersion || len(snap.Entries) != 0 {
		t.Fatalf("snapshot %+v", snap)
	}
	e, err := st.SaveEntry(entryAt(base, 3))
	if err != nil {
		t.Fatal(err)
	}
	all, _ = s.GetAll()
	if all[MetaKey] != encode(meta{Schema: SchemaVersion}) || all[EntryKey(e.ID)] == "" || len(all) != 3 {
		t.Fatalf("storage after the first save: %v", all)
	}
}

// A failed first write of the version note saves nothing.
func TestFirstSaveThatCannotWriteTheVersionSavesNothing(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	s.FailSet = func(key string) bool { return key == MetaKey }
	if _, err := st.SaveEntry(entryAt(base, 3)); err == nil {
		t.Fatal("saved without its version note")
	}
	if all, _ := s.GetAll(); len(all) != 0 || len(st.Entries()) != 0 {
		t.Fatalf("storage %v, entries %d after a failed first save", all, len(st.Entries()))
	}
}

func TestSaveEditDeleteSurviveReopen(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	e, err := st.SaveEntry(entryAt(base.Add(5*time.Hour), 7))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID == "" || e.Created.IsZero() || !e.Updated.Equal(e.Created) {
		t.Fatalf("saved entry %+v", e)
	}
	e.Pain, e.Note = 4, "<script>alert(1)</script>"
	e2, err := st.SaveEntry(e)
	if err != nil {
		t.Fatal(err)
	}
	if !e2.Created.Equal(e.Created) || !e2.Updated.After(e.Updated) {
		t.Fatalf("edit times: created %v->%v updated %v->%v", e.Created, e2.Created, e.Updated, e2.Updated)
	}
	other, _ := st.SaveEntry(entryAt(base.Add(-24*time.Hour), Unset))

	re := openMem(t, s)
	got, ok := re.Entry(e.ID)
	if !ok || got.Pain != 4 || got.Note != e.Note || encode(got) != encode(e2) {
		t.Fatalf("reopened %+v, want %+v", got, e2)
	}
	if o, _ := re.Entry(other.ID); o.Pain != Unset || o.Sleep != 3 {
		t.Fatalf("unset pain read back as %v", o.Pain)
	}
	if list := re.Entries(); len(list) != 2 || list[0].ID != e.ID {
		t.Fatalf("entries not newest first: %v", list)
	}
	if err := re.DeleteEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := openMem(t, s).Entry(e.ID); ok {
		t.Fatal("deleted entry came back")
	}
}

func TestUpdatedMovesForwardWhenClockGoesBack(t *testing.T) {
	st := openMem(t, NewMemStorage())
	e, _ := st.SaveEntry(entryAt(base, 5))
	st.SetClock(func() time.Time { return base.Add(-time.Hour) })
	e2, err := st.SaveEntry(e)
	if err != nil || !e2.Updated.After(e.Updated) {
		t.Fatalf("updated %v then %v (%v)", e.Updated, e2.Updated, err)
	}
}

func TestSaveRejectsInvalid(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	before, _ := s.GetAll()
	bad := []func(*Entry){
		func(e *Entry) { e.Pain = 11 },
		func(e *Entry) { e.Sleep = -2 },
		func(e *Entry) { e.Leg = "middle" },
		func(e *Entry) { e.Note = strings.Repeat("x", MaxNoteRunes+1) },
		func(e *Entry) { e.At = time.Time{} },
		func(e *Entry) { e.ID = "../profile" },
		func(e *Entry) { e.Duration = -1 },
		func(e *Entry) { e.Tried = []Tried{{Remedy: "x", Helped: "maybe"}} },
	}
	for i, mutate := range bad {
		e := entryAt(base, 5)
		mutate(&e)
		if _, err := st.SaveEntry(e); err == nil {
			t.Errorf("case %d saved", i)
		}
	}
	if after, _ := s.GetAll(); !maps.Equal(before, after) || len(st.Entries()) != 0 {
		t.Fatal("a refused save changed something")
	}
	ok := entryAt(base, 5)
	ok.Note = strings.Repeat("é", MaxNoteRunes) // runes, not bytes
	if _, err := st.SaveEntry(ok); err != nil {
		t.Fatal(err)
	}
}

func TestQuotaKeepsEverything(t *testing.T) {
	s := seed(t, 20)
	st := openMem(t, s)
	before, _ := s.GetAll()
	s.QuotaBytes = 1
	n := len(st.Entries())
	e := entryAt(base, 1)
	if _, err := st.SaveEntry(e); !errors.Is(err, ErrQuota) {
		t.Fatalf("got %v, want ErrQuota", err)
	}
	old := st.Entries()[3]
	old.Pain = 0
	if _, err := st.SaveEntry(old); !errors.Is(err, ErrQuota) {
		t.Fatalf("edit got %v", err)
	}
	if _, err := st.SaveProfile(Profile{AgeGroup: Age60Plus}); !errors.Is(err, ErrQuota) {
		t.Fatalf("profile got %v", err)
	}
	if after, _ := s.GetAll(); !maps.Equal(before, after) {
		t.Fatal("storage changed after quota errors")
	}
	if len(st.Entries()) != n || st.Entries()[3].Pain == 0 || !st.Profile().Empty() {
		t.Fatal("memory changed after quota errors")
	}
}

func TestContextAndProfile(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	d := Date(2026, 3, 2)
	if _, err := st.SaveContext(DayContext{Date: d, Exercise: true, Fluids: FluidsLittle, NewMedicine: "statin"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveProfile(Profile{AgeGroup: Age60Plus, Causes: []string{"statins", "pregnancy", "statins"}}); err != nil {
		t.Fatal(err)
	}
	re := openMem(t, s)
	c, ok := re.Context(d)
	if !ok || !c.Exercise || c.Fluids != FluidsLittle || c.NewMedicine != "statin" {
		t.Fatalf("context %+v", c)
	}
	if p := re.Profile(); strings.Join(p.Causes, ",") != "pregnancy,statins" || p.AgeGroup != Age60Plus {
		t.Fatalf("profile %+v", p)
	}
	if _, err := re.SaveContext(DayContext{Date: d}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Get(DayKey(d)); ok {
		t.Fatal("an empty day note stays stored")
	}
	if _, err := re.SaveContext(DayContext{Date: d, Fluids: "lots"}); err == nil {
		t.Fatal("bad fluids saved")
	}
	if _, err := re.SaveProfile(Profile{AgeGroup: "teen"}); err == nil {
		t.Fatal("bad age group saved")
	}
}

// corrupt lists stored values that must each be reported, kept and never
// written over, with the key kind they stand for.
var corrupt = []struct{ name, key, value string }{
	{"not json", EntryKey("a1"), "garbage"},
	{"half-written", EntryKey("a2"), `{"id":"a2","at":"2026-03-0`},
	{"trailing data", EntryKey("a3"), `{"id":"a3"} {"x":1}`},
	{"id mismatch", EntryKey("a4"), `{"id":"other","at":"2026-03-02T22:00:00Z","created":"2026-03-02T22:00:00Z","updated":"2026-03-02T22:00:00Z"}`},
	{"wrong type", EntryKey("a5"), `{"id":"a5","at":"2026-03-02T22:00:00Z","pain":"high"}`},
	{"out of range", EntryKey("a6"), `{"id":"a6","at":"2026-03-02T22:00:00Z","pain":12,"created":"2026-03-02T22:00:00Z","updated":"2026-03-02T22:00:00Z"}`},
	{"day mismatch", DayKey(Date(2026, 3, 1)), `{"date":"2026-03-02","updated":"2026-03-02T22:00:00Z"}`},
	{"bad profile", ProfileKey, `{"ageGroup":42}`},
	{"unknown kind", "nightcramp/v2/reminder/x", `{}`},
}

func TestCorruptValuesAreKeptAndReported(t *testing.T) {
	s := seed(t, 3)
	for _, c := range corrupt {
		s.Set(c.key, c.value)
	}
	before, _ := s.GetAll()
	st, problems := Open(s)
	if len(problems) != len(corrupt) {
		t.Fatalf("%d problems, want %d: %v", len(problems), len(corrupt), problems)
	}
	if st.ReadOnly() || len(st.Entries()) != 3 {
		t.Fatalf("read-only %v, %d entries", st.ReadOnly(), len(st.Entries()))
	}
	lines := SummarizeProblems(problems)
	want := []string{"6 entries could not be read", "1 day note could not be read", "1 profile could not be read", "1 stored value was not recognised"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Fatalf("summary %q", lines)
	}
	snap := st.Snapshot()
	if len(snap.Unreadable) != len(corrupt) {
		t.Fatalf("%d unreadable", len(snap.Unreadable))
	}
	for _, r := range snap.Unreadable {
		if before[r.Key] != r.Value || r.Reason == "" {
			t.Errorf("raw %s kept as %q (reason %q)", r.Key, r.Value, r.Reason)
		}
	}
	// A save over a damaged key is refused; others work.
	e := entryAt(base, 2)
	e.ID = "a1"
	if _, err := st.SaveEntry(e); err == nil {
		t.Fatal("saved over a damaged entry")
	}
	if err := st.DeleteEntry("a1"); err == nil {
		t.Fatal("deleted a damaged entry")
	}
	if _, err := st.SaveProfile(Profile{AgeGroup: AgeUnder40}); err == nil {
		t.Fatal("saved over a damaged profile")
	}
	if _, err := st.SaveEntry(entryAt(base, 2)); err != nil {
		t.Fatal(err)
	}
	after, _ := s.GetAll()
	for _, c := range corrupt {
		if after[c.key] != c.value {
			t.Errorf("%s: damaged value changed to %q", c.name, after[c.key])
		}
	}
}

func TestCorruptMetaOpensReadOnly(t *testing.T) {
	s := seed(t, 2)
	s.Set(MetaKey, `{"schema":`)
	st, problems := Open(s)
	if !st.ReadOnly() || len(problems) != 1 || len(st.Entries()) != 2 {
		t.Fatalf("read-only %v, problems %v, %d entries", st.ReadOnly(), problems, len(st.Entries()))
	}
	if _, err := st.SaveEntry(entryAt(base, 1)); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("save got %v", err)
	}
	if v, _, _ := s.Get(MetaKey); v != `{"schema":` {
		t.Fatal("damaged meta written over")
	}
}

func TestFutureSchemaIsReadOnly(t *testing.T) {
	s := seed(t, 2)
	future := SchemaVersion + 1
	s.Set(MetaKey, encode(meta{Schema: future}))
	s.Set("nightcramp/v9/entry/x", `{"new":"shape"}`)
	s.Set(EntryKey("v3-style"), `{"id":"v3-style","when":"tonight"}`)
	before, _ := s.GetAll()
	st, problems := Open(s)
	if !st.ReadOnly() || len(problems) == 0 || !strings.Contains(problems[0].Reason, "newer version") {
		t.Fatalf("read-only %v, problems %v", st.ReadOnly(), problems)
	}
	snap := st.Snapshot()
	if len(snap.Entries) != 2 || snap.Schema != future {
		t.Fatalf("%d entries readable, schema %d", len(snap.Entries), snap.Schema)
	}
	raw := map[string]string{}
	for _, r := range snap.Unreadable {
		raw[r.Key] = r.Value
	}
	for k, v := range before {
		if k != ThemeKey && raw[k] != v {
			t.Errorf("%s not kept raw for export", k)
		}
	}
	for _, write := range []func() error{
		func() error { _, err := st.SaveEntry(entryAt(base, 1)); return err },
		func() error { return st.DeleteEntry(snap.Entries[0].ID) },
		func() error { _, err := st.SaveContext(DayContext{Date: 1, Alcohol: true}); return err },
		func() error { _, err := st.SaveProfile(Profile{}); return err },
		func() error { _, err := st.ApplyImport(Plan{Add: snap.Entries}); return err },
		func() error { _, err := st.CheckIn(NightOf(base), CheckIn{NoCramps: true}); return err },
		func() error { _, err := st.SaveMedicine(Medicine{Name: "x", Start: NightOf(base)}); return err },
		func() error { return st.DeleteMedicine("x") },
	} {
		if err := write(); !errors.Is(err, ErrReadOnly) {
			t.Errorf("write got %v, want ErrReadOnly", err)
		}
	}
	if after, _ := s.GetAll(); !maps.Equal(before, after) {
		t.Fatal("a future-schema diary was written to")
	}
}

func TestDeleteAll(t *testing.T) {
	s := seed(t, 5)
	s.Set(ThemeKey, "system")
	s.Set("other-app", "x")
	s.Set(EntryKey("bad"), "garbage")
	s.Set(MetaKey, `{"schema":9}`)
	st, _ := Open(s)
	if err := st.DeleteAll(); err != nil {
		t.Fatal(err)
	}
	all, _ := s.GetAll()
	want := map[string]string{ThemeKey: "system", "other-app": "x", MetaKey: encode(meta{Schema: SchemaVersion})}
	if !maps.Equal(all, want) {
		t.Fatalf("after delete all: %v", all)
	}
	if st.ReadOnly() || len(st.Entries()) != 0 || len(st.Snapshot().Unreadable) != 0 {
		t.Fatal("state not cleared")
	}
	if _, err := st.SaveEntry(entryAt(base, 1)); err != nil {
		t.Fatal(err)
	}
}

func TestKeysUnreadable(t *testing.T) {
	st, problems := Open(failingStorage{})
	if !st.ReadOnly() || len(problems) != 1 || SummarizeProblems(problems)[0] == "" {
		t.Fatalf("read-only %v problems %v", st.ReadOnly(), problems)
	}
}

type failingStorage struct{}

func (failingStorage) Get(string) (string, bool, error) { return "", false, errors.New("denied") }
func (failingStorage) Set(string, string) error         { return errors.New("denied") }
func (failingStorage) Remove(string) error              { return errors.New("denied") }
func (failingStorage) Keys() ([]string, error)          { return nil, errors.New("denied") }

// TestEntriesStaySortedThroughSaves: the patched list always equals a full
// sort, and what a reopen reads, through saves, moves, edits and deletes,
// including entries at the same instant in other zones.
func TestEntriesStaySortedThroughSaves(t *testing.T) {
	s := seed(t, 40)
	st := openMem(t, s)
	held := st.Entries()
	heldCopy := slices.Clone(held)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 300 {
		list := st.Entries()
		switch op := rng.IntN(4); {
		case op == 0 && len(list) > 0:
			if err := st.DeleteEntry(list[rng.IntN(len(list))].ID); err != nil {
				t.Fatal(err)
			}
		case op == 1 && len(list) > 0:
			e := list[rng.IntN(len(list))]
			e.At = base.Add(time.Duration(rng.IntN(200)-100) * time.Hour)
			st.SaveEntry(e)
		default:
			at := base.Add(time.Duration(rng.IntN(20)) * time.Hour)
			if i%3 == 0 {
				at = at.In(cet)
			}
			st.SaveEntry(entryAt(at, Score(rng.IntN(11))))
		}
		got := st.Entries()
		want := slices.SortedFunc(maps.Values(st.entries), newestFirst)
		if !slices.EqualFunc(got, want, func(a, b Entry) bool { return a.ID == b.ID }) {
			t.Fatalf("step %d: list out of order", i)
		}
	}
	reopened := openMem(t, s).Entries()
	if !slices.EqualFunc(st.Entries(), reopened, func(a, b Entry) bool { return encode(a) == encode(b) }) {
		t.Fatal("memory and storage differ")
	}
	if !slices.EqualFunc(held, heldCopy, func(a, b Entry) bool { return encode(a) == encode(b) }) {
		t.Fatal("a slice returned earlier was changed under its holder")
	}
}

func TestIsDiaryKey(t *testing.T) {
	for key, want := range map[string]bool{
		EntryKey("a1"): true, DayKey(Day(20000)): true, ProfileKey: true, MetaKey: true,
		"nightcramp/future-kind": true, ThemeKey: false, "other-app": false, "": false,
	} {
		if got := IsDiaryKey(key); got != want {
			t.Errorf("IsDiaryKey(%q) = %v, want %v", key, got, want)
		}
	}
}
