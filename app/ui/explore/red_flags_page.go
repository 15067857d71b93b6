package explore

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// redFlagsPage says when to get help, most urgent first, and what to do.
type redFlagsPage struct {
	app.Compo
	site *site.Site
	// primary is the emergency number of the browser's region, put first.
	primary string
}

// OnMount puts the emergency number of the browser's language and region
// first (the server, not knowing it, puts 112 first).
func (p *redFlagsPage) OnMount(ctx app.Context) {
	p.primary = primaryEmergency(browser.Language())
}

// Render draws the page.
func (p *redFlagsPage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/red-flags")
	}
	k := p.site.KB
	return shell.Layout(p.site, "/red-flags",
		app.H1().Text("When to get help"),
		app.P().Class("lede").Text("Most night cramps are harmless. These signs are not: act on them."),
		app.Range(k.Terms(kb.VocabUrgency)).Slice(func(i int) app.UI {
			return p.redFlagGroup(k, k.Terms(kb.VocabUrgency)[i])
		}),
	)
}

// emergencyUrgency is the urgency whose flags need the emergency number.
const emergencyUrgency = "emergency"

func (p *redFlagsPage) redFlagGroup(k *kb.KB, urgency kb.Term) app.UI {
	var flags []*kb.Entry
	for _, e := range k.RedFlags() {
		if string(e.Urgency) == urgency.Value {
			flags = append(flags, e)
		}
	}
	if len(flags) == 0 {
		return nil
	}
	primary := p.primary
	if primary == "" {
		primary = fallbackEmergency
	}
	return app.Section().ID("urgency-"+urgency.Value).Class("urgency-group urgency-"+urgency.Value).Body(
		app.H2().Text(urgency.Label),
		app.P().Class("urgency-what").Text(urgency.Description),
		app.If(urgency.Value == emergencyUrgency, func() app.UI { return emergencyCalls(primary) }),
		app.Ul().Class("red-flags").Body(app.Range(flags).Slice(func(i int) app.UI {
			e := flags[i]
			return app.Li().DataSet("id", e.ID).Body(
				app.H3().Body(app.A().Href(site.EntryPrefix+e.ID).Text(e.Title)),
				app.P().Text(e.Summary),
				app.P().Class("action").Text(e.Action),
			)
		})),
	)
}
