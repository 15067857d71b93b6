package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// whenIdle runs fn once the browser is idle (requestIdleCallback), or after
// a moment in browsers without it.
func whenIdle(fn func()) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		fn()
		return nil
	})
	win := app.Window()
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", cb, map[string]any{"timeout": 3000})
		return
	}
	win.Call("setTimeout", cb, 1500)
}
