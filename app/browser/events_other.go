//go:build !js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func nothing() {}

// FollowWindow follows nothing outside a browser.
func FollowWindow(ctx app.Context, event string, fn func(app.Context)) (stop func()) {
	return nothing
}

// FollowMedia follows nothing outside a browser.
func FollowMedia(ctx app.Context, query string, fn func(app.Context)) (stop func()) {
	return nothing
}

// FollowVisible follows nothing outside a browser.
func FollowVisible(ctx app.Context, fn func(app.Context)) (stop func()) { return nothing }

// OnVisibilityChange follows nothing outside a browser.
func OnVisibilityChange(fn func()) {}

// Visible is true outside a browser: a native test looks at the page.
func Visible() bool { return true }

// Key is a key pressed anywhere on the page.
type Key struct {
	// Name is the key's value ("ArrowRight", " ", "Escape").
	Name string
	// Modified is true when Alt, Ctrl, Meta or Shift was held.
	Modified bool
}

// PreventDefault does nothing outside a browser.
func (k Key) PreventDefault() {}

// PressLink presses nothing outside a browser.
func (k Key) PressLink(classes ...string) bool { return false }

// OnKeyDown follows nothing outside a browser.
func OnKeyDown(fn func(Key)) (stop func()) { return nothing }

// OnStorageChange follows nothing outside a browser.
func OnStorageChange(fn func(key string, cleared bool)) {}
