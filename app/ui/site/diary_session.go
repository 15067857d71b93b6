package site

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
)

// Session is the diary of this page session, opened when the browser is
// first idle (or on the first diary screen) and kept: reading 2,000 entries
// once, not on every screen.
type Session struct {
	storage func() (diary.Storage, error)
	clock   func() time.Time

	// The server renders pages on many goroutines with one Session (it
	// never opens a diary); in the browser go-app runs one goroutine. The
	// lock costs nothing there and keeps the server honest.
	mu       sync.Mutex
	store    *diary.Store
	problems []diary.Problem
	err      error // the browser has no storage at all

	// changedElsewhere is set when another tab of the app wrote to the
	// diary: the next screen here reads the diary again instead of
	// showing, and editing, an old copy. The browser's storage event
	// arrives outside go-app's goroutine, hence the atomic.
	changedElsewhere atomic.Bool
	followOnce       sync.Once
}

// NewSession returns a session on the given storage and clock; a nil clock
// is the device's.
func NewSession(storage func() (diary.Storage, error), clock func() time.Time) *Session {
	if clock == nil {
		clock = time.Now
	}
	return &Session{storage: storage, clock: clock}
}

// Open returns the open diary, opening it on first use. A nil store comes
// with the reason (no storage in this browser, or on the server).
func (s *Session) Open() (*diary.Store, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changedElsewhere.Swap(false) {
		s.store, s.err = nil, nil
	}
	if s.store == nil && s.err == nil {
		storage, err := s.storage()
		if err != nil {
			s.err = err
			return nil, err
		}
		s.followOtherTabs()
		s.store, s.problems = diary.Open(storage)
		s.store.SetClock(s.clock)
	}
	return s.store, s.err
}

// followOtherTabs listens, once per page, for the diary's keys changing in
// another tab (a cleared storage counts).
func (s *Session) followOtherTabs() {
	s.followOnce.Do(func() {
		browser.OnStorageChange(func(key string, cleared bool) {
			if cleared || diary.IsDiaryKey(key) {
				s.changedElsewhere.Store(true)
			}
		})
	})
}

// Now is the clock of the diary screens: the browser's, on its time zone.
func (s *Session) Now() time.Time { return s.clock() }

// Tonight is the latest night that has started, which ends every chart.
func (s *Session) Tonight() diary.Day { return diary.NightOf(s.Now()) }

// Profile reads the person's profile straight from storage, one key,
// without opening the whole diary: the explorer reads it on each visit, so
// that a change made on the profile screen shows at once.
func (s *Session) Profile() (diary.Profile, bool) {
	storage, err := s.storage()
	if err != nil {
		return diary.Profile{}, false
	}
	return diary.ReadProfile(storage)
}
