package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// diaryDataPage is where the diary's data is looked after: export, import,
// delete everything, whether the browser keeps it, and what could not be
// read.
type diaryDataPage struct {
	app.Compo
	site         *site.Site
	ready        bool
	err          error
	snap         diary.Snapshot
	problems     []diary.Problem
	persist      string // what the browser said about keeping the data
	exportStatus string
	imp          diaryImport
	confirming   bool
	deleteStatus string
}

// OnNav reads the diary and asks whether storage is persistent.
func (p *diaryDataPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.load(ctx)
}

// load is OnNav's work in the browser, apart so that native tests can
// run it: natively go-app is the server and OnNav returns at once.
func (p *diaryDataPage) load(ctx app.Context) {
	st, err := p.site.Diary.Open()
	p.err, p.ready, p.imp, p.confirming, p.deleteStatus, p.exportStatus = err, true, diaryImport{}, false, "", ""
	if st == nil {
		return
	}
	p.refresh(st)
	site.Persisted(func(granted bool, err error) {
		ctx.Dispatch(func(ctx app.Context) { p.persist = persistText(granted, err) })
	})
}

func (p *diaryDataPage) refresh(st *diary.Store) {
	p.snap, p.problems = st.Snapshot(), st.Problems()
}

// Render draws the page.
func (p *diaryDataPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/diary")
	}
	return shell.Layout(p.site, "/diary",
		app.H1().Text("Your data"),
		app.P().Class("lede").Text("Your diary stays on this phone. Nothing is sent anywhere."),
		shell.DiaryBody(p.ready, p.err, func() app.UI {
			return app.Div().ID("data-content").Body(
				p.storageSection(),
				p.problemSection(),
				exportButtons(p.onExport, p.exportStatus),
				p.importSection(),
				p.deleteSection(),
			)
		}),
	)
}

func (p *diaryDataPage) storageSection() app.UI {
	return app.Section().Aria("labelledby", "storage-heading").Body(
		app.H2().ID("storage-heading").Text("On this phone"),
		app.P().ID("diary-size").Text(plural(len(p.snap.Entries), "cramp", "cramps")+" and "+
			plural(len(p.snap.Contexts), "day note", "day notes")+" are stored."),
		app.P().ID("storage-status").Role("status").Text(p.persist),
		app.Button().ID("persist-ask").Type("button").Class("quiet").Text("Ask the browser to keep it").
			OnClick(func(ctx app.Context, e app.Event) {
				site.RequestPersist(func(granted bool, err error) {
					ctx.Dispatch(func(ctx app.Context) { p.persist = persistText(granted, err) })
				})
			}),
	)
}

// persistText says whether the browser promised to keep the data.
func persistText(granted bool, err error) string {
	switch {
	case granted:
		return "The browser keeps your diary: it will not clear it to free space."
	case err != nil:
		return "This browser cannot promise to keep your diary (" + err.Error() + "). Download a copy now and then."
	}
	return "The browser has not promised to keep your diary: it may clear it if the phone runs out of space. Download a copy now and then."
}

// problemSection lists what could not be read: it is kept untouched and
// goes into the JSON export as it was found.
func (p *diaryDataPage) problemSection() app.UI {
	if len(p.problems) == 0 && !p.snap.ReadOnly {
		return nil
	}
	lines := diary.SummarizeProblems(p.problems)
	return app.Section().ID("problems").Class("notice").Aria("labelledby", "problems-heading").Body(
		app.H2().ID("problems-heading").Text("What could not be read"),
		app.If(p.snap.ReadOnly, func() app.UI {
			return app.P().ID("read-only").Text("This diary was saved by a newer version of Nightcramp. This version shows what it can and changes nothing, so nothing is lost.")
		}),
		app.Ul().Class("problem-list").Body(app.Range(lines).Slice(func(i int) app.UI { return app.Li().Text(lines[i]) })),
		app.Details().Class("diary-details").Body(
			app.Summary().Text("Details"),
			app.Ul().ID("problem-details").Class("problem-list").Body(app.Range(p.problems).Slice(func(i int) app.UI {
				return app.Li().Text(p.problems[i].Error())
			})),
		),
		app.P().Text("These values are kept exactly as they were and are in the JSON download, so nothing is lost."),
	)
}

func (p *diaryDataPage) onExport(format string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		data, name, mime, err := exportFile(p.snap, format, p.site.Diary.Now())
		if err != nil {
			p.exportStatus = "The copy could not be made: " + err.Error()
			return
		}
		browser.Download(name, mime, data)
		p.exportStatus = "Downloaded " + name + "."
	}
}

func (p *diaryDataPage) deleteSection() app.UI {
	return app.Section().Aria("labelledby", "delete-heading").Body(
		app.H2().ID("delete-heading").Text("Delete everything"),
		app.P().Text("This deletes every cramp, day note and your profile from this phone. Download a copy first if you may want it back."),
		app.If(!p.confirming, func() app.UI {
			return app.Button().ID("delete-all").Type("button").Class("danger").Text("Delete everything…").
				OnClick(func(ctx app.Context, e app.Event) { p.confirming, p.deleteStatus = true, "" })
		}).Else(func() app.UI {
			return app.Div().ID("confirm-delete-all-box").Class("confirm-box").Role("alertdialog").Aria("labelledby", "delete-question").Body(
				app.P().ID("delete-question").Text("Delete your whole diary from this phone? This cannot be undone."),
				app.Div().Class("form-buttons").Body(
					app.Button().ID("confirm-delete-all").Type("button").Class("danger").Text("Yes, delete everything").OnClick(p.deleteAll),
					app.Button().ID("cancel-delete-all").Type("button").Class("quiet").Text("No, keep it").
						OnClick(func(ctx app.Context, e app.Event) { p.confirming = false }),
				),
			)
		}),
		app.P().ID("delete-status").Class("save-status").Role("status").Text(p.deleteStatus),
	)
}

func (p *diaryDataPage) deleteAll(ctx app.Context, e app.Event) {
	p.confirming = false
	st, err := p.site.Diary.Open()
	if err != nil {
		p.deleteStatus = shell.DiaryErrorText(err)
		return
	}
	p.deleteStatus = "Your diary is deleted."
	if err := st.DeleteAll(); err != nil {
		p.deleteStatus = shell.DiaryErrorText(err)
	}
	p.refresh(st)
}
