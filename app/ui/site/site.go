// Package site holds what every page of the app shares: the knowledge base
// (or why it is missing), the diary session, the flags one screen leaves for
// another, and the route type and page addresses every room links to.
// It is passed one way, from Register down to each page; nothing in the UI
// keeps state in package variables.
//
// It may import app/kb, app/diary, app/browser and go-app; no room.
package site

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
)

// Site is the value every page shares.
type Site struct {
	// KB is the knowledge base; nil when it failed to load.
	KB *kb.KB
	// LoadErr says why KB is nil.
	LoadErr error
	// Diary is the diary of this page session.
	Diary *Session
	// Flags are the notes one screen leaves for another.
	Flags *Flags
	// Background is the once-per-page work the shell starts.
	Background *Background
}

// New returns the shared value for a knowledge base (or its load error),
// with a diary session on the browser's storage and clock.
func New(k *kb.KB, loadErr error) *Site {
	return &Site{KB: k, LoadErr: loadErr, Diary: NewSession(BrowserStorage, nil), Flags: &Flags{}, Background: &Background{}}
}

// NewWith returns the shared value over a given diary storage and clock:
// native tests use a diary.MemStorage and a fixed time.
func NewWith(k *kb.KB, storage func() (diary.Storage, error), clock func() time.Time) *Site {
	return &Site{KB: k, Diary: NewSession(storage, clock), Flags: &Flags{}, Background: &Background{}}
}

// Flags are what one component tells another across a navigation.
type Flags struct {
	// GuideFromApp is set by the header's Cramp now button just before
	// go-app navigates to the guide; the guide turns it into a mark on its
	// history entry, so that its exit can go back.
	GuideFromApp bool
}

// Route is one page of the app, as plain data: the root package routes it,
// the service worker precaches its pre-rendered HTML, the static export
// writes it, and the manifest offers it as a shortcut when Shortcut is set.
// Every route is precached, so that each opens offline with its own content.
type Route struct {
	// Path is the page's address in the app, without a trailing slash
	// ("/" for the home page). The page answers at Path+"/" too: that is
	// the form a static host serves from Path/index.html.
	Path string
	// Shortcut, when set, offers the page on a long press of the
	// home-screen icon.
	Shortcut *Shortcut
	// Page makes the page's component.
	Page func(*Site) app.Composer
}

// Shortcut is how the manifest names a page it offers as a shortcut.
type Shortcut struct {
	Name, ShortName, Description string
}

// Paths lists the path of each route.
func Paths(routes []Route) []string {
	out := make([]string, len(routes))
	for i, r := range routes {
		out[i] = r.Path
	}
	return out
}

// Background records the work each page life starts once, however many
// screens mount the components that start it.
type Background struct {
	// UpdateChecks starts the periodic checks for a new version.
	UpdateChecks sync.Once
	// IdleWork runs the work done when the browser is first idle.
	IdleWork sync.Once
}
