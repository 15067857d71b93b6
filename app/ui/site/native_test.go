//go:build !js

package site_test

import (
	"errors"
	"testing"

	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// Outside a browser the diary has no storage, and says why: the server
// renders the diary pages as empty shells.
func TestNativeSiteHasNoDiaryStorage(t *testing.T) {
	k := uitest.KB(t)
	st, err := site.New(k, nil).Diary.Open()
	if st != nil || !errors.Is(err, site.ErrNoBrowser) {
		t.Errorf("a native page opened a diary: %v, %v", st, err)
	}
	if p, ok := site.New(k, nil).Diary.Profile(); ok || !p.Empty() {
		t.Errorf("a native page read a profile: %+v", p)
	}
}

func TestPersistenceIsRefusedOutsideABrowser(t *testing.T) {
	for name, ask := range map[string]func(func(bool, error)){"RequestPersist": site.RequestPersist, "Persisted": site.Persisted} {
		called := false
		ask(func(granted bool, err error) {
			called = true
			if granted || !errors.Is(err, site.ErrNoBrowser) {
				t.Errorf("%s: granted %v, %v", name, granted, err)
			}
		})
		if !called {
			t.Errorf("%s never answered", name)
		}
	}
}
