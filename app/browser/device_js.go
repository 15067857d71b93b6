//go:build js

package browser

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Online reports whether the browser believes it has a connection.
func Online() bool { return app.Window().Get("navigator").Get("onLine").Bool() }

// Matches reports whether a CSS media query matches now.
func Matches(query string) bool {
	return app.Window().Call("matchMedia", query).Get("matches").Bool()
}

// HomeScreenApp reports iOS's own flag for an app opened from the home
// screen.
func HomeScreenApp() bool { return app.Window().Get("navigator").Get("standalone").Truthy() }

// IOS reports an iPhone or iPad. An iPad asks for desktop pages and says
// Macintosh: its touch screen tells it from a Mac.
func IOS() bool {
	nav := app.Window().Get("navigator")
	ua := nav.Get("userAgent").String()
	for _, device := range []string{"iPhone", "iPad", "iPod"} {
		if strings.Contains(ua, device) {
			return true
		}
	}
	return strings.Contains(ua, "Macintosh") && nav.Get("maxTouchPoints").Int() > 1
}

// Language is the browser's preferred language tag, such as "en-GB".
func Language() string { return app.Window().Get("navigator").Get("language").String() }

// Vibrate buzzes for ms milliseconds where the device can; elsewhere it
// does nothing.
func Vibrate(ms int) {
	nav := app.Window().Get("navigator")
	if nav.Get("vibrate").Type() != app.TypeFunction {
		return
	}
	Safely(func() { nav.Call("vibrate", []any{ms}) })
}

// Print opens the browser's print dialog ("Save as PDF" lives there).
func Print() { app.Window().Call("print") }

// Theme is the theme web/theme.js applied before the first paint, or "".
func Theme() string {
	applied := app.Window().Get("document").Get("documentElement").Get("dataset").Get("theme")
	if !applied.Truthy() {
		return ""
	}
	return applied.String()
}

// SetTheme applies and remembers a theme through web/theme.js.
func SetTheme(value string) {
	if set := app.Window().Get("nightcrampSetTheme"); set.Truthy() {
		app.Window().Call("nightcrampSetTheme", value)
	}
}

// CacheNames calls done, outside go-app's goroutine, with the names of the
// service worker's caches.
func CacheNames(done func(names []string)) {
	app.Window().Get("caches").Call("keys").Then(func(keys app.Value) {
		names := make([]string, keys.Length())
		for i := range names {
			names[i] = keys.Index(i).String()
		}
		done(names)
	})
}

// SetInputValue sets the value of the input with the id, if there is one
// and it reads otherwise (a pre-rendered field keeps what was typed).
func SetInputValue(id, value string) {
	if field := app.Window().GetElementByID(id); field.Truthy() && field.Get("value").String() != value {
		field.Set("value", value)
	}
}

// CloseOpen closes the first open <details> the selector finds and reports
// whether there was one.
func CloseOpen(selector string) bool {
	open := app.Window().Get("document").Call("querySelector", selector)
	if !open.Truthy() {
		return false
	}
	open.Set("open", false)
	return true
}
