package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var warmDiaryOnce sync.Once

// warmDiary reads the diary once per page life, when the browser is idle
// after start, so that the Diary tab opens at once: reading five years of
// entries costs tens of milliseconds, better spent while nobody waits.
// The first-aid guide is left alone: nothing may slow it down.
func warmDiary(ctx app.Context) {
	if strings.HasPrefix(app.Window().URL().Path, "/cramp-now") {
		return
	}
	warmDiaryOnce.Do(func() {
		// Dispatch, not Defer: go-app runs deferred work only after some
		// dispatch, which would be the tap on Diary itself.
		whenIdle(func() { ctx.Dispatch(func(app.Context) { openDiary() }) })
	})
}
