//go:build js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// follow calls fn on each event of a browser object go-app does not wrap
// and returns what stops it. fn runs in the UI goroutine, so it may change
// the component. Components call it in OnMount and the stop in OnDismount:
// pages mount a new frame on every navigation, and a listener left behind
// would leak.
func follow(ctx app.Context, target app.Value, event string, fn func(app.Context)) (stop func()) {
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

// FollowWindow follows an event of the window ("online", "offline").
func FollowWindow(ctx app.Context, event string, fn func(app.Context)) (stop func()) {
	return follow(ctx, app.Window(), event, fn)
}

// FollowMedia follows changes of a CSS media query's match.
func FollowMedia(ctx app.Context, query string, fn func(app.Context)) (stop func()) {
	return follow(ctx, app.Window().Call("matchMedia", query), "change", fn)
}

// FollowVisible calls fn each time the page comes back into view.
func FollowVisible(ctx app.Context, fn func(app.Context)) (stop func()) {
	doc := app.Window().Get("document")
	return follow(ctx, doc, "visibilitychange", func(ctx app.Context) {
		if Visible() {
			fn(ctx)
		}
	})
}

// OnVisibilityChange calls fn, outside go-app's goroutine, each time the
// page is hidden or shown, for the life of the page.
func OnVisibilityChange(fn func()) {
	app.Window().Get("document").Call("addEventListener", "visibilitychange", app.FuncOf(func(app.Value, []app.Value) any {
		fn()
		return nil
	}))
}

// Visible reports whether the page is shown.
func Visible() bool {
	return app.Window().Get("document").Get("visibilityState").String() == "visible"
}

// Key is a key pressed anywhere on the page.
type Key struct {
	event app.Value
	// Name is the key's value ("ArrowRight", " ", "Escape").
	Name string
	// Modified is true when Alt, Ctrl, Meta or Shift was held.
	Modified bool
}

// PreventDefault stops the browser's own answer to the key.
func (k Key) PreventDefault() { k.event.Call("preventDefault") }

// PressLink clicks the link the key was pressed on, when it has one of the
// classes, as Space presses a button: a link answers Enter only. It reports
// whether it did.
func (k Key) PressLink(classes ...string) bool {
	target := k.event.Get("target")
	if !target.Truthy() || target.Get("tagName").String() != "A" {
		return false
	}
	list := target.Get("classList")
	for _, c := range classes {
		if list.Call("contains", c).Bool() {
			k.PreventDefault()
			target.Call("click")
			return true
		}
	}
	return false
}

// OnKeyDown calls fn, outside go-app's goroutine, for each key pressed on
// the page, until stop is called.
func OnKeyDown(fn func(Key)) (stop func()) {
	win := app.Window()
	handler := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			e := args[0]
			modified := false
			for _, m := range []string{"altKey", "ctrlKey", "metaKey", "shiftKey"} {
				modified = modified || e.Get(m).Truthy()
			}
			fn(Key{event: e, Name: e.Get("key").String(), Modified: modified})
		}
		return nil
	})
	win.Call("addEventListener", "keydown", handler)
	return func() {
		win.Call("removeEventListener", "keydown", handler)
		handler.Release()
	}
}

// OnStorageChange calls fn, outside go-app's goroutine, when another tab
// of this site changes the local storage: the key changed, or cleared when
// the other tab emptied the storage.
func OnStorageChange(fn func(key string, cleared bool)) {
	app.Window().Call("addEventListener", "storage", app.FuncOf(func(_ app.Value, args []app.Value) any {
		key := args[0].Get("key")
		if key.IsNull() {
			fn("", true)
			return nil
		}
		fn(key.String(), false)
		return nil
	}))
}
