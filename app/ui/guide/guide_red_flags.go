package guide

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
)

// flagsWith returns the red flags of the given urgencies, most urgent first.
func flagsWith(k *kb.KB, urgencies ...kb.Urgency) []*kb.Entry {
	var out []*kb.Entry
	for _, e := range k.RedFlags() {
		if slices.Contains(urgencies, e.Urgency) {
			out = append(out, e)
		}
	}
	return out
}

// helpNowFlags are the signs that need help now or today, not a booking.
func helpNowFlags(k *kb.KB) []*kb.Entry {
	return flagsWith(k, kb.UrgencyEmergency, kb.UrgencyUrgent)
}

// guideFlagList lists red flags, each with what to do. It stays inside the
// guide: someone in pain should not have to find their way back.
func guideFlagList(id string, flags []*kb.Entry) app.UI {
	return app.Ul().ID(id).Class("guide-flags").Body(app.Range(flags).Slice(func(i int) app.UI {
		e := flags[i]
		return app.Li().DataSet("id", e.ID).DataSet("urgency", string(e.Urgency)).Body(
			app.P().Class("guide-flag-title").Text(e.Title),
			app.P().Class("guide-flag-action").Text(e.Action),
		)
	}))
}

// guideHelp keeps the red flags one tap away on every screen of the guide
// after the first, which shows them in full.
func guideHelp(k *kb.KB) app.UI {
	return app.Details().ID("guide-help").Class("guide-help").Body(
		app.Summary().Text("Get help now if…"),
		app.Div().Class("guide-help-panel").Body(
			guideFlagList("guide-help-flags", helpNowFlags(k)),
			app.A().Href("/red-flags").Text("All warning signs"),
		),
	)
}
