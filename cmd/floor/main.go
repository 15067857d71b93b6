// Command floor is the smallest go-app page, built and served exactly like
// Nightcramp. It is the framework's floor that size and speed are measured
// against: what any go-app PWA costs before it does anything.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct{ app.Compo }

func (h *hello) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Hello"),
		app.Input().ID("search").Type("search").Aria("label", "Type"),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	os.Exit(runNative(os.Args[1:]))
}
