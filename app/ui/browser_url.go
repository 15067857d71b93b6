package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// browserURL is the browser's address when it is the address of the page
// being drawn (isPage says which paths are, without the site's prefix), and
// nil otherwise: on the server, and during an in-app navigation, where
// go-app makes the new page before it changes the address (OnNav then
// brings the address).
//
// go-app draws a page once before its OnNav runs, and on the first load that
// drawing replaces the pre-rendered HTML: a page whose content comes from
// the URL reads it here, in OnInit, so that it never flashes an empty or
// wrong state (such as "No such entry") while the wasm takes over.
func browserURL(isPage func(path string) bool) *url.URL {
	if app.IsServer {
		return nil
	}
	u := app.Window().URL()
	path := strings.TrimPrefix(u.Path, app.Getenv("GOAPP_ROOT_PREFIX"))
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	if !isPage(path) {
		return nil
	}
	return u
}
