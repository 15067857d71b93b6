package uitest

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Night is the fixed clock of the test sites: 03:10, so tonight is the
// evening before, the hour cramps wake people.
var Night = time.Date(2026, 3, 10, 3, 10, 0, 0, time.Local)

// The knowledge base is loaded once per test binary: every test reads it,
// none changes it.
var (
	kbOnce sync.Once
	kbVal  *kb.KB
	kbErr  error
)

// KB is the embedded knowledge base, the one the app ships.
func KB(t testing.TB) *kb.KB {
	t.Helper()
	kbOnce.Do(func() { kbVal, kbErr = kb.LoadEmbedded() })
	if kbErr != nil {
		t.Fatalf("the embedded knowledge base does not load: %v", kbErr)
	}
	return kbVal
}

// Opener opens a site's diary storage, as the browser's would.
type Opener = func() (diary.Storage, error)

// SiteWith is a site over the embedded knowledge base whose diary storage
// comes from open, on a clock stopped at at.
func SiteWith(t testing.TB, open Opener, at time.Time) *site.Site {
	t.Helper()
	return site.NewWith(KB(t), open, func() time.Time { return at })
}

// SiteAt is a site over a diary in memory, on a clock stopped at at.
func SiteAt(t testing.TB, mem *diary.MemStorage, at time.Time) *site.Site {
	t.Helper()
	return SiteWith(t, func() (diary.Storage, error) { return mem, nil }, at)
}

// Site is a site over a diary in memory at Night.
func Site(t testing.TB, mem *diary.MemStorage) *site.Site {
	t.Helper()
	return SiteAt(t, mem, Night)
}

// NoStorageSite is a site at at whose browser gives no storage, for why.
func NoStorageSite(t testing.TB, why string, at time.Time) *site.Site {
	t.Helper()
	return SiteWith(t, func() (diary.Storage, error) { return nil, errors.New(why) }, at)
}

// NoKBSite is a site at at whose knowledge base failed to load, for why.
func NoKBSite(t testing.TB, why string, at time.Time) *site.Site {
	t.Helper()
	s := SiteAt(t, diary.NewMemStorage(), at)
	s.KB, s.LoadErr = nil, loadError(why)
	return s
}

// loadError is why a knowledge base did not load.
type loadError string

func (e loadError) Error() string { return string(e) }

// AllEntries lists every entry of the knowledge base, type by type. The
// types are named here, not taken from kb, so that a new type the rooms
// do not list yet fails their tests.
func AllEntries(k *kb.KB) []*kb.Entry {
	var out []*kb.Entry
	for _, typ := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeFirstAid, kb.TypeRedFlag, kb.TypeMimic, kb.TypeMuscle, kb.TypeRoutine} {
		out = append(out, k.Entries(typ)...)
	}
	return out
}
