package diarypages

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// firstRun is a new diary's screen: what logging gives, instead of charts
// with nothing in them.
func firstRun() app.UI {
	return app.Section().ID("diary-empty").Class("first-run").Aria("labelledby", "first-run-heading").Body(
		app.H2().ID("first-run-heading").Text("Nothing logged yet"),
		app.P().Text("A few weeks of notes can show you and your doctor:"),
		app.Ul().Body(
			app.Li().Text("how many nights cramps wake you, week by week;"),
			app.Li().Text("whether they come more often after exercise, alcohol, caffeine or little to drink;"),
			app.Li().Text("what you tried and whether it helped;"),
			app.Li().Text("how nights went before and after you started stretching or a medicine."),
		),
		app.P().Text("When a cramp wakes you, tap “Log a cramp”: the time is filled in, the rest is optional. "+
			"On a night with no cramps, tap “No cramps last night” above: quiet nights count too."),
	)
}
