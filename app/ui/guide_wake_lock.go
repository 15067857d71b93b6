package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// screenLock keeps the screen on while the guide is open, with the Screen
// Wake Lock API where the browser has it. Without the API, or when the
// browser refuses, the guide works the same, silently: nothing here ever
// reaches the page.
//
// The browser drops the lock whenever the page is hidden, so the guide asks
// again each time it becomes visible.
type screenLock struct {
	wanted   bool      // the guide is open
	pending  bool      // a request is under way
	sentinel app.Value // the held lock, or nil
	// granted and refused answer the request's promise. They are made once
	// and never released: a promise may settle after the guide closed.
	granted, refused app.Func
}

// acquire asks for the lock unless it is held or being asked for.
func (l *screenLock) acquire() {
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
	if !callSafely(func() { wakeLock.Call("request", "screen").Call("then", l.granted, l.refused) }) {
		l.pending = false
	}
}

// release lets the screen sleep again, now or as soon as a pending request
// is granted.
func (l *screenLock) release() {
	l.wanted = false
	if l.sentinel == nil {
		return
	}
	s := l.sentinel
	l.sentinel = nil
	callSafely(func() { s.Call("release").Call("catch", l.refused) })
}

// listen makes the promise handlers once.
func (l *screenLock) listen() {
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
			l.release() // the guide closed while the browser was deciding
		}
		return nil
	})
	l.refused = app.FuncOf(func(this app.Value, args []app.Value) any {
		l.pending = false
		return nil
	})
}

// vibrate buzzes gently where the device can; elsewhere it does nothing.
func vibrate() {
	nav := app.Window().Get("navigator")
	if nav.Get("vibrate").Type() != app.TypeFunction {
		return
	}
	callSafely(func() { nav.Call("vibrate", []any{200}) })
}

// callSafely runs a call into the browser and reports whether it returned:
// a browser API that throws must not stop the guide.
func callSafely(call func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	call()
	return true
}
