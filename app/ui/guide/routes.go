// Package guide is the room for the moment of a cramp: the full-screen
// first-aid guide, one step at a time with a drawing, a hold timer and the
// warning signs.
//
// It may import app/kb, app/diary, app/browser, the ui's site and shell,
// and go-app; no other room.
package guide

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Routes are the room's pages.
func Routes() []site.Route {
	return []site.Route{
		{Path: site.CrampNowPath, Page: func(s *site.Site) app.Composer { return &crampNowPage{site: s} },
			Shortcut: &site.Shortcut{Name: "Cramp now: first aid", ShortName: "Cramp now",
				Description: "Step-by-step help to ease a cramp that is happening now"}},
	}
}
