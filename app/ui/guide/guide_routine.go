package guide

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// routineRemedy is the remedy the routine's steps belong to (the first one
// that links to them), whose summary says what the evidence says; nil if
// none does.
func routineRemedy(k *kb.KB, steps []*kb.Entry) *kb.Entry {
	if len(steps) == 0 {
		return nil
	}
	for _, r := range k.Related(steps[0].ID) {
		if r.Entry.Type == kb.TypeRemedy {
			return r.Entry
		}
	}
	return nil
}

// routineStart says what the routine is, how long it takes and, in the
// remedy's own words from the data, what the evidence says.
func (p *guidePage) routineStart() app.UI {
	remedy := routineRemedy(p.site.KB, p.steps)
	return app.Div().ID("guide-start").Class("guide-start").Body(
		app.H1().Text("Bedtime stretches"),
		app.P().ID("guide-intro").Class("guide-lede").Text(p.routineIntro()),
		app.If(remedy != nil, func() app.UI {
			return app.P().ID("guide-evidence").Body(
				app.Text(remedy.Summary+" "),
				app.A().Href(site.EntryPath(remedy.ID)).Text("The evidence"),
			)
		}),
		app.P().Class("guide-lede").Text("Ready? Tap Start."),
	)
}

// routineIntro says what the routine is and how long it takes.
func (p *guidePage) routineIntro() string {
	return fmt.Sprintf("A few gentle stretches to do before you sleep, one step at a time. It takes about %d minutes.",
		p.site.KB.RoutineMinutes())
}

// routineStartSpoken is the start screen, to be heard.
func (p *guidePage) routineStartSpoken() string {
	parts := []string{"Bedtime stretches", p.routineIntro()}
	if r := routineRemedy(p.site.KB, p.steps); r != nil {
		parts = append(parts, r.Summary)
	}
	if p.voice.auto {
		return sentences(append(parts, "The first step comes next")...)
	}
	return sentences(append(parts, "Tap Start when you are ready")...)
}

// routineEnd offers to note tonight's stretches in the diary, and says so
// once it is noted.
func (p *guidePage) routineEnd() app.UI {
	return app.Div().ID("guide-end").Class("guide-end").Body(
		app.H1().Text("Well done"),
		app.P().Class("guide-lede").Text("That is the routine done. Doing it every night for a few weeks is what was tested."),
		app.Div().ID("guide-record").Role("status").Body(p.recordView()),
		app.Ul().Class("guide-links").Body(
			app.Li().Body(app.A().ID("guide-diary").Href(site.DiaryPath).Text("Open the diary")),
			app.Li().Body(app.A().Href(site.HomePath).Text("Back to the app")),
		),
	)
}

// recordView is the button that notes the stretches, or what became of it.
func (p *guidePage) recordView() app.UI {
	switch {
	case p.recorded || p.stretchedTonight():
		return app.P().ID("guide-recorded").Class("guide-lede").Body(
			app.Text("Recorded for tonight. "),
			app.A().Href(site.DiaryPath).Text("See it in the diary"),
		)
	case p.recordErr != "":
		return app.P().ID("guide-record-error").Class("guide-lede").Text(p.recordErr)
	}
	return app.Button().ID("guide-record-button").Type("button").Class("guide-answer guide-record-button").
		Text("Record that I did my stretches tonight").OnClick(p.record)
}

// record notes tonight's stretches in the diary.
func (p *guidePage) record(ctx app.Context, e app.Event) {
	e.Call("stopPropagation")
	if err := p.recordStretches(); err != nil {
		p.recordErr = recordFailure(err)
		return
	}
	p.recorded, p.recordErr = true, ""
	p.say("Recorded for tonight.")
}
