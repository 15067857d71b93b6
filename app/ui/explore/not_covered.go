package explore

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notCovered says which typed words the knowledge base knows nothing
// about, so that "vitamin e" never passes silently for vitamin B; for a
// medicine not on our list it says that this proves nothing, and where to
// go instead.
func (e *explorer) notCovered() app.UI {
	r := e.result
	if len(r.Unmatched) == 0 {
		return nil
	}
	words := quoteWords(r.Unmatched)
	notice := app.Div().ID("not-covered").Class("notice").Role("status")
	if !r.UnknownMedicine {
		return notice.Body(app.P().Text("Nothing here about " + words + "." + e.restMatches()))
	}
	return notice.Body(
		app.P().Text("Nothing here about "+words+". If it is a medicine, it is not on our list. That does not rule it out: many medicines can cause cramps."),
		app.Ul().Body(
			app.Li().Body(app.A().ID("medicines-link").Href(e.href(e.site.KB.MedicinesQuery())).Text("Medicines that can cause cramps")),
			app.Li().Text("Ask a pharmacist: they can check any medicine you take, for free."),
		),
	)
}

// restMatches tells whether the cards below answer the other words.
func (e *explorer) restMatches() string {
	if e.result.Total == 0 {
		return ""
	}
	return " The list below matches your other words."
}

// quoteWords joins words as “a”, “b” and “c”.
func quoteWords(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = "“" + w + "”"
	}
	if len(quoted) == 1 {
		return quoted[0]
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " and " + quoted[len(quoted)-1]
}
