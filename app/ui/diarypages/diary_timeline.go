package diarypages

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// timeline lists the cramps newest first, shown at a time, with a button
// for older ones. Notes are text: go-app sets them as text nodes.
func timeline(s *site.Site, entries []diary.Entry, shown int, more app.EventHandler) app.UI {
	list := entries[:min(shown, len(entries))]
	return app.Section().Aria("labelledby", "timeline-heading").Body(
		app.H2().ID("timeline-heading").Text("Timeline"),
		app.Ol().ID("timeline").Class("timeline").Body(app.Range(list).Slice(func(i int) app.UI {
			return timelineEntry(s, list[i])
		})),
		app.If(len(list) < len(entries), func() app.UI {
			return app.Button().ID("timeline-more").Type("button").Class("show-all").
				Text("Show older cramps").OnClick(more)
		}),
	)
}

func timelineEntry(s *site.Site, e diary.Entry) app.UI {
	return app.Li().Class("timeline-entry").DataSet("id", e.ID).Body(
		app.H3().Text(e.At.Format("Mon 2 Jan 2006, 15:04")),
		app.P().Class("entry-headline").Text(entryHeadline(s, e)),
		app.P().Class("facts").Text(entryFacts(s, e)),
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
