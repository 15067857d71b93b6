package explore

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// redFlagsPage says when to get help, most urgent first, and what to do.
type redFlagsPage struct {
	app.Compo
	site *site.Site
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
			return redFlagGroup(k, k.Terms(kb.VocabUrgency)[i])
		}),
	)
}

func redFlagGroup(k *kb.KB, urgency kb.Term) app.UI {
	var flags []*kb.Entry
	for _, e := range k.RedFlags() {
		if string(e.Urgency) == urgency.Value {
			flags = append(flags, e)
		}
	}
	if len(flags) == 0 {
		return nil
	}
	return app.Section().Class("urgency-group urgency-"+urgency.Value).Body(
		app.H2().Text(urgency.Label),
		app.P().Class("muted").Text(urgency.Description),
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
