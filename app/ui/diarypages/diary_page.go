package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// diaryPage is the diary's home: cramps per night over 4 or 12 weeks, pain
// over time, what was tried, and the timeline.
type diaryPage struct {
	app.Compo
	site  *site.Site
	ready bool
	err   error
	snap  diary.Snapshot
	// problems are what opening found wrong, in a few lines.
	problems []string
	last     diary.Day // the night the charts end with
	weeks    int       // the chart's span at most: 4 or 12
	// start is the diary's first night: the charts begin there when it is
	// nearer than the span, so a new diary's bars are not squeezed right.
	start   diary.Day
	started bool
	checkIn checkInState
	shown   int // timeline entries shown
	// whole is false for the first frame after opening, which shows the
	// chart alone: the pain chart, the remedies and the timeline follow a
	// frame later, so that the chart a person opened the diary for is
	// painted first.
	whole bool
	// open are the tables the person unfolded: a folded table is not drawn
	// at all, which keeps the page quick to open.
	open map[string]bool
	// read counts the times the diary was read; fig holds the figures of
	// the last read and span (see figures).
	read int
	fig  *diaryFigures
}

// timelineStep is how many entries the timeline shows at first, and adds
// each time: drawing 2,000 would make the page slow to open.
const timelineStep = 10

// OnNav reads the diary; the server renders only the shell.
func (p *diaryPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.load(ctx)
}

// load is OnNav's work in the browser, apart so that native tests can
// run it: natively go-app is the server and OnNav returns at once.
func (p *diaryPage) load(ctx app.Context) {
	if p.weeks == 0 {
		p.weeks = 12
	}
	st, err := p.site.Diary.Open()
	p.err, p.ready, p.shown = err, true, timelineStep
	if st == nil {
		return
	}
	p.snap, p.read = st.Snapshot(), p.read+1
	p.problems = diary.SummarizeProblems(st.Problems())
	p.last = p.site.Diary.Tonight()
	p.start, p.started = firstNight(p.snap)
	p.checkIn.load(p.site, st, p.snap.Entries)
	p.whole = false
	browser.AfterPaint(ctx, func(app.Context) { p.whole = true })
}

// refresh reads the diary again after the page changed it, so the charts
// show what is now stored.
func (p *diaryPage) refresh() {
	st, err := p.site.Diary.Open()
	if err != nil || st == nil {
		return
	}
	p.snap, p.read = st.Snapshot(), p.read+1
	p.start, p.started = firstNight(p.snap)
}

// Render draws the page.
func (p *diaryPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/diary")
	}
	return shell.Layout(p.site, "/diary",
		app.H1().Text("Your night diary"),
		diaryActions(),
		shell.DiaryBody(p.ready, p.err, p.content),
	)
}

func (p *diaryPage) content() app.UI {
	fig := p.figures()
	entries := fig.recent.Entries
	return app.Div().ID("diary-content").Aria("busy", !p.whole).Body(
		storageNotice(p.snap.ReadOnly, p.problems),
		// The check-in first: it is what a person opens the diary for on
		// most mornings.
		p.checkIn.card(p),
		personalNote(),
		app.If(!p.started, firstRun).Else(func() app.UI {
			return app.Div().Body(
				p.nightsSection(fig.nights),
				app.If(p.whole, func() app.UI {
					return app.Div().Body(
						insightsSection(p.site, fig.insights(), p.numbers),
						painSection(entries, p.first(), p.last, p.numbers),
						remedySection(p.site, fig.remedies(), p.first(), p.last),
						timeline(p.site, p.snap.Entries, p.snap.Contexts, p.shown, p.showMore),
					)
				}),
			)
		}),
	)
}

func (p *diaryPage) nightsSection(nights []diary.NightLog) app.UI {
	return app.Section().Aria("labelledby", "nights-heading").Body(
		app.H2().ID("nights-heading").Text("Cramps per night"),
		app.If(p.last-p.start >= 28, func() app.UI {
			return app.Div().Class("chart-switch").Role("group").Aria("label", "Chart span").Body(
				p.spanButton(4), p.spanButton(12),
			)
		}),
		nightsChart("nights-chart", nights, p.numbers("nights-numbers", "Show the numbers", func() app.UI {
			return nightsTable("nights-chart-table", nights)
		})),
	)
}

// first is the first night of the charts: the span back from the last
// night, or fewer whole weeks when the diary began more recently.
func (p *diaryPage) first() diary.Day {
	span := diary.Day(7 * p.weeks)
	if p.started && p.start > p.last-span {
		span = max((p.last-p.start+7)/7*7, 7)
	}
	return p.last - span + 1
}

// numbers folds a table away under a summary, drawing it only once the
// person unfolds it.
func (p *diaryPage) numbers(id, summary string, table func() app.UI) app.UI {
	details := app.Details().ID(id).Class("diary-details").OnToggle(func(ctx app.Context, e app.Event) {
		if p.open == nil {
			p.open = map[string]bool{}
		}
		p.open[id] = ctx.JSSrc().Get("open").Bool()
	})
	if p.open[id] || !app.IsServer {
		details = details.Open(p.open[id])
	}
	return details.Body(
		app.Summary().Text(summary),
		app.If(p.open[id], table),
	)
}

func (p *diaryPage) spanButton(weeks int) app.UI {
	return app.Button().ID("span-"+itoa(weeks)).Type("button").Aria("pressed", p.weeks == weeks).
		Text("Last " + itoa(weeks) + " weeks").
		OnClick(func(ctx app.Context, e app.Event) { p.weeks = weeks })
}

func (p *diaryPage) showMore(ctx app.Context, e app.Event) {
	p.shown += timelineStep
}

// diaryActions are the ways on from the diary's home.
func diaryActions() app.UI {
	return app.Nav().Class("diary-actions").Aria("label", "Diary").Body(
		app.A().ID("log-cramp").Href("/diary/new").Text("Log a cramp"),
		app.A().Class("quiet").Href("/diary/summary").Text("Summary for your doctor"),
		app.A().Class("quiet").Href("/diary/data").Text("Your data"),
		app.A().Class("quiet").Href("/profile").Text("Your profile"),
	)
}
