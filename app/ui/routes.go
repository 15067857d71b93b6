package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/diarypages"
	"github.com/nightcramp/nightcramp/app/ui/explore"
	"github.com/nightcramp/nightcramp/app/ui/guide"
	"github.com/nightcramp/nightcramp/app/ui/profile"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Route is one page of the app (see site.Route).
type Route = site.Route

// Shortcut is how the manifest names a page it offers as a shortcut.
type Shortcut = site.Shortcut

// The addresses the server, the worker and the tests name.
const (
	// CrampNowPath is the guided first aid.
	CrampNowPath = site.CrampNowPath
	// NotFoundPath is the page for addresses that are not routes.
	NotFoundPath = site.NotFoundPath
)

// fixedRoutes are the pages that exist whatever the knowledge base holds.
func fixedRoutes() []Route {
	return append(explore.Routes(), guide.Routes()...)
}

// notFoundRoute is the page for addresses that are not routes.
var notFoundRoute = Route{Path: NotFoundPath, Page: newNotFoundPage}

// Pages are the paths of the fixed routes (the diary's are DiaryPages).
var Pages = site.Paths(fixedRoutes())

// DiaryPages are the paths of the diary's routes and the profile's: both
// keep what lives only on the phone.
var DiaryPages = site.Paths(diaryRoutes())

// diaryRoutes are the pages of what a person keeps on the phone.
func diaryRoutes() []Route {
	return append(diarypages.Routes(), profile.Routes()...)
}

// Routes is the route table: the fixed pages, the diary's, one page per
// knowledge-base entry, and the not-found page. k may be nil (the knowledge
// base failed to load): there are then no entry pages.
func Routes(k *kb.KB) []Route {
	routes := append(fixedRoutes(), diaryRoutes()...)
	for _, p := range EntryPages(k) {
		routes = append(routes, Route{Path: p, Page: explore.EntryPage})
	}
	return append(routes, notFoundRoute)
}

// RoutePaths lists the path of every route of the table.
func RoutePaths(k *kb.KB) []string { return site.Paths(Routes(k)) }

// entryPattern matches any well-formed entry path, so that a link to an
// entry that no longer exists gets the entry page's "no such entry". Only
// well-formed ids reach the page: go-app's server writes the path into an
// attribute unescaped (see shell.SafeAttr).
const entryPattern = "^" + site.EntryPrefix + "[a-z0-9-]{1,80}/?$"

// EntryPages lists the path of every entry that has a page.
func EntryPages(k *kb.KB) []string {
	if k == nil {
		return nil
	}
	var paths []string
	for _, t := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeMimic, kb.TypeRedFlag, kb.TypeFirstAid, kb.TypeRoutine, kb.TypeMuscle} {
		for _, e := range k.Entries(t) {
			paths = append(paths, site.EntryPath(e.ID))
		}
	}
	return paths
}

// Register routes every page of the route table to its component, at its
// path and at its path with a trailing slash. The browser and the server
// both call it, so the server pre-renders exactly what the wasm takes over.
// A knowledge base that failed to load (loadErr) is said on every page
// instead of a blank screen. In the browser, any other address shows the
// not-found page rather than go-app's bare "404".
func Register(k *kb.KB, loadErr error) {
	s := site.New(k, loadErr)
	routes := Routes(k)
	for _, r := range routes {
		page := r.Page
		newPage := func() app.Composer { return page(s) }
		app.Route(r.Path, newPage)
		if r.Path != "/" {
			app.Route(r.Path+"/", newPage)
		}
	}
	patterns := func() {
		app.RouteWithRegexp(entryPattern, func() app.Composer { return explore.EntryPage(s) })
		if app.IsClient {
			// Last, so that every route above matches first. The server
			// leaves unknown addresses to its own 404.
			app.RouteWithRegexp("", func() app.Composer { return newNotFoundPage(s) })
		}
	}
	if app.IsServer || !isRoute(routes, browser.Path()) {
		patterns()
		return
	}
	// Compiling the entry pattern cost the browser's start about 15 ms
	// (profiled, full speed: its bounded repeat makes a large program, and
	// its code runs cold). Only an address that is no route needs the
	// patterns, so on a route's own page they wait until just after the
	// first render, before a tap can need them (a link to a missing entry
	// tapped sooner would load its page from the service worker instead).
	browser.After(0, patterns)
}

// isRoute reports whether path is the address of a route of the table, in
// either form.
func isRoute(routes []Route, path string) bool {
	if path != "/" {
		path = strings.TrimSuffix(path, "/")
	}
	for _, r := range routes {
		if r.Path == path {
			return true
		}
	}
	return false
}
