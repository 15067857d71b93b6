package diarypages

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// timeline lists the cramps newest first, shown at a time, with a button
// for older ones, each with what was noted about its day. Notes are text:
// go-app sets them as text nodes.
func timeline(s *site.Site, entries []diary.Entry, contexts []diary.DayContext, shown int, more app.EventHandler) app.UI {
	list := entries[:min(shown, len(entries))]
	days := make(map[diary.Day]diary.DayContext, len(list))
	for _, c := range contexts {
		days[c.Date] = c
	}
	return app.Section().Aria("labelledby", "timeline-heading").Body(
		app.H2().ID("timeline-heading").Text("Timeline"),
		app.Ol().ID("timeline").Class("timeline").Body(app.Range(list).Slice(func(i int) app.UI {
			return timelineEntry(s, list[i], days[list[i].Night()])
		})),
		app.If(len(list) < len(entries), func() app.UI {
			return app.Button().ID("timeline-more").Type("button").Class("show-all").
				Text("Show older cramps").OnClick(more)
		}),
	)
}

func timelineEntry(s *site.Site, e diary.Entry, day diary.DayContext) app.UI {
	dayText := dayFacts(day)
	return app.Li().Class("timeline-entry").DataSet("id", e.ID).Body(
		app.H3().Text(e.At.Format("Mon 2 Jan 2006, 15:04")),
		app.P().Class("entry-headline").Text(entryHeadline(s, e)),
		app.P().Class("facts").Text(entryFacts(s, e)),
		app.If(dayText != "", func() app.UI {
			return app.P().Class("facts day-facts").Text("The day before: " + dayText)
		}),
		app.If(e.Note != "", func() app.UI {
			return app.P().Class("entry-note").Text(e.Note)
		}),
		app.A().Href("/diary/edit?id="+url.QueryEscape(e.ID)).Aria("label", "Change or delete the cramp of "+e.At.Format("2 Jan, 15:04")).Text("Change or delete"),
	)
}

// entryFacts is the rest of an entry in one line: duration, sleep, what was
// tried and whether it helped.
func entryFacts(s *site.Site, e diary.Entry) string {
	var parts []string
	if e.Duration > 0 {
		parts = append(parts, "lasted "+durationText(e.Duration))
	}
	if e.Sleep != diary.Unset {
		parts = append(parts, "sleep disturbed "+itoa(int(e.Sleep))+"/10")
	}
	for _, t := range e.Tried {
		tried := "tried " + entryTitle(s, t.Remedy)
		switch t.Helped {
		case diary.HelpedYes:
			tried += " (helped)"
		case diary.HelpedNo:
			tried += " (did not help)"
		}
		parts = append(parts, tried)
	}
	return strings.Join(parts, "; ")
}

// dayFacts says a day note in a few words: "alcohol, exercise, new
// medicine: statin"; "" when nothing was noted.
func dayFacts(c diary.DayContext) string {
	var parts []string
	for _, f := range diary.Factors {
		if yes, _ := factorOf(c, f); yes {
			parts = append(parts, factorName(f))
		}
	}
	if c.NewMedicine != "" {
		parts = append(parts, "new medicine: "+c.NewMedicine)
	}
	return strings.Join(parts, ", ")
}

// factorOf reads one factor of a day note, as app/diary's insights do.
func factorOf(c diary.DayContext, f diary.Factor) (yes, known bool) {
	switch f {
	case diary.FactorExercise:
		return c.Exercise, true
	case diary.FactorAlcohol:
		return c.Alcohol, true
	case diary.FactorCaffeine:
		return c.Caffeine, true
	case diary.FactorStanding:
		return c.Standing, true
	case diary.FactorSitting:
		return c.Sitting, true
	case diary.FactorFluidsLittle:
		return c.Fluids == diary.FluidsLittle, c.Fluids != ""
	case diary.FactorFluidsPlenty:
		return c.Fluids == diary.FluidsPlenty, c.Fluids != ""
	}
	return false, false
}
