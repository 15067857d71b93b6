//go:build js

package browser

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

// After runs fn once, ms milliseconds from now (0: as soon as the current
// work is done), outside go-app's goroutine: dispatch to touch a component.
func After(ms int, fn func()) {
	app.Window().Call("setTimeout", callOnce(fn), ms)
}

// Every runs fn every ms milliseconds for the life of the page.
func Every(ms int, fn func()) {
	app.Window().Call("setInterval", app.FuncOf(func(app.Value, []app.Value) any {
		fn()
		return nil
	}), ms)
}

// WhenIdle runs fn once the browser is idle (requestIdleCallback), or after
// a moment in browsers without it.
func WhenIdle(fn func()) {
	win := app.Window()
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", callOnce(fn), map[string]any{"timeout": 3000})
		return
	}
	After(1500, fn)
}

// AfterPaint runs fn in the UI goroutine once the browser has painted the
// current frame, so that a screen can show what matters first and draw the
// rest a frame later. Two animation frames: the first callback runs before
// the current frame is painted, the second after it.
func AfterPaint(ctx app.Context, fn func(app.Context)) {
	win := app.Window()
	win.Call("requestAnimationFrame", callOnce(func() {
		win.Call("requestAnimationFrame", callOnce(func() { ctx.Dispatch(fn) }))
	}))
}

// NowMillis reads the page's wall clock, Date.now(), in milliseconds.
func NowMillis() float64 {
	return app.Window().Get("Date").Call("now").Float()
}
