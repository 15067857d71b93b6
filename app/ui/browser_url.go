package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// browserURL is the page's address in the browser, nil on the server.
// go-app draws a page once before its OnNav runs, and that first drawing
// replaces the pre-rendered HTML: a page whose content comes from the URL
// reads it here, in OnInit, so that it never flashes an empty or wrong
// state (such as "No such entry") while the wasm takes over.
func browserURL() *url.URL {
	if app.IsServer {
		return nil
	}
	return app.Window().URL()
}
