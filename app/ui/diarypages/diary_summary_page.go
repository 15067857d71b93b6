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
// date range, counts, the weekly chart, each cramp in a table, what was
// tried, medicines, day factors and the profile.
type diarySummaryPage struct {
	app.Compo
	site     *site.Site
	ready    bool
	err      error
	snap     diary.Snapshot
	from, to diary.Day
	preset   string // "4w", "3m", "all", or "" for the default range
	notes    bool   // the person ticked their notes in
	// whole is false for the first frame, which draws the top of the page
	// and the table's first rows (firstRows); the rest follows a frame
	// later, long before a person could print.
	whole bool
	// read counts the diary's reads; sum holds the figures of the last read
	// and range, so that the second frame and every tap reuse them.
	read int
	sum  *summaryFigures
}

// summaryFigures are the summary's figures for one read, range and choice
// of notes.
type summaryFigures struct {
	key   summaryKey
	s     diary.Summary
	weeks []diary.LoggedWeek
}

// summaryKey says which read, nights and notes figures belong to.
type summaryKey struct {
	read     int
	from, to diary.Day
	notes    bool
}

// firstRows is how many cramps the first frame lists: a phone shows fewer.
const firstRows = 12

// summaryPresets are the quick ranges, as ?range= says them.
var summaryPresets = []struct {
	value, label string
	preset       diary.RangePreset
}{
	{"4w", "Last 4 weeks", diary.Range4Weeks},
	{"3m", "Last 3 months", diary.Range3Months},
	{"all", "Everything", diary.RangeAll},
}

// OnNav reads the diary; ?range= picks a preset, ?from= and ?to=
// (YYYY-MM-DD) choose the nights, ?notes=1 adds the notes.
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
	p.snap, p.read = st.Snapshot(), p.read+1
	tonight := p.site.Diary.Tonight()
	q := ctx.Page().URL().Query()
	// The default starts at the diary's first night (12 weeks at most), so
	// a new diary's summary does not count nights before it began.
	p.from, p.to = diary.DefaultRange(p.snap, tonight)
	p.preset = ""
	for _, r := range summaryPresets {
		if q.Get("range") == r.value {
			p.from, p.to = r.preset.Range(p.snap, tonight)
			p.preset = r.value
		}
	}
	if d, err := diary.ParseDay(q.Get("from")); err == nil {
		p.from, p.preset = d, ""
	}
	if d, err := diary.ParseDay(q.Get("to")); err == nil {
		p.to, p.preset = d, ""
	}
	p.from = min(p.from, p.to) // an end before the start is a single night
	p.notes = q.Get("notes") == "1"
	p.whole = false
	browser.AfterPaint(ctx, func(app.Context) { p.whole = true })
}

// Render draws the page.
func (p *diarySummaryPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/diary")
	}
	return shell.Layout(p.site, "/diary",
		app.Div().Class("summary-page").Body(
			app.H1().Text("Night cramps: summary for a doctor"),
			shell.DiaryBody(p.ready, p.err, p.content),
		),
	)
}

func (p *diarySummaryPage) content() app.UI {
	fig := p.figures()
	s, weeks := fig.s, fig.weeks
	return app.Div().ID("summary").Body(
		p.presetLinks(),
		p.rangeForm(),
		app.P().Class("personal-note").Text("Personal notes kept by the patient in the Nightcramp app, not medical findings. "+
			"A night counts as logged when it has a cramp or the patient checked in “no cramps”."),
		summaryCounts(s),
		app.Section().ID("sum-weeks").Body(
			app.H2().Text("Cramps per week"),
			weeksChart("sum-weeks-chart", weeks, weeksTable("sum-weeks-table", weeks, s.To)),
		),
		crampTable(p.site, p.shownRows(s.Rows), p.notes),
		app.If(p.whole, func() app.UI { return p.rest(s) }),
		app.Div().Class("form-buttons no-print").Body(
			app.Button().ID("print-summary").Class("primary").Type("button").Text("Save as PDF or print").
				OnClick(func(ctx app.Context, e app.Event) { browser.Print() }),
			app.A().Class("button-link quiet").Href("/diary").Text("Back to the diary"),
		),
	)
}

// figures returns the summary's figures, working them out when the
// diary, the range or the notes changed.
func (p *diarySummaryPage) figures() *summaryFigures {
	key := summaryKey{read: p.read, from: p.from, to: p.to, notes: p.notes}
	if p.sum == nil || p.sum.key != key {
		// Only the range's entries are read: a long diary's others are skipped.
		snap := windowed(p.snap, p.from, p.to)
		p.sum = &summaryFigures{key: key,
			s:     diary.SummarizeWith(snap, p.from, p.to, diary.SummaryOptions{Notes: p.notes}),
			weeks: diary.LoggedWeeks(diary.Nights(snap.Entries, snap.CheckIns, p.from, p.to))}
	}
	return p.sum
}

// shownRows are the table's rows this frame: the first ones, then all.
func (p *diarySummaryPage) shownRows(rows []diary.SummaryRow) []diary.SummaryRow {
	if p.whole {
		return rows
	}
	return rows[:min(len(rows), firstRows)]
}

// rest is the summary below the table of cramps.
func (p *diarySummaryPage) rest(s diary.Summary) app.UI {
	return app.Div().ID("summary-rest").Body(
		summaryWhere(p.site, s),
		app.Section().Body(
			app.H2().Text("What was tried"),
			app.If(len(s.Remedies) == 0, func() app.UI { return app.P().Text("Nothing noted.") }).
				Else(func() app.UI { return remedyTable(p.site, s.Remedies) }),
		),
		summaryMedicines(s.Medicines),
		summaryFactors(s),
		summaryProfile(p.site, s.Profile),
	)
}

// presetLinks are the quick ranges; the one shown is marked current.
func (p *diarySummaryPage) presetLinks() app.UI {
	return app.Nav().ID("summary-presets").Class("chart-switch no-print").Aria("label", "Nights to show").Body(
		app.Range(summaryPresets).Slice(func(i int) app.UI {
			r := summaryPresets[i]
			a := app.A().ID("range-" + r.value).Class("button-link quiet").Href("/diary/summary?range=" + r.value).Text(r.label)
			if p.preset == r.value {
				a = a.Aria("current", "page")
			}
			return a
		}),
	)
}

// rangeForm chooses the nights and whether the notes are in; a plain GET
// form, so the choice is in the URL and the page can be reopened as it was.
func (p *diarySummaryPage) rangeForm() app.UI {
	return app.Form().ID("summary-range").Class("log-form no-print").Attr("method", "get").Attr("action", "/diary/summary").Body(
		app.Div().Class("field").Body(
			app.Label().For("summary-from").Text("From the night of"),
			app.Input().ID("summary-from").Name("from").Type("date").Value(p.from.String()),
		),
		app.Div().Class("field").Body(
			app.Label().For("summary-to").Text("To the night of"),
			app.Input().ID("summary-to").Name("to").Type("date").Value(p.to.String()),
		),
		app.Label().Class("option").For("summary-notes").Body(
			shell.Checkbox(app.Input().Type("checkbox").ID("summary-notes").Name("notes").Value("1").
				OnChange(func(ctx app.Context, e app.Event) { p.notes = ctx.JSSrc().Get("checked").Bool() }), p.notes, false),
			app.Span().Class("option-label").Text("Include my notes (only if you want the doctor to read them)"),
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
		{"sum-logged", "Nights logged", fmt.Sprintf("%d of %d", s.LoggedNights, s.Nights)},
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
