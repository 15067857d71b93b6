package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// diaryEditPage changes or deletes one cramp: /diary/edit?id=...
type diaryEditPage struct {
	app.Compo
	site       *site.Site
	form       logForm
	ready      bool
	found      bool
	confirming bool
	deleteErr  string
	err        error
}

// OnNav loads the entry the URL names.
func (p *diaryEditPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.load(ctx)
}

// load is OnNav's work in the browser, apart so that native tests can
// run it: natively go-app is the server and OnNav returns at once.
func (p *diaryEditPage) load(ctx app.Context) {
	st, err := p.site.Diary.Open()
	p.err, p.ready, p.confirming, p.deleteErr = err, true, false, ""
	p.form.site = p.site
	p.form.settle(ctx)
	if st == nil {
		return
	}
	e, ok := st.Entry(ctx.Page().URL().Query().Get("id"))
	p.found = ok
	if ok {
		p.form.start(e, st)
	}
}

// OnDismount lets the update banner reload again.
func (p *diaryEditPage) OnDismount(ctx app.Context) {
	p.form.settle(ctx)
}

// Render draws the page.
func (p *diaryEditPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/diary")
	}
	return shell.Layout(p.site, "/diary",
		app.H1().Text("Change a cramp"),
		shell.DiaryBody(p.ready, p.err, func() app.UI {
			if !p.found {
				return app.Div().ID("entry-missing").Class("notice").Body(
					app.P().Text("This cramp is not in your diary. It may have been deleted."),
					app.A().Href("/diary").Text("Back to the diary"),
				)
			}
			return p.form.render(p.deleteBox())
		}),
	)
}

// deleteBox deletes the entry, after asking once.
func (p *diaryEditPage) deleteBox() app.UI {
	if !p.confirming {
		return app.Div().Class("form-buttons").Body(
			app.Button().ID("delete-entry").Type("button").Class("danger").Text("Delete this cramp").
				OnClick(func(ctx app.Context, e app.Event) { p.confirming = true }),
		)
	}
	return app.Div().ID("confirm-box").Class("confirm-box").Role("alertdialog").Aria("labelledby", "confirm-question").Body(
		app.P().ID("confirm-question").Text("Delete this cramp for good? This cannot be undone."),
		app.Div().Class("form-buttons").Body(
			app.Button().ID("confirm-delete").Type("button").Class("danger").Text("Yes, delete it").OnClick(p.delete),
			app.Button().ID("cancel-delete").Type("button").Class("quiet").Text("No, keep it").
				OnClick(func(ctx app.Context, e app.Event) { p.confirming = false }),
		),
		app.If(p.deleteErr != "", func() app.UI {
			return app.P().ID("delete-error").Role("alert").Text(p.deleteErr)
		}),
	)
}

func (p *diaryEditPage) delete(ctx app.Context, e app.Event) {
	st, err := p.site.Diary.Open()
	if err == nil {
		err = st.DeleteEntry(p.form.entry.ID)
	}
	if err != nil {
		p.deleteErr = shell.DiaryErrorText(err)
		return
	}
	p.form.settle(ctx)
	ctx.Navigate("/diary")
}
