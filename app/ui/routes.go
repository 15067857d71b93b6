// Package ui holds Nightcramp's go-app components. It renders state and
// dispatches what the user asks for; knowledge-base logic lives in app/kb.
package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
)

// Route is one page of the app, as plain data: Register routes it, the
// service worker precaches its pre-rendered HTML, the static export writes
// it, and the manifest offers it as a shortcut when Shortcut is set. Every
// route is precached, so that each opens offline with its own content.
type Route struct {
	// Path is the page's address in the app, without a trailing slash
	// ("/" for the home page). The page answers at Path+"/" too: that is
	// the form a static host serves from Path/index.html.
	Path string
	// Shortcut, when set, offers the page on a long press of the
	// home-screen icon.
	Shortcut *Shortcut
	page     func(*site) app.Composer
}

// Shortcut is how the manifest names a page it offers as a shortcut.
type Shortcut struct {
	Name, ShortName, Description string
}

// NotFoundPath is the page shown for an address that is not a route: the
// worker answers unknown navigations with it offline, and the static
// export copies it to 404.html for hosts that serve one.
const NotFoundPath = "/not-found"

// fixedRoutes are the pages that exist whatever the knowledge base holds.
var fixedRoutes = []Route{
	{Path: "/", page: func(s *site) app.Composer { return &Explorer{site: s} }},
	{Path: "/red-flags", page: func(s *site) app.Composer { return &RedFlagsPage{site: s} }},
	{Path: "/sources", page: func(s *site) app.Composer { return &SourcesPage{site: s} }},
	{Path: "/about", page: func(s *site) app.Composer { return &AboutPage{site: s} }},
	{Path: CrampNowPath, page: func(s *site) app.Composer { return &CrampNowPage{site: s} },
		Shortcut: &Shortcut{Name: "Cramp now: first aid", ShortName: "Cramp now",
			Description: "Step-by-step help to ease a cramp that is happening now"}},
}

// notFoundRoute is the page for addresses that are not routes.
var notFoundRoute = Route{Path: NotFoundPath, page: func(s *site) app.Composer { return &NotFoundPage{site: s} }}

// Pages are the paths of the fixed routes (the diary's are DiaryPages).
var Pages = paths(fixedRoutes)

// Routes is the route table: the fixed pages, the diary's, one page per
// knowledge-base entry, and the not-found page. k may be nil (the knowledge
// base failed to load): there are then no entry pages.
func Routes(k *kb.KB) []Route {
	routes := append(append([]Route{}, fixedRoutes...), diaryRoutes...)
	for _, p := range EntryPages(k) {
		routes = append(routes, Route{Path: p, page: newEntryPage})
	}
	return append(routes, notFoundRoute)
}

// RoutePaths lists the path of every route of the table.
func RoutePaths(k *kb.KB) []string { return paths(Routes(k)) }

func paths(routes []Route) []string {
	out := make([]string, len(routes))
	for i, r := range routes {
		out[i] = r.Path
	}
	return out
}

// entryPrefix starts the path of every entry page: /entry/{id}.
const entryPrefix = "/entry/"

// entryPattern matches any well-formed entry path, so that a link to an
// entry that no longer exists gets the entry page's "no such entry". Only
// well-formed ids reach the page: go-app's server writes the path into an
// attribute unescaped (see safeAttr).
const entryPattern = "^" + entryPrefix + "[a-z0-9-]{1,80}/?$"

func newEntryPage(s *site) app.Composer { return &EntryPage{site: s} }

// EntryPages lists the path of every entry that has a page.
func EntryPages(k *kb.KB) []string {
	if k == nil {
		return nil
	}
	var paths []string
	for _, t := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeMimic, kb.TypeRedFlag, kb.TypeFirstAid, kb.TypeMuscle} {
		for _, e := range k.Entries(t) {
			paths = append(paths, entryPrefix+e.ID)
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
	s := &site{kb: k, loadErr: loadErr}
	routes := Routes(k)
	for _, r := range routes {
		page := r.page
		newPage := func() app.Composer { return page(s) }
		app.Route(r.Path, newPage)
		if r.Path != "/" {
			app.Route(r.Path+"/", newPage)
		}
	}
	patterns := func() {
		app.RouteWithRegexp(entryPattern, func() app.Composer { return newEntryPage(s) })
		if app.IsClient {
			// Last, so that every route above matches first. The server
			// leaves unknown addresses to its own 404.
			app.RouteWithRegexp("", func() app.Composer { return &NotFoundPage{site: s} })
		}
	}
	if u := browserURL(func(path string) bool { return isRoute(routes, path) }); u == nil {
		patterns()
		return
	}
	// Compiling the entry pattern cost the browser's start about 15 ms
	// (profiled, full speed: its bounded repeat makes a large program, and
	// its code runs cold). Only an address that is no route needs the
	// patterns, so on a route's own page they wait until just after the
	// first render, before a tap can need them (a link to a missing entry
	// tapped sooner would load its page from the service worker instead).
	app.Window().Call("setTimeout", callOnce(patterns), 0)
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

// site is what every page shares: the knowledge base, or why it is missing.
type site struct {
	kb      *kb.KB
	loadErr error
}
