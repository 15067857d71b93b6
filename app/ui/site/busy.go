package site

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The busy signal: what the person is in the middle of, so that nothing
// reloads the page under them. A screen that holds something a reload would
// lose (a running first-aid timer, a diary entry not yet saved) marks it:
//
//	SetBusy(ctx, "timer", true)  // when the timer starts
//	SetBusy(ctx, "timer", false) // when it ends, and in OnDismount
//
// The update banner reads it when "Reload" is pressed and asks first while
// anything is busy. The app never reloads by itself, busy or not.
const busyState = "nightcramp-busy"

// SetBusy marks (busy true) or clears what the person is in the middle of,
// named by a short word such as "timer" or "diary". Call it from the UI
// goroutine (event handlers, OnMount, OnDismount, ctx.Dispatch).
func SetBusy(ctx app.Context, what string, busy bool) {
	var now map[string]bool
	ctx.GetState(busyState, &now)
	next := map[string]bool{}
	for k, v := range now {
		next[k] = v
	}
	if busy {
		next[what] = true
	} else {
		delete(next, what)
	}
	ctx.SetState(busyState, next)
}

// IsBusy reports whether anything is marked busy.
func IsBusy(ctx app.Context) bool {
	return len(BusyWith(ctx)) > 0
}

// BusyWith returns what is marked busy.
func BusyWith(ctx app.Context) map[string]bool {
	var now map[string]bool
	ctx.GetState(busyState, &now)
	return now
}
