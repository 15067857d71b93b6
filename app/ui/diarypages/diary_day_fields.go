package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/shell"
)

// dayFields is the optional note about the day before the night: folded
// away, because most nights a person will not want it.
func (f *logForm) dayFields() app.UI {
	d := &f.day
	details := app.Details().ID("log-day").Class("diary-details")
	if f.dayEdit || !app.IsServer {
		details = details.Open(f.dayEdit)
	}
	return details.Body(
		app.Summary().Text("About the day before (optional)"),
		app.P().Class("hint").Text("Things that might matter for the night. Tick what applies."),
		f.dayCheck("day-exercise", "I exercised", &d.Exercise),
		f.dayCheck("day-standing", "I stood for a long time", &d.Standing),
		f.dayCheck("day-sitting", "I sat for a long time", &d.Sitting),
		f.dayCheck("day-alcohol", "I drank alcohol", &d.Alcohol),
		f.dayCheck("day-caffeine", "I had coffee, tea or other caffeine", &d.Caffeine),
		f.fluidsField(),
		app.Div().Class("field").Body(
			app.Label().For("day-medicine").Text("A new medicine? Its name:"),
			app.Input().ID("day-medicine").Type("text").Attr("maxlength", diary.MaxMedicineRunes).
				Value(shell.SafeAttr(d.NewMedicine)).
				OnInput(func(ctx app.Context, e app.Event) {
					f.touchDay(ctx)
					d.NewMedicine = ctx.JSSrc().Get("value").String()
				}),
		),
	)
}

func (f *logForm) touchDay(ctx app.Context) {
	f.touch(ctx)
	f.dayEdit = true
}

func (f *logForm) dayCheck(id, label string, value *bool) app.UI {
	return app.Label().Class("option").For(id).Body(
		shell.Checkbox(app.Input().Type("checkbox").ID(id).OnChange(func(ctx app.Context, e app.Event) {
			f.touchDay(ctx)
			*value = ctx.JSSrc().Get("checked").Bool()
		}), *value, false),
		app.Span().Class("option-label").Text(label),
	)
}

func (f *logForm) fluidsField() app.UI {
	levels := []struct {
		value diary.Fluids
		label string
	}{{diary.FluidsLittle, "Little"}, {diary.FluidsNormal, "As usual"}, {diary.FluidsPlenty, "Plenty"}}
	return app.FieldSet().Body(
		app.Legend().Text("How much did you drink?"),
		app.Div().Class("choices").Body(app.Range(levels).Slice(func(i int) app.UI {
			l := levels[i]
			return shell.Choice("day-fluids-"+string(l.value), "day-fluids", l.label, f.day.Fluids == l.value,
				func(ctx app.Context, e app.Event) { f.touchDay(ctx); f.day.Fluids = l.value })
		})),
	)
}
