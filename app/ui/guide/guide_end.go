package guide

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// firstAidEnd asks whether the guide helped, and points to what comes
// next: prevention, the diary, and when to get help.
func (p *guidePage) firstAidEnd() app.UI {
	return app.Div().ID("guide-end").Class("guide-end").Body(
		app.H1().Text("Did it help?"),
		// A form, so that the answers work before the wasm runs and with
		// scripts off: the server renders the reply from ?helped=.
		app.Form().Method("get").Action(site.CrampNowPath).Body(
			app.Input().Type("hidden").Name(stepParam).Value(stepEnd),
			app.Div().Class("guide-answers").Role("group").Aria("labelledby", "guide-progress").Body(
				p.answerButton("guide-helped-yes", "Yes", "yes"),
				p.placeLink("guide-again", "guide-answer", "Start again", 1, p.again),
				p.answerButton("guide-helped-no", "No", "no"),
			),
		),
		app.Div().ID("guide-answer").Role("status").Body(p.afterAnswer()),
		app.Ul().Class("guide-links").Body(
			app.Li().Body(app.A().ID("guide-prevent").Href("/?"+p.site.KB.PreventionQuery().Values().Encode()).
				Text("What may stop cramps coming back")),
			app.Li().Body(app.A().ID("guide-diary").Href(p.logLink()).Text("Log this cramp")),
			app.Li().Body(app.A().Href("/red-flags").Text("When to get help")),
		),
	)
}

func (p *guidePage) answerButton(id, label, value string) app.UI {
	return app.Button().ID(id).Type("submit").Name(helpedParam).Value(value).Class("guide-answer").
		Aria("pressed", p.helped == value).Text(label).OnClick(p.answer(value))
}

// afterAnswer says a word back; a "no" gets the signs that need a doctor.
func (p *guidePage) afterAnswer() app.UI {
	switch p.helped {
	case "yes":
		return app.P().Class("guide-lede").Text("Good. Try to rest now.")
	case "no":
		return app.Div().Body(
			app.P().Class("guide-lede").Text("Sorry it still hurts. You can go through the steps again. See a doctor if:"),
			guideFlagList("guide-doctor-flags", flagsWith(p.site.KB, kb.UrgencyDoctor)),
		)
	}
	return nil
}

// logLink opens the diary's log form filled in from the guide: the steps
// gone through and, once given, whether they helped (the time is now).
func (p *guidePage) logLink() string {
	ids := make([]string, len(p.steps))
	for i, s := range p.steps {
		ids[i] = s.ID
	}
	v := url.Values{"steps": {strings.Join(ids, ",")}}
	if p.helped != "" {
		v.Set("helped", p.helped)
	}
	return site.DiaryNewPath + "?" + v.Encode()
}
