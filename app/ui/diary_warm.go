package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// warmDiaryAfter is how long a browser without requestIdleCallback (Safari)
// waits before reading the diary.
const warmDiaryAfter = 1500

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
		var read app.Func
		read = app.FuncOf(func(app.Value, []app.Value) any {
			read.Release()
			// Dispatch, not Defer: go-app runs deferred work only after some
			// dispatch, which would be the tap on Diary itself.
			ctx.Dispatch(func(app.Context) { openDiary() })
			return nil
		})
		win := app.Window()
		if idle := win.Get("requestIdleCallback"); idle.Truthy() {
			win.Call("requestIdleCallback", read, map[string]any{"timeout": 3000})
			return
		}
		win.Call("setTimeout", read, warmDiaryAfter)
	})
}
