package explore

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// applyingCauses lists the causes that apply to the person, from the
// profile on this device: one stored key, read on each visit to the
// explorer so that a change made on the profile screen shows at once. On
// the server, or without a profile, it returns nothing and false.
func applyingCauses(s *site.Site) (ids []string, hasProfile bool) {
	if app.IsServer {
		return nil, false
	}
	return profileCauses(s)
}

// profileCauses is applyingCauses wherever it runs: native tests call it,
// since outside a browser go-app counts as the server.
func profileCauses(s *site.Site) (ids []string, hasProfile bool) {
	p, ok := s.Diary.Profile()
	if !ok || p.Empty() {
		return nil, false
	}
	for _, e := range s.KB.Entries(kb.TypeCause) {
		if p.Applies(e.ID) {
			ids = append(ids, e.ID)
		}
	}
	return ids, true
}

// appliesToMe is the "only what applies to me" switch, or, without a
// profile, the way to make one.
func (e *explorer) appliesToMe() app.UI {
	if !e.hasProfile {
		return app.P().ID("profile-hint").Class("profile-hint").Body(
			app.A().Href(site.ProfilePath).Text("Mark the causes that apply to you"),
			app.Text(": your profile stays on this phone."),
		)
	}
	return app.Div().Class("mine").Body(
		app.Label().Class("option").Body(
			shell.Checkbox(app.Input().Type("checkbox").ID("mine"), e.query.Mine, false).
				OnChange(e.toggleMine),
			app.Span().Text("Only what applies to me"),
		),
		app.A().Href(site.ProfilePath).Text("Edit my profile"),
	)
}

func (e *explorer) toggleMine(ctx app.Context, ev app.Event) {
	e.apply(ctx, e.query.WithMine(!e.query.Mine))
}

// mineEmptyNotice explains an "applies to me" filter that cannot match:
// the link asked for it, but this device holds no profile.
func (e *explorer) mineEmptyNotice() app.UI {
	if !e.query.Mine || e.hasProfile {
		return nil
	}
	return app.Div().ID("mine-notice").Class("notice").Role("status").Body(
		app.P().Text("This link shows only what applies to you, but this phone has no profile yet."),
		app.A().Href(site.ProfilePath).Text("Set up your profile"),
	)
}
