// Package guide is the room for guides that are followed one step at a
// time, full screen, in the dark: the Cramp now first-aid guide and the
// bedtime stretching routine, one engine with a drawing, a hold timer, the
// warning signs, and an optional voice.
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
		{Path: site.CrampNowPath, Page: func(s *site.Site) app.Composer { return &guidePage{site: s, guide: firstAidGuide()} },
			Shortcut: &site.Shortcut{Name: "Cramp now: first aid", ShortName: "Cramp now",
				Description: "Step-by-step help to ease a cramp that is happening now"}},
		{Path: site.BedtimePath, Page: func(s *site.Site) app.Composer { return &guidePage{site: s, guide: bedtimeGuide()} },
			Shortcut: &site.Shortcut{Name: "Bedtime stretches", ShortName: "Stretches",
				Description: "Gentle stretches to do before sleep, one step at a time"}},
	}
}
