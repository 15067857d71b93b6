//go:build js

package browser

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PageURL is the browser's address when it is the address of the page
// being drawn (isPage says which paths are, without the site's prefix), and
// nil otherwise: during an in-app navigation go-app makes the new page
// before it changes the address (OnNav then brings the address).
//
// go-app draws a page once before its OnNav runs, and on the first load that
// drawing replaces the pre-rendered HTML: a page whose content comes from
// the URL reads it here, in OnInit, so that it never flashes an empty or
// wrong state (such as "No such entry") while the wasm takes over.
func PageURL(isPage func(path string) bool) *url.URL {
	u := app.Window().URL()
	if !isPage(Path()) {
		return nil
	}
	return u
}

// Path is the path of the browser's address, without the site's prefix.
func Path() string {
	path := strings.TrimPrefix(app.Window().URL().Path, app.Getenv("GOAPP_ROOT_PREFIX"))
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return path
}

// ReplaceAddress shows addr (a path with its query) in the address bar
// without a new history entry, keeping the entry's state (see MarkHistory).
// It does nothing when the address already reads so.
func ReplaceAddress(addr string) {
	win := app.Window()
	loc := win.Get("location")
	if loc.Get("pathname").String()+loc.Get("search").String() == addr {
		return
	}
	history := win.Get("history")
	Safely(func() { history.Call("replaceState", history.Get("state"), "", addr) })
}

// SetAddress shows addr in the address bar in place of the current
// history entry, whose state it clears.
func SetAddress(addr string) {
	app.Window().Get("history").Call("replaceState", nil, "", addr)
}

// MarkHistory puts a mark on the current history entry. The mark lives in
// the browser's history, so it survives a reload.
func MarkHistory(mark string) {
	history := app.Window().Get("history")
	Safely(func() { history.Call("replaceState", map[string]any{mark: true}, "") })
}

// HistoryMarked reports whether the current history entry has the mark.
func HistoryMarked(mark string) bool {
	state := app.Window().Get("history").Get("state")
	return state.Truthy() && state.Get(mark).Truthy()
}

// CanGoBack reports whether this tab's history has an entry before the
// current one.
func CanGoBack() bool { return app.Window().Get("history").Get("length").Int() > 1 }

// Back goes one entry back in the history.
func Back() { app.Window().Get("history").Call("back") }
