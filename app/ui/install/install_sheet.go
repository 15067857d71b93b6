package install

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// installSheet shows, on iPhone and iPad, how to add the app to the home
// screen: Safari has no install prompt, only its Share menu. Each step
// carries a drawing of the icon to look for, as iOS draws it.
func installSheet(onClose app.EventHandler) app.UI {
	return app.Section().ID("install-sheet").Class("install-sheet").Aria("labelledby", "install-sheet-title").Body(
		app.H2().ID("install-sheet-title").Text("Add Nightcramp to your Home Screen"),
		app.Ol().Class("install-steps").Body(
			installStep(shareIcon, "Tap Share: the square with an arrow pointing up, at the bottom of Safari (at the top on iPad)."),
			installStep(addIcon, "Scroll down and tap Add to Home Screen."),
			installStep(nil, "Tap Add. Nightcramp is now on your Home Screen and works offline."),
		),
		app.Button().ID("install-sheet-close").Type("button").Class("quiet").Text("Close").OnClick(onClose),
	)
}

func installStep(icon []string, text string) app.UI {
	return app.Li().Body(
		app.If(icon != nil, func() app.UI { return stepIcon(icon) }),
		app.Span().Text(text),
	)
}

// stepIcon draws an outline icon from its paths; it only illustrates the
// words beside it, so screen readers skip it.
func stepIcon(paths []string) app.UI {
	return app.Elem("svg").XMLNS(site.SVGNS).Attr("viewBox", "0 0 24 24").Class("step-icon").
		Aria("hidden", "true").Attr("focusable", "false").Body(
		app.Range(paths).Slice(func(i int) app.UI {
			return site.SVGPath("", paths[i])
		}),
	)
}

// The outlines of iOS's Share and Add to Home Screen icons.
var (
	shareIcon = []string{
		"M12 3v12", "M8 7l4-4 4 4",
		"M8 10H6a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-9a1 1 0 0 0-1-1h-2",
	}
	addIcon = []string{
		"M7 3h10a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4z", "M12 8v8", "M8 12h8",
	}
)
