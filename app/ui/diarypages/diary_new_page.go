package diarypages

import (
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// diaryNewPage logs a cramp: the time is now unless the link says ?at=
// (RFC 3339 or the form's own layout), everything else is optional. The
// guide's "Log this cramp" adds ?steps=id1,id2&helped=yes: the steps used
// and the answer to "Did it help?" are filled in.
type diaryNewPage struct {
	app.Compo
	site      *site.Site
	form      logForm
	ready     bool
	err       error
	fromGuide bool // the form was filled from the guide's link
}

// OnNav starts an empty form; the server renders only the shell, since
// the diary lives in the browser.
func (p *diaryNewPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.load(ctx)
}

// load is OnNav's work in the browser, apart so that native tests can
// run it: natively go-app is the server and OnNav returns at once.
func (p *diaryNewPage) load(ctx app.Context) {
	q := ctx.Page().URL().Query()
	at := atFromURL(q.Get("at"), p.site.Diary.Now()).Truncate(time.Minute)
	steps := guideSteps(p.site.KB, q.Get("steps"))
	e := diary.EntryFromGuide(at, steps, helpedFromURL(q.Get("helped")))
	p.begin(ctx, e)
	p.fromGuide = len(e.Tried) > 0
}

func (p *diaryNewPage) begin(ctx app.Context, e diary.Entry) {
	var st *diary.Store
	st, p.err = p.site.Diary.Open()
	p.form.site = p.site
	p.form.settle(ctx)
	p.form.start(e, st)
	p.ready, p.fromGuide = true, false
}

// maxGuideSteps bounds what a link may fill in: the guide has a handful.
const maxGuideSteps = 12

// guideSteps reads ?steps=: the ids of first-aid steps and remedies the
// knowledge base has, in order, each once. Anything else is dropped: the
// link is only a convenience, and the person sees what was filled in.
func guideSteps(k *kb.KB, v string) []string {
	var out []string
	for _, id := range strings.Split(v, ",") {
		e, ok := k.Entry(strings.TrimSpace(id))
		if !ok || e.Type != kb.TypeFirstAid && e.Type != kb.TypeRemedy || slices.Contains(out, e.ID) {
			continue
		}
		if out = append(out, e.ID); len(out) == maxGuideSteps {
			break
		}
	}
	return out
}

// helpedFromURL reads ?helped=: yes, no or unsure; anything else is not
// an answer.
func helpedFromURL(v string) diary.Helped {
	switch h := diary.Helped(v); h {
	case diary.HelpedYes, diary.HelpedNo, diary.HelpedUnsure:
		return h
	}
	return ""
}

// atFromURL reads ?at=, falling back to now for anything it cannot read.
func atFromURL(v string, now time.Time) time.Time {
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.Local()
	}
	if t, err := time.ParseInLocation(whenLayout, v, time.Local); err == nil {
		return t
	}
	return now
}

// OnDismount lets the update banner reload again.
func (p *diaryNewPage) OnDismount(ctx app.Context) {
	p.form.settle(ctx)
}

// Render draws the page.
func (p *diaryNewPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/diary")
	}
	return shell.Layout(p.site, "/diary",
		app.H1().Text("Log a cramp"),
		app.P().Class("lede").Text("Only the time is needed: press Save. Everything else you can add now or later."),
		app.If(p.fromGuide, func() app.UI {
			return app.P().ID("from-guide").Class("notice").Text("Filled in from the guide: what you did and whether it helped. Check it, then press Save.")
		}),
		shell.DiaryBody(p.ready, p.err, func() app.UI { return p.form.render(p.afterSave()) }),
	)
}

// afterSave offers what to do next once a new cramp is saved.
func (p *diaryNewPage) afterSave() app.UI {
	if !p.form.saved {
		return nil
	}
	return app.Div().ID("after-save").Class("diary-actions").Body(
		app.A().ID("see-diary").Href("/diary").Text("See your diary"),
		app.Button().ID("log-another").Type("button").Class("quiet").Text("Log another cramp").
			OnClick(func(ctx app.Context, e app.Event) {
				p.begin(ctx, diary.NewEntry(p.site.Diary.Now().Truncate(time.Minute)))
			}),
	)
}
