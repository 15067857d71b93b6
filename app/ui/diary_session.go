package ui

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
)

// diarySession is the diary of this page session, opened when the browser
// is first idle (or on the first diary screen) and kept: reading 2,000
// entries once, not on every screen.
// go-app runs components on one goroutine, so it needs no lock.
var diarySession struct {
	store    *diary.Store
	problems []diary.Problem
	err      error // the browser has no storage at all
}

// changedElsewhere is set when another tab of the app wrote to the diary:
// the browser tells the other tabs (the storage event), and the next screen
// here reads the diary again instead of showing, and editing, an old copy.
// The event arrives outside go-app's goroutine, hence the atomic.
var (
	changedElsewhere    atomic.Bool
	followOtherTabsOnce sync.Once
)

// followOtherTabs listens, once per page, for the diary's keys changing in
// another tab (a null key means the other tab cleared the storage).
func followOtherTabs() {
	followOtherTabsOnce.Do(func() {
		app.Window().Call("addEventListener", "storage", app.FuncOf(func(_ app.Value, args []app.Value) any {
			key := args[0].Get("key")
			if key.IsNull() || diary.IsDiaryKey(key.String()) {
				changedElsewhere.Store(true)
			}
			return nil
		}))
	})
}

// openDiary returns the open diary, opening it on first use. A nil store
// comes with the reason (no storage in this browser, or on the server).
func openDiary() (*diary.Store, error) {
	s := &diarySession
	if changedElsewhere.Swap(false) {
		s.store, s.err = nil, nil
	}
	if s.store == nil && s.err == nil {
		storage, err := browserStorage()
		if err != nil {
			s.err = err
			return nil, err
		}
		followOtherTabs()
		s.store, s.problems = diary.Open(storage)
	}
	return s.store, s.err
}

// reopenDiary reads the storage again, after a change made outside this
// screen's own saves (delete everything, an import), so that every screen
// shows what is really stored.
func reopenDiary() (*diary.Store, error) {
	diarySession.store, diarySession.err = nil, nil
	return openDiary()
}

// now is the clock of the diary screens: the browser's, on its time zone.
func now() time.Time { return time.Now() }

// tonight is the latest night that has started, which ends every chart.
func tonight() diary.Day { return diary.NightOf(now()) }

// saveError words a failed save for a tired person. The core's message
// says what failed and that nothing saved before was lost; this adds that
// the form still holds what they typed, and what to do.
func saveError(err error) string {
	switch {
	case errors.Is(err, diary.ErrReadOnly):
		return "Not saved: this diary was written by a newer version of Nightcramp, so this version only reads it. Reload to get the newer version."
	case errors.Is(err, diary.ErrQuota):
		return err.Error() + ". What you typed is still in the form: free some space (Your data, then export and delete old entries) and press Save again."
	}
	return err.Error() + ". What you typed is still in the form."
}
