package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// diaryRoutes are the diary's pages. Each is precached: the server renders
// an empty shell, since the diary lives only in the browser, and the wasm
// fills it, offline too.
var diaryRoutes = []Route{
	{Path: "/diary", page: func(s *site) app.Composer { return &DiaryPage{site: s} }},
	{Path: "/diary/new", page: func(s *site) app.Composer { return &DiaryNewPage{site: s} },
		Shortcut: &Shortcut{Name: "Log a cramp", ShortName: "Log a cramp",
			Description: "Note a cramp in your diary, kept on this phone"}},
	{Path: "/diary/edit", page: func(s *site) app.Composer { return &DiaryEditPage{site: s} }},
	{Path: "/diary/summary", page: func(s *site) app.Composer { return &DiarySummaryPage{site: s} }},
	{Path: "/diary/data", page: func(s *site) app.Composer { return &DiaryDataPage{site: s} }},
	{Path: "/profile", page: func(s *site) app.Composer { return &ProfilePage{site: s} }},
}

// DiaryPages are the paths of the diary's routes.
var DiaryPages = paths(diaryRoutes)
