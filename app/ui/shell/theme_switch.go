package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
)

// themes are the choices in the order the switch cycles through them. What
// each means, and where it is kept, is web/theme.js's business.
var themes = []struct{ value, label string }{
	{"dark", "Dark"},
	{"light", "Light"},
	{"system", "Match system"},
}

// themeSwitch cycles the colour theme: dark (the default), light, or the
// system's setting.
type themeSwitch struct {
	app.Compo
	theme int
}

// OnMount shows the choice web/theme.js applied before the first paint.
func (s *themeSwitch) OnMount(ctx app.Context) {
	applied := browser.Theme()
	s.theme = 0
	for i, t := range themes {
		if applied != "" && applied == t.value {
			s.theme = i
		}
	}
}

// Render draws the switch: a small round button beside the name, so that
// it never stands between a person and the results. Its name says the
// theme and what a tap does.
func (s *themeSwitch) Render() app.UI {
	name := "Theme: " + themes[s.theme].label
	return app.Button().ID("theme-switch").Type("button").Class("theme-switch").
		Aria("label", name+". Change theme").Title(name).
		Body(app.Span().Aria("hidden", "true").Text("◐")).
		OnClick(s.next)
}

func (s *themeSwitch) next(ctx app.Context, e app.Event) {
	s.theme = (s.theme + 1) % len(themes)
	browser.SetTheme(themes[s.theme].value)
}
