// Package diarypages is the room of what a person keeps on the phone: the
// night diary (the nightly check-in, its charts and insights, the log form,
// the summary for a doctor, data export and import) and the profile of what
// applies to them, with their medicines. Figures come from app/diary; the
// words a person reads, typed errors included, are this room's
// (diary_wording.go, diary_insight_wording.go). The home page's morning
// check-in is shell.MorningCheckIn, since rooms do not import each other.
//
// It may import app/kb, app/diary, app/browser, the ui's site and shell,
// and go-app; no other room.
package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Routes are the diary's pages. Each is precached: the server renders an
// empty shell, since the diary lives only in the browser, and the wasm
// fills it, offline too.
func Routes() []site.Route {
	return []site.Route{
		{Path: site.DiaryPath, Page: func(s *site.Site) app.Composer { return &diaryPage{site: s} }},
		{Path: site.DiaryNewPath, Page: func(s *site.Site) app.Composer { return &diaryNewPage{site: s} },
			Shortcut: &site.Shortcut{Name: "Log a cramp", ShortName: "Log a cramp",
				Description: "Note a cramp in your diary, kept on this phone"}},
		{Path: "/diary/edit", Page: func(s *site.Site) app.Composer { return &diaryEditPage{site: s} }},
		{Path: "/diary/summary", Page: func(s *site.Site) app.Composer { return &diarySummaryPage{site: s} }},
		{Path: "/diary/data", Page: func(s *site.Site) app.Composer { return &diaryDataPage{site: s} }},
	}
}
