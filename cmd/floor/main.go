// Command floor is the smallest go-app page, built and served exactly like
// Nightcramp. It is the framework's floor that size and speed are measured
// against: what any go-app PWA costs before it does anything.
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
	h.typed = len(ctx.JSSrc().Get("value").String())
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	os.Exit(runNative(os.Args[1:]))
}
