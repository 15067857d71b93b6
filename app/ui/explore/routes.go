// Package explore is the room where a person looks things up: the home
// page's search, filters and body map, each entry's page, the red flags,
// the sources and the about page.
//
// It may import app/kb, app/diary, app/browser, the ui's site and shell,
// and go-app; no other room.
package explore

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Routes are the room's fixed pages (entry pages are one per entry: see
// EntryPage).
func Routes() []site.Route {
	return []site.Route{
		{Path: site.HomePath, Page: func(s *site.Site) app.Composer { return &explorer{site: s} }},
		{Path: site.RedFlagsPath, Page: func(s *site.Site) app.Composer { return &redFlagsPage{site: s} }},
		{Path: "/sources", Page: func(s *site.Site) app.Composer { return &sourcesPage{site: s} }},
		{Path: "/about", Page: func(s *site.Site) app.Composer { return &aboutPage{site: s} }},
	}
}

// EntryPage makes the page of an entry; it reads which from the address.
func EntryPage(s *site.Site) app.Composer { return &entryPage{site: s} }
