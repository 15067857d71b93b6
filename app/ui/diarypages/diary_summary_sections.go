package diarypages

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// crampTable lists each cramp of the summary, oldest first: a row each,
// which print keeps whole on one page. Notes are a column only when the
// person ticked them in.
func crampTable(s *site.Site, rows []diary.SummaryRow, notes bool) app.UI {
	heads := []string{"Date", "Time", "Where", "How long", "Pain", "Tried, and did it help?"}
	if notes {
		heads = append(heads, "Note")
	}
	return app.Section().ID("sum-each-cramp").Body(
		app.H2().Text("Each cramp"),
		app.If(len(rows) == 0, func() app.UI { return app.P().ID("sum-cramps-none").Text("No cramps logged in these nights.") }).
			Else(func() app.UI {
				return scrollBox("Table of each cramp").Body(
					app.Table().ID("summary-table").Class("data-table cramp-table").Body(
						app.THead().Body(app.Tr().Body(app.Range(heads).Slice(func(i int) app.UI {
							return app.Th().Scope("col").Text(heads[i])
						}))),
						app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
							return crampRow(s, rows[i], notes)
						})),
					),
				)
			}),
	)
}

func crampRow(s *site.Site, r diary.SummaryRow, notes bool) app.UI {
	where, long, pain := "–", "–", "–"
	if w := whereText(s, r.Leg, r.Muscles); w != "" {
		where = w
	}
	if r.Duration > 0 {
		long = durationText(r.Duration)
	}
	if r.Pain != diary.Unset {
		pain = itoa(int(r.Pain)) + "/10"
	}
	return app.Tr().DataSet("id", r.EntryID).Body(
		app.Td().Class("nowrap").Text(r.At.Format("Mon 2 Jan 2006")),
		app.Td().Text(r.At.Format("15:04")),
		app.Td().Text(where),
		app.Td().Text(long),
		app.Td().Text(pain),
		app.Td().Text(triedText(s, r.Tried)),
		app.If(notes, func() app.UI { return app.Td().Class("entry-note").Text(r.Note) }),
	)
}

// whereText is "Left leg: Calf", or what of it was said.
func whereText(s *site.Site, leg diary.Leg, muscles []string) string {
	var parts []string
	if leg != "" {
		parts = append(parts, legLabel(leg))
	}
	if len(muscles) > 0 {
		parts = append(parts, strings.Join(muscleLabels(s, muscles), ", "))
	}
	return strings.Join(parts, ": ")
}

// triedText is "Stretch (helped); Walk (did not help)".
func triedText(s *site.Site, tried []diary.Tried) string {
	if len(tried) == 0 {
		return "–"
	}
	parts := make([]string, len(tried))
	for i, t := range tried {
		parts[i] = entryTitle(s, t.Remedy) + helpedText(t.Helped)
	}
	return strings.Join(parts, "; ")
}

func helpedText(h diary.Helped) string {
	switch h {
	case diary.HelpedYes:
		return " (helped)"
	case diary.HelpedNo:
		return " (did not help)"
	case diary.HelpedUnsure:
		return " (not sure)"
	}
	return ""
}

// summaryMedicines lists the medicines taken in the range with their dates.
func summaryMedicines(ms []diary.Medicine) app.UI {
	return app.Section().ID("sum-medicines").Body(
		app.H2().Text("Medicines"),
		app.If(len(ms) == 0, func() app.UI { return app.P().Text("None noted for these nights.") }).
			Else(func() app.UI {
				return app.Ul().Body(app.Range(ms).Slice(func(i int) app.UI {
					return app.Li().DataSet("id", ms[i].ID).Text(ms[i].Name + ": " + shell.MedicineDates(ms[i]))
				}))
			}),
	)
}

// summaryFactors says on how many days each factor was noted, and the
// nights with stretches.
func summaryFactors(s diary.Summary) app.UI {
	var lines []string
	for _, f := range s.FactorDays {
		if f.Days > 0 {
			lines = append(lines, upperFirst(factorName(f.Factor))+": "+plural(f.Days, "day", "days"))
		}
	}
	if s.StretchNights > 0 {
		lines = append(lines, "Bedtime stretches: "+plural(s.StretchNights, "night", "nights"))
	}
	return app.Section().ID("sum-factors").Body(
		app.H2().Text("The day before, as noted"),
		app.P().Class("muted").Text(plural(len(s.Contexts), "day", "days")+" with a note about the day."),
		app.If(len(lines) > 0, func() app.UI {
			return app.Ul().Body(app.Range(lines).Slice(func(i int) app.UI { return app.Li().Text(lines[i]) }))
		}),
	)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
