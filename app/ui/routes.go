// Package ui holds Nightcramp's go-app components. It renders state and
// dispatches what the user asks for; knowledge-base logic lives in app/kb.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Pages are the fixed routes; the service worker precaches their
// pre-rendered HTML so that each opens offline with its own content.
var Pages = []string{"/", "/about"}

// Register routes every page. The browser and the server both call it, so
// the server pre-renders exactly what the wasm then takes over.
func Register() {
	app.Route("/", func() app.Composer { return &Home{} })
	app.Route("/about", func() app.Composer { return &About{} })
}
