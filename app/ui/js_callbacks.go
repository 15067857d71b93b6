package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// callOnce wraps fn as a browser callback that frees itself after its one
// call, for timers and frame callbacks that fire once.
func callOnce(fn func()) app.Func {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		fn()
		return nil
	})
	return cb
}

// whenIdle runs fn once the browser is idle (requestIdleCallback), or after
// a moment in browsers without it.
func whenIdle(fn func()) {
	win := app.Window()
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", callOnce(fn), map[string]any{"timeout": 3000})
		return
	}
	win.Call("setTimeout", callOnce(fn), 1500)
}

// afterPaint runs fn in the UI goroutine once the browser has painted the
// current frame, so that a screen can show what matters first and draw the
// rest a frame later. Two animation frames: the first callback runs before
// the current frame is painted, the second after it.
func afterPaint(ctx app.Context, fn func(app.Context)) {
	win := app.Window()
	win.Call("requestAnimationFrame", callOnce(func() {
		win.Call("requestAnimationFrame", callOnce(func() { ctx.Dispatch(fn) }))
	}))
}
