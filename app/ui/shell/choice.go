package shell

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
)

// Choice is one option of a group drawn as a big button: the radio lies
// over the whole label, so the tap target is the label and the keyboard
// moves through the group as radios.
func Choice(id, name, label string, checked bool, onChange app.EventHandler) app.UI {
	return app.Label().Class("choice").For(id).Body(
		Checkbox(app.Input().Type("radio").ID(id).Name(name).OnChange(onChange), checked, false),
		app.Span().Text(label),
	)
}

// ScoreField is a 0-10 rating as eleven buttons, with what the ends mean.
// None chosen means not said, which is not the same as 0.
func ScoreField(id, question, low, high string, value diary.Score, set func(diary.Score) app.EventHandler) app.UI {
	scores := make([]app.UI, 0, diary.MaxScore+1)
	for s := diary.Score(0); s <= diary.MaxScore; s++ {
		n := strconv.Itoa(int(s))
		scores = append(scores, Choice(id+"-"+n, id, n, value == s, set(s)))
	}
	return app.FieldSet().ID(id).Class("score").Body(
		app.Legend().Text(question),
		app.P().Class("scale-ends").Body(
			app.Span().Text("0 = "+low),
			app.Span().Text("10 = "+high),
		),
		app.Div().Class("choices score-choices").Body(scores...),
	)
}
