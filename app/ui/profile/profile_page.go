package profile

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// profilePage is the optional profile: the person's age group and the risk
// factors that apply to them, kept on this phone only. The explorer marks
// the causes it says apply.
type profilePage struct {
	app.Compo
	site    *site.Site
	ready   bool
	err     error
	profile diary.Profile
	status  string
	failed  bool
	meds    medicineList
}

// OnNav reads the profile; the server renders only the shell.
func (p *profilePage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.load(ctx)
}

// load is OnNav's work in the browser, apart so that native tests can
// run it: natively go-app is the server and OnNav returns at once.
func (p *profilePage) load(ctx app.Context) {
	st, err := p.site.Diary.Open()
	p.err, p.ready, p.status, p.failed = err, true, "", false
	if st != nil {
		p.profile = st.Profile()
		p.meds.load(st, p.site.Diary.Now())
	}
}

// Render draws the page.
func (p *profilePage) Render() app.UI {
	if p.site.KB == nil {
		return shell.Layout(p.site, "/profile")
	}
	return shell.Layout(p.site, "/profile",
		app.H1().Text("Your profile"),
		app.P().Class("lede").Text("Optional. Tick what applies to you, and the explorer will mark the causes that may concern you. It stays on this phone."),
		shell.DiaryBody(p.ready, p.err, p.form),
	)
}

func (p *profilePage) form() app.UI {
	groups := diary.RiskFactors(p.site.KB)
	class, role := "save-status", "status"
	if p.failed {
		class, role = "save-status notice notice-danger", "alert"
	}
	return app.Div().ID("profile-form").Class("profile-form log-form").Body(
		p.ageField(),
		p.meds.render(p.site),
		app.Range(groups).Slice(func(i int) app.UI { return p.riskGroup(groups[i]) }),
		app.P().ID("profile-status").Class(class).Role(role).Text(p.status),
		app.Div().Class("diary-actions").Body(
			app.A().Href("/").Text("See what applies in the explorer"),
		),
	)
}

func (p *profilePage) ageField() app.UI {
	options := append([]diary.AgeGroup{}, diary.AgeGroups...)
	options = append(options, "")
	return app.FieldSet().ID("profile-age").Body(
		app.Legend().Text("Your age"),
		app.Div().Class("choices").Body(app.Range(options).Slice(func(i int) app.UI {
			a := options[i]
			label, id := a.Label(), "age-"+string(a)
			if a == "" {
				label, id = "Rather not say", "age-unsaid"
			}
			return shell.Choice(id, "age", label, p.profile.AgeGroup == a, func(ctx app.Context, e app.Event) {
				next := p.profile
				next.AgeGroup = a
				p.save(next)
			})
		})),
	)
}

func (p *profilePage) riskGroup(g diary.RiskGroup) app.UI {
	return app.FieldSet().Class("facet").ID("risk-"+g.Category.Value).Body(
		app.Legend().Text(g.Category.Label),
		app.Range(g.Causes).Slice(func(i int) app.UI {
			c := g.Causes[i]
			id := "cause-" + c.ID
			return app.Label().Class("option").For(id).Body(
				shell.Checkbox(app.Input().Type("checkbox").ID(id).DataSet("cause", c.ID).
					OnChange(func(ctx app.Context, e app.Event) {
						chosen := ctx.JSSrc().Get("checked").Bool()
						if !p.save(p.profile.WithCause(c.ID, chosen)) {
							ctx.JSSrc().Set("checked", !chosen)
						}
					}), p.profile.Applies(c.ID), false),
				app.Span().Class("option-label").Text(c.Title),
			)
		}),
	)
}

// save writes the profile at once and reports whether it did; on failure
// the screen keeps showing what is really stored.
func (p *profilePage) save(next diary.Profile) bool {
	st, err := p.site.Diary.Open()
	if err == nil {
		next, err = st.SaveProfile(next)
	}
	if err != nil {
		p.status, p.failed = shell.DiaryErrorText(err), true
		return false
	}
	p.profile, p.status, p.failed = next, "Saved.", false
	return true
}
