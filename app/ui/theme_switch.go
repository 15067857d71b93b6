package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// themes are the choices in the order the switch cycles through them. What
// each means, and where it is kept, is web/theme.js's business.
var themes = []struct{ value, label string }{
	{"dark", "Dark"},
	{"light", "Light"},
	{"system", "Match system"},
}

// ThemeSwitch cycles the colour theme: dark (the default), light, or the
// system's setting.
type ThemeSwitch struct {
	app.Compo
	theme int
}

// OnMount shows the choice web/theme.js applied before the first paint.
func (s *ThemeSwitch) OnMount(ctx app.Context) {
	applied := app.Window().Get("document").Get("documentElement").Get("dataset").Get("theme")
	s.theme = 0
	for i, t := range themes {
		if applied.Truthy() && applied.String() == t.value {
			s.theme = i
		}
	}
}

// Render draws the switch.
func (s *ThemeSwitch) Render() app.UI {
	return app.Button().ID("theme-switch").Type("button").Class("theme-switch").
		Aria("label", "Theme: "+themes[s.theme].label+". Change theme").
		Text("Theme: " + themes[s.theme].label).
		OnClick(s.next)
}

func (s *ThemeSwitch) next(ctx app.Context, e app.Event) {
	s.theme = (s.theme + 1) % len(themes)
	if set := app.Window().Get("nightcrampSetTheme"); set.Truthy() {
		app.Window().Call("nightcrampSetTheme", themes[s.theme].value)
	}
}
