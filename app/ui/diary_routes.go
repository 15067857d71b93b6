package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// DiaryPages are the diary's routes. Each is precached: the server renders
// an empty shell, since the diary lives only in the browser, and the wasm
// fills it, offline too.
var DiaryPages = []string{"/diary", "/diary/new", "/diary/edit", "/diary/summary", "/diary/data", "/profile"}

// registerDiary routes the diary's pages to their components.
func registerDiary(s *site) {
	app.Route("/diary", func() app.Composer { return &DiaryPage{site: s} })
	app.Route("/diary/new", func() app.Composer { return &DiaryNewPage{site: s} })
	app.Route("/diary/edit", func() app.Composer { return &DiaryEditPage{site: s} })
	app.Route("/diary/summary", func() app.Composer { return &DiarySummaryPage{site: s} })
	app.Route("/diary/data", func() app.Composer { return &DiaryDataPage{site: s} })
	app.Route("/profile", func() app.Composer { return &ProfilePage{site: s} })
}
