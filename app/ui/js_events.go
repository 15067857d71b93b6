package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// followEvent calls fn on each event of a browser object go-app does not wrap
// (window's online and offline, a media query's change) and returns what
// stops it. fn runs in the UI goroutine, so it may change the component.
// Components call it in OnMount and the stop in OnDismount: pages mount a
// new frame on every navigation, and a listener left behind would leak.
func followEvent(ctx app.Context, target app.Value, event string, fn func(app.Context)) (stop func()) {
	handler := app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(fn)
		return nil
	})
	target.Call("addEventListener", event, handler)
	return func() {
		target.Call("removeEventListener", event, handler)
		handler.Release()
	}
}
