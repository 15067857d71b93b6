package diarypages

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// diarySummaryPage is one page to show or print for a doctor's visit: the
// date range, counts, pain, what was tried and the profile.
type diarySummaryPage struct {
	app.Compo
	site     *site.Site
	ready    bool
	err      error
	snap     diary.Snapshot
	from, to diary.Day
}

// summaryWeeks is the default span: the last 12 weeks.
const summaryWeeks = 12

// OnNav reads the diary; ?from= and ?to= (YYYY-MM-DD) choose the nights.
func (p *diarySummaryPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.load(ctx)
}

// load is OnNav's work in the browser, apart so that native tests can
// run it: natively go-app is the server and OnNav returns at once.
func (p *diarySummaryPage) load(ctx app.Context) {
	st, err := p.site.Diary.Open()
	p.err, p.ready = err, true
	if st == nil {
		return
	}
	p.snap = st.Snapshot()
	p.to = p.site.Diary.Tonight()
	p.from = p.to - 7*summaryWeeks + 1
	q := ctx.Page().URL().Query()
	if d, err := diary.ParseDay(q.Get("from")); err == nil {
		p.from = d
	}
	if d, err := diary.ParseDay(q.Get("to")); err == nil {
		p.to = d
	}
}

// Render draws the page.
func (p *diarySummaryPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/diary")
	}
	return shell.Layout(p.site, "/diary",
		app.Div().Class("summary-page").Body(
			app.H1().Text("Night cramps: summary for a doctor"),
			diaryBody(p.ready, p.err, p.content),
		),
	)
}

func (p *diarySummaryPage) content() app.UI {
	s := diary.Summarize(p.snap, p.from, p.to)
	return app.Div().ID("summary").Body(
		p.rangeForm(),
		app.P().Class("personal-note").Text("Personal notes kept by the patient in the Nightcramp app, not medical findings."),
		summaryCounts(s),
		summaryWhere(p.site, s),
		app.Section().Body(
			app.H2().Text("What was tried"),
			app.If(len(s.Remedies) == 0, func() app.UI { return app.P().Text("Nothing noted.") }).
				Else(func() app.UI { return remedyTable(p.site, s.Remedies) }),
		),
		summaryProfile(p.site, s.Profile),
		app.Div().Class("form-buttons no-print").Body(
			app.Button().ID("print-summary").Type("button").Text("Print").
				OnClick(func(ctx app.Context, e app.Event) { browser.Print() }),
			app.A().Class("button-link quiet").Href("/diary").Text("Back to the diary"),
		),
	)
}

// rangeForm chooses the nights; a plain GET form, so the range is in the
// URL and the page can be reopened as it was.
func (p *diarySummaryPage) rangeForm() app.UI {
	return app.Form().Class("log-form no-print").Attr("method", "get").Attr("action", "/diary/summary").Body(
		app.Div().Class("field").Body(
			app.Label().For("summary-from").Text("From the night of"),
			app.Input().ID("summary-from").Name("from").Type("date").Value(p.from.String()),
		),
		app.Div().Class("field").Body(
			app.Label().For("summary-to").Text("To the night of"),
			app.Input().ID("summary-to").Name("to").Type("date").Value(p.to.String()),
		),
		app.Div().Class("form-buttons").Body(app.Button().ID("summary-apply").Type("submit").Text("Show these nights")),
	)
}

func summaryCounts(s diary.Summary) app.UI {
	pain, sleep := "not rated", "not rated"
	if s.PainRated > 0 {
		pain = fmt.Sprintf("average %.1f, highest %d (of 10; %s rated)", s.PainAverage, s.PainMax, plural(s.PainRated, "cramp", "cramps"))
	}
	if s.SleepRated > 0 {
		sleep = fmt.Sprintf("average %.1f of 10 (%s rated)", s.SleepAverage, plural(s.SleepRated, "cramp", "cramps"))
	}
	rows := []struct{ id, label, value string }{
		{"sum-range", "Nights", fmt.Sprintf("%s to %s (%d nights)", longDate(s.From), longDate(s.To), s.Nights)},
		{"sum-cramps", "Cramps logged", strconv.Itoa(s.Cramps)},
		{"sum-nights", "Nights with cramps", strconv.Itoa(s.CrampNights)},
		{"sum-pain", "Pain", pain},
		{"sum-sleep", "Sleep disturbed", sleep},
	}
	if s.DurationAvg > 0 {
		rows = append(rows, struct{ id, label, value string }{"sum-duration", "Average length", durationText(int(s.DurationAvg.Seconds()))})
	}
	return app.Section().Body(
		app.H2().Text("Counts"),
		app.Dl().Class("summary-counts").Body(app.Range(rows).Slice(func(i int) app.UI {
			return app.Div().ID(rows[i].id).Body(app.Dt().Text(rows[i].label), app.Dd().Text(rows[i].value))
		})),
	)
}

func summaryWhere(s *site.Site, sum diary.Summary) app.UI {
	var lines []string
	for _, l := range append([]diary.Leg{}, diary.Legs...) {
		if n := sum.Legs[l]; n > 0 {
			lines = append(lines, fmt.Sprintf("%s: %d", legLabel(l), n))
		}
	}
	for _, m := range shell.MapMuscles {
		if n := sum.Muscles[m]; n > 0 {
			lines = append(lines, fmt.Sprintf("%s: %d", s.KB.Label(kb.VocabMuscle, m), n))
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return app.Section().Body(
		app.H2().Text("Where"),
		app.Ul().ID("sum-where").Body(app.Range(lines).Slice(func(i int) app.UI { return app.Li().Text(lines[i]) })),
	)
}

func summaryProfile(s *site.Site, p diary.Profile) app.UI {
	var lines []string
	if p.AgeGroup != "" {
		lines = append(lines, "Age: "+p.AgeGroup.Label())
	}
	for _, id := range p.Causes {
		lines = append(lines, entryTitle(s, id))
	}
	return app.Section().ID("sum-profile").Body(
		app.H2().Text("What may apply, as the patient chose"),
		app.If(len(lines) == 0, func() app.UI { return app.P().Text("No profile filled in.") }).
			Else(func() app.UI {
				return app.Ul().Body(app.Range(lines).Slice(func(i int) app.UI { return app.Li().Text(lines[i]) }))
			}),
	)
}
