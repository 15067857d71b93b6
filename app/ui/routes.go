// Package ui holds Nightcramp's go-app components. It renders state and
// dispatches what the user asks for; knowledge-base logic lives in app/kb.
package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
)

// Pages are the fixed routes; the service worker precaches their
// pre-rendered HTML so that each opens offline with its own content.
var Pages = []string{"/", "/red-flags", "/sources", "/about", CrampNowPath}

// entryPrefix starts the path of every entry page: /entry/{id}.
const entryPrefix = "/entry/"

// EntryPages lists the path of every entry that has a page, for the static
// export.
func EntryPages(k *kb.KB) []string {
	var paths []string
	for _, t := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeMimic, kb.TypeRedFlag, kb.TypeFirstAid, kb.TypeMuscle} {
		for _, e := range k.Entries(t) {
			paths = append(paths, entryPrefix+e.ID)
		}
	}
	return paths
}

// Register routes every page to its component. The browser and the server
// both call it, so the server pre-renders exactly what the wasm takes over.
// A knowledge base that failed to load (loadErr) is said on every page
// instead of a blank screen.
func Register(k *kb.KB, loadErr error) {
	s := &site{kb: k, loadErr: loadErr}
	idleKB = k
	app.Route("/", func() app.Composer { return &Explorer{site: s} })
	// Only well-formed ids reach the page: go-app's server writes the path
	// into an attribute unescaped (see safeAttr).
	entries := func() {
		app.RouteWithRegexp("^"+entryPrefix+"[a-z0-9-]{1,80}$", func() app.Composer { return &EntryPage{site: s} })
	}
	if app.IsServer || strings.Contains(app.Window().URL().Path, entryPrefix) {
		entries()
	} else {
		// Compiling the pattern cost the browser's start about 15 ms
		// (profiled, full speed; the bounded repeat makes a large
		// program, and its code runs cold): a screen that is no entry
		// page registers it just after its first render, before a tap
		// can need it (an entry link tapped sooner would load the page
		// from the service worker instead).
		app.Window().Call("setTimeout", callOnce(entries), 0)
	}
	app.Route("/red-flags", func() app.Composer { return &RedFlagsPage{site: s} })
	app.Route("/sources", func() app.Composer { return &SourcesPage{site: s} })
	app.Route("/about", func() app.Composer { return &AboutPage{site: s} })
	registerDiary(s)
	app.Route(CrampNowPath, func() app.Composer { return &CrampNowPage{site: s} })
}

// site is what every page shares: the knowledge base, or why it is missing.
type site struct {
	kb      *kb.KB
	loadErr error
}
