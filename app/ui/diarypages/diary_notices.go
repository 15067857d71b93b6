package diarypages

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// personalNote says plainly what the diary's numbers are, and are not.
func personalNote() app.UI {
	return app.P().ID("personal-note").Class("personal-note").Text(
		"These are your personal notes, not medical findings. They stay on this phone. " +
			"They can help you and your doctor see a pattern; they cannot say what causes your cramps.")
}

// storageNotice says when the stored diary is read-only or has values that
// could not be read, and where to find them.
func storageNotice(readOnly bool, problems []string) app.UI {
	if !readOnly && len(problems) == 0 {
		return nil
	}
	return app.Div().ID("storage-problems").Class("notice").Role("status").Body(
		app.If(readOnly, func() app.UI {
			return app.P().Text("This diary was saved by a newer version of Nightcramp. This version shows it but will not change it, so nothing of it is lost.")
		}),
		app.If(len(problems) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Text("Some of what is stored could not be read. It is kept as it was, and you can export it:"),
				app.Ul().Class("problem-list").Body(app.Range(problems).Slice(func(i int) app.UI {
					return app.Li().Text(problems[i])
				})),
			)
		}),
		app.A().Href("/diary/data").Text("See your data"),
	)
}

func itoa(n int) string { return strconv.Itoa(n) }

// scrollBox holds a table that may be wider than a phone. It can take the
// keyboard's focus, so that a person without a touch screen can scroll it,
// and is named for screen readers.
func scrollBox(label string) app.HTMLDiv {
	return app.Div().Class("table-scroll").TabIndex(0).Role("region").Aria("label", label)
}
