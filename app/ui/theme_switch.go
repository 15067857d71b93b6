package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// themeKey is where the theme choice is kept in localStorage; web/theme.js
// reads the same key to apply the choice before the first paint.
const themeKey = "nightcramp-theme"

// themes are the choices in the order the switch cycles through them.
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

// OnMount reads the stored choice; anything unknown means dark.
func (s *ThemeSwitch) OnMount(ctx app.Context) {
	stored := app.Window().Get("localStorage").Call("getItem", themeKey)
	s.theme = 0
	for i, t := range themes {
		if stored.Truthy() && stored.String() == t.value {
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
	value := themes[s.theme].value
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("theme", value)
	app.Window().Get("localStorage").Call("setItem", themeKey, value)
}
