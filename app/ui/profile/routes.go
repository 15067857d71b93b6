// Package profile is the room where a person says what applies to them:
// the risk factors the explorer can filter by ("only what applies to
// me") and the medicines they take, with their dates, for the diary's
// insights and the doctor's summary. All of it stays on the phone.
//
// It may import app/kb, app/diary, app/browser, the ui's site and shell,
// and go-app; no other room.
package profile

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Routes are the room's pages: one, precached like every page, its shell
// drawn by the server and filled by the wasm.
func Routes() []site.Route {
	return []site.Route{
		{Path: site.ProfilePath, Page: func(s *site.Site) app.Composer { return &profilePage{site: s} }},
	}
}
