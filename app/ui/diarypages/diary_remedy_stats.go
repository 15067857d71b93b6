package diarypages

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// remedySection shows what the person tried in the chart's weeks and how
// often they said it helped: their own experience, not evidence.
func remedySection(s *site.Site, stats []diary.RemedyStat, from, to diary.Day) app.UI {
	return app.Section().Aria("labelledby", "remedies-heading").Body(
		app.H2().ID("remedies-heading").Text("What you tried"),
		app.P().Class("muted").Text("From "+shortDate(from)+" to "+shortDate(to)+", as you noted it. What helps one person may not help another."),
		app.If(len(stats) == 0, func() app.UI {
			return app.P().ID("remedies-none").Text("Nothing noted yet.")
		}).Else(func() app.UI {
			return remedyTable(s, stats)
		}),
	)
}

func remedyTable(s *site.Site, stats []diary.RemedyStat) app.UI {
	return scrollBox("Table of what you tried").Body(
		app.Table().ID("remedy-stats").Class("data-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("What"),
				app.Th().Scope("col").Text("Tried"),
				app.Th().Scope("col").Text("Helped"),
				app.Th().Scope("col").Text("Did not"),
				app.Th().Scope("col").Text("Not sure"),
			)),
			app.TBody().Body(app.Range(stats).Slice(func(i int) app.UI {
				r := stats[i]
				return app.Tr().DataSet("remedy", r.Remedy).Body(
					app.Th().Scope("row").Text(entryTitle(s, r.Remedy)),
					app.Td().Text(strconv.Itoa(r.Tried)),
					app.Td().Text(strconv.Itoa(r.Helped)),
					app.Td().Text(strconv.Itoa(r.NotHelped)),
					app.Td().Text(strconv.Itoa(r.Unsure)),
				)
			})),
		),
	)
}
