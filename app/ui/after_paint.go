package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// afterPaint runs fn in the UI goroutine once the browser has painted the
// current frame, so that a screen can show what matters first and draw the
// rest a frame later. Two animation frames: the first callback runs before
// the current frame is painted, the second after it.
func afterPaint(ctx app.Context, fn func(app.Context)) {
	win := app.Window()
	var first, second app.Func
	second = app.FuncOf(func(app.Value, []app.Value) any {
		second.Release()
		ctx.Dispatch(fn)
		return nil
	})
	first = app.FuncOf(func(app.Value, []app.Value) any {
		first.Release()
		win.Call("requestAnimationFrame", second)
		return nil
	})
	win.Call("requestAnimationFrame", first)
}
