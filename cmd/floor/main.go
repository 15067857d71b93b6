// Command floor is the smallest go-app page, built and served exactly like
// Nightcramp. It is the framework's floor that size and speed are measured
// against: what any go-app PWA costs before it does anything.
//
// Built with -tags core it is the product's fixed core instead: the same page
// with the knowledge base loaded into go-memdb and searched on every key, and
// no screens. Measured beside the floor and the app, it splits what the app
// costs into what any Nightcramp must pay and what its screens add.
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello shows what any go-app page does: render, and answer typing by
// re-rendering one line (the floor for keystroke-to-paint).
type hello struct {
	app.Compo
	typed int
}

func (h *hello) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Hello"),
		app.Input().ID("search").Type("search").Aria("label", "Type").OnInput(h.onInput),
		app.P().ID("result-count").Text(fmt.Sprintf("%d typed", h.typed)),
	)
}

func (h *hello) onInput(ctx app.Context, e app.Event) {
	h.typed = answer(ctx.JSSrc().Get("value").String())
}

// answer is the number the page shows for the typed text. The plain floor
// counts its letters; built with -tags core it searches the knowledge base
// (core.go).
var answer = func(text string) int { return len(text) }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	os.Exit(runNative(os.Args[1:]))
}
