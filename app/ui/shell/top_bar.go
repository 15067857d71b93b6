package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// topBar is the header of every screen: the name, the way to help and the
// navigation. As its own component it is drawn when the screen changes,
// not on every keystroke or tap within a screen: go-app redraws a child
// component only when its exported fields change.
type topBar struct {
	app.Compo
	// Current is the path of the screen shown, marked in the navigation.
	Current string
	site    *site.Site
}

// Render draws the header.
func (t *topBar) Render() app.UI {
	return app.Header().Class("topbar").Body(
		app.If(t.Current != site.HomePath, func() app.UI {
			// Installed, the app has no browser back button: this one is
			// shown then (see app.css, display-mode: standalone).
			return app.A().ID("back-link").Class("back-link").Href(site.HomePath).
				Aria("label", "Back").Body(app.Span().Aria("hidden", "true").Text("‹ Back")).OnClick(goBack)
		}),
		app.A().Class("brand").Href(site.HomePath).Text("Nightcramp"),
		&themeSwitch{},
		&crampNowButton{flags: t.site.Flags},
		app.Nav().Aria("label", "Main").Body(
			navLink(site.RedFlagsPath, "Get help", "nav-help", t.Current),
			navLink(site.DiaryPath, "Diary", "", t.Current),
			navLink("/sources", "Evidence", "", t.Current),
			navLink("/about", "About", "", t.Current),
		),
	)
}

func navLink(path, label, class, current string) app.UI {
	a := app.A().Href(path).Class(class).Text(label)
	if path == current {
		a = a.Aria("current", "page")
	}
	return a
}

// goBack goes back in the history, or home when the page was opened
// first (from the home screen, a link).
func goBack(ctx app.Context, e app.Event) {
	if !browser.CanGoBack() {
		return // the link's own address, home
	}
	e.PreventDefault()
	browser.Back()
}
