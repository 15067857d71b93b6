package explore

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// sourcesPage explains the evidence grades and lists every source in full.
type sourcesPage struct {
	app.Compo
	site *site.Site
}

// Render draws the page.
func (p *sourcesPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/sources")
	}
	k := p.site.KB
	grades := k.Terms(kb.VocabGrade)
	sources := k.Sources()
	return shell.Layout(p.site, "/sources",
		app.H1().Text("Evidence and sources"),
		app.P().Class("lede").Text(k.Texts().EvidenceNote),
		app.Section().ID("grades").Body(
			app.H2().Text("How grades work"),
			app.Dl().Class("grades").Body(app.Range(grades).Slice(func(i int) app.UI {
				g := grades[i]
				return app.Div().Body(
					app.Dt().Body(app.Span().Class("badge grade-"+g.Value).Text(g.Label)),
					app.Dd().Text(g.Description),
				)
			})),
		),
		app.Section().ID("sources").Body(
			app.H2().Text("Sources"),
			app.Ul().Class("source-list").Body(app.Range(sources).Slice(func(i int) app.UI {
				s := sources[i]
				return app.Li().ID("src-"+s.ID).Body(
					app.Span().Class("source-kind").Text(k.Label(kb.VocabSourceKind, s.Kind)+": "),
					shell.Citation(s),
				)
			})),
		),
	)
}
