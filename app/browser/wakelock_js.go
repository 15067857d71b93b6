//go:build js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ScreenLock keeps the screen on with the Screen Wake Lock API where the
// browser has it. Without the API, or when the browser refuses, nothing
// happens, silently. The browser drops the lock whenever the page is
// hidden: ask again (Acquire) each time it becomes visible.
type ScreenLock struct {
	wanted   bool      // the lock is wanted
	pending  bool      // a request is under way
	sentinel app.Value // the held lock, or nil
	// granted and refused answer the request's promise. They are made once
	// and never released: a promise may settle after the page moved on.
	granted, refused app.Func
}

// Acquire asks for the lock unless it is held or being asked for.
func (l *ScreenLock) Acquire() {
	l.wanted = true
	if l.pending || (l.sentinel != nil && !l.sentinel.Get("released").Truthy()) {
		return
	}
	wakeLock := app.Window().Get("navigator").Get("wakeLock")
	if !wakeLock.Truthy() {
		return
	}
	l.listen()
	l.pending = true
	if !Safely(func() { wakeLock.Call("request", "screen").Call("then", l.granted, l.refused) }) {
		l.pending = false
	}
}

// Release lets the screen sleep again, now or as soon as a pending request
// is granted.
func (l *ScreenLock) Release() {
	l.wanted = false
	if l.sentinel == nil {
		return
	}
	s := l.sentinel
	l.sentinel = nil
	Safely(func() { s.Call("release").Call("catch", l.refused) })
}

// listen makes the promise handlers once.
func (l *ScreenLock) listen() {
	if l.granted != nil {
		return
	}
	l.granted = app.FuncOf(func(this app.Value, args []app.Value) any {
		l.pending = false
		if len(args) == 0 {
			return nil
		}
		l.sentinel = args[0]
		if !l.wanted {
			l.Release() // released while the browser was deciding
		}
		return nil
	})
	l.refused = app.FuncOf(func(this app.Value, args []app.Value) any {
		l.pending = false
		return nil
	})
}
