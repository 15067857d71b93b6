package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// ResultCard is one search result: kind, evidence badge, whether it
// applies to the person, title and the one-line summary; the whole card
// opens the entry.
func ResultCard(k *kb.KB, e *kb.Entry, applies bool) app.UI {
	return app.Li().Class("card").DataSet("id", e.ID).DataSet("type", string(e.Type)).Body(
		app.A().Href(site.EntryPrefix+e.ID).Body(
			app.Span().Class("card-meta").Body(
				app.Span().Class("type").Text(k.Label(kb.VocabType, string(e.Type))),
				GradeBadge(k, e),
				app.If(applies, func() app.UI {
					return app.Span().Class("badge applies").Text("Applies to you")
				}),
			),
			app.Span().Class("card-title").Text(e.Title),
			app.Span().Class("card-summary").Text(e.Summary),
		),
	)
}

// GradeBadge shows an entry's evidence grade; claims that are not advice
// say so in the badge itself.
func GradeBadge(k *kb.KB, e *kb.Entry) app.UI {
	if e.Grade == "" {
		return nil
	}
	label := k.Label(kb.VocabGrade, string(e.Grade))
	return app.Span().Class("badge grade-" + string(e.Grade)).Text(label)
}
