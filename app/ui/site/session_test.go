package site_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestSessionOpensTheDiaryOnceAndKeepsIt(t *testing.T) {
	mem := diary.NewMemStorage()
	first, err := diary.Open(mem)
	if len(err) != 0 {
		t.Fatalf("a new diary has problems: %v", err)
	}
	saved, serr := first.SaveEntry(diary.NewEntry(threeAM.Add(-time.Hour)))
	if serr != nil {
		t.Fatal(serr)
	}
	asked := 0
	s := memSite(t, mem, &asked)
	st, oerr := s.Diary.Open()
	if oerr != nil || st == nil {
		t.Fatalf("Open: %v, %v", st, oerr)
	}
	got := st.Entries()
	if len(got) != 1 || got[0].ID != saved.ID || !got[0].At.Equal(saved.At) {
		t.Errorf("the session reads %v, want the saved entry %s", got, saved.ID)
	}
	again, _ := s.Diary.Open()
	if again != st || asked != 1 {
		t.Errorf("a second Open read the diary again (storage asked %d times, same store %v)", asked, again == st)
	}
}

func TestSessionRereadsTheDiaryAfterAnotherTabWroteIt(t *testing.T) {
	mem := diary.NewMemStorage()
	s := memSite(t, mem, nil)
	st, _ := s.Diary.Open()
	if n := len(st.Entries()); n != 0 {
		t.Fatalf("an empty diary opens with %d entries", n)
	}
	other, _ := diary.Open(mem) // another tab
	if _, err := other.SaveEntry(diary.NewEntry(threeAM)); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Diary.Open(); again != st || len(again.Entries()) != 0 {
		t.Error("without a change signal the session should keep its copy")
	}
	site.ChangedElsewhere(s.Diary).Store(true) // what the storage event sets
	fresh, _ := s.Diary.Open()
	if fresh == st || len(fresh.Entries()) != 1 {
		t.Errorf("after another tab wrote, the session shows %d entries, want 1", len(fresh.Entries()))
	}
	if site.ChangedElsewhere(s.Diary).Load() {
		t.Error("the change signal stays set after the diary was read again")
	}
}

func TestSessionKeepsTheReasonThereIsNoStorage(t *testing.T) {
	asked := 0
	noStorage := errors.New("storage is switched off in this browser")
	s := site.NewSession(func() (diary.Storage, error) { asked++; return nil, noStorage }, nil)
	for i := 0; i < 3; i++ {
		st, err := s.Open()
		if st != nil || !errors.Is(err, noStorage) {
			t.Fatalf("Open %d: %v, %v; want no store and the reason", i, st, err)
		}
	}
	if asked != 1 {
		t.Errorf("a storage that failed was asked %d times", asked)
	}
	if p, ok := s.Profile(); ok || !p.Empty() {
		t.Errorf("without storage a profile is read: %+v", p)
	}
	if d := time.Since(s.Now()); d < 0 || d > time.Minute {
		t.Errorf("a nil clock is not the device's: %v", s.Now())
	}
}

func TestSessionReportsCorruptValuesAndOpensTheRest(t *testing.T) {
	mem := diary.NewMemStorage()
	good, _ := diary.Open(mem)
	kept, err := good.SaveEntry(diary.NewEntry(threeAM))
	if err != nil {
		t.Fatal(err)
	}
	bad := diary.EntryKey("broken-1")
	if err := mem.Set(bad, `{"id":"broken-1","at":`); err != nil {
		t.Fatal(err)
	}
	s := memSite(t, mem, nil)
	st, oerr := s.Diary.Open()
	if oerr != nil {
		t.Fatalf("a corrupt value failed the whole diary: %v", oerr)
	}
	if es := st.Entries(); len(es) != 1 || es[0].ID != kept.ID {
		t.Errorf("entries %v, want only the readable one", es)
	}
	found := false
	for _, p := range append(site.OpenProblems(s.Diary), st.Problems()...) {
		found = found || p.Key == bad
	}
	if !found {
		t.Errorf("the corrupt key %s is not reported: %v", bad, st.Problems())
	}
}

func TestProfileIsReadStraightFromStorage(t *testing.T) {
	mem := diary.NewMemStorage()
	s := memSite(t, mem, nil)
	if p, ok := s.Diary.Profile(); ok || !p.Empty() {
		t.Fatalf("an empty diary has a profile: %+v", p)
	}
	causes := s.KB.Entries("cause")
	if len(causes) == 0 {
		t.Fatal("no causes in the knowledge base")
	}
	st, _ := diary.Open(mem)
	want, err := st.SaveProfile(diary.Profile{}.WithCause(causes[0].ID, true))
	if err != nil {
		t.Fatal(err)
	}
	got, ok := s.Diary.Profile()
	if !ok || !got.Applies(causes[0].ID) || len(got.Causes) != len(want.Causes) {
		t.Errorf("profile read %+v (%v), want %+v", got, ok, want)
	}
	if err := mem.Set(diary.ProfileKey, `{"causes":`); err != nil {
		t.Fatal(err)
	}
	if p, ok := s.Diary.Profile(); ok || !p.Empty() {
		t.Errorf("a damaged profile is read as %+v", p)
	}
}

func TestTonightIsTheNightTheClockIsIn(t *testing.T) {
	for _, at := range []time.Time{
		threeAM,
		time.Date(2026, 3, 4, 11, 59, 0, 0, time.UTC),
		time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 4, 23, 30, 0, 0, time.UTC),
	} {
		s := site.NewSession(nil, func() time.Time { return at })
		if !s.Now().Equal(at) {
			t.Errorf("Now is %v, want the clock's %v", s.Now(), at)
		}
		want := diary.Date(at.Year(), at.Month(), at.Day())
		if at.Hour() < diary.NightCutoffHour {
			want = diary.Date(at.Year(), at.Month(), at.Day()-1)
		}
		if got := s.Tonight(); got != want || got != diary.NightOf(at) {
			t.Errorf("at %v tonight is %v, want %v", at, got, want)
		}
	}
}

func TestSessionOpensOnceUnderConcurrentRenders(t *testing.T) {
	mem := diary.NewMemStorage()
	var mu sync.Mutex
	asked := 0
	s := site.NewSession(func() (diary.Storage, error) { mu.Lock(); asked++; mu.Unlock(); return mem, nil }, nil)
	stores := make([]*diary.Store, 16)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Add(1)
		go func() { defer wg.Done(); stores[i], _ = s.Open() }()
	}
	wg.Wait()
	for i, st := range stores {
		if st == nil || st != stores[0] {
			t.Fatalf("render %d got store %p, want the one store %p", i, st, stores[0])
		}
	}
	if asked != 1 {
		t.Errorf("storage asked %d times", asked)
	}
}

// threeAM is the fixed clock of the tests: a night's small hours.
var threeAM = time.Date(2026, 3, 4, 3, 15, 0, 0, time.FixedZone("CET", 3600))

// memSite is the shared value over a diary in memory, counting how often
// the storage is asked for.
func memSite(t *testing.T, mem *diary.MemStorage, asked *int) *site.Site {
	t.Helper()
	return uitest.SiteWith(t, func() (diary.Storage, error) {
		if asked != nil {
			*asked++
		}
		return mem, nil
	}, threeAM)
}
