package diarypages

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
)

// remedyChoices splits what a person may have tried: the first-aid steps
// and what helps during or after a cramp first, everything else after.
func remedyChoices(k *kb.KB) (common, others []*kb.Entry) {
	common = k.FirstAid()
	for _, e := range k.Entries(kb.TypeRemedy) {
		if slices.Contains(e.When, "during-attack") || slices.Contains(e.When, "after-attack") {
			common = append(common, e)
		} else {
			others = append(others, e)
		}
	}
	return common, others
}

// remedyPicker lists the remedies to tick, each ticked one with "did it
// help?". The less common ones are folded away, but open when one of them
// was ticked.
func (f *logForm) remedyPicker() app.UI {
	common, others := remedyChoices(f.site.KB)
	open := false
	for _, e := range others {
		open = open || f.triedIndex(e.ID) >= 0
	}
	more := app.Details().Class("more-remedies")
	if open || !app.IsServer {
		more = more.Open(open)
	}
	return app.FieldSet().ID("log-tried").Body(
		app.Legend().Text("What did you try?"),
		f.remedyList(common),
		more.Body(
			app.Summary().Text("Something else"),
			f.remedyList(others),
		),
	)
}

func (f *logForm) remedyList(entries []*kb.Entry) app.UI {
	return app.Ul().Class("remedy-list").Body(app.Range(entries).Slice(func(i int) app.UI {
		return f.remedyRow(entries[i])
	}))
}

func (f *logForm) triedIndex(id string) int {
	return slices.IndexFunc(f.entry.Tried, func(t diary.Tried) bool { return t.Remedy == id })
}

// helpedAnswers are the answers to "did it help?", "" being not said.
var helpedAnswers = []struct {
	value diary.Helped
	label string
}{
	{"", "Did it help?"},
	{diary.HelpedYes, "It helped"},
	{diary.HelpedNo, "It did not help"},
	{diary.HelpedUnsure, "Not sure"},
}

func (f *logForm) remedyRow(e *kb.Entry) app.UI {
	id := "tried-" + e.ID
	at := f.triedIndex(e.ID)
	return app.Li().DataSet("remedy", e.ID).Body(
		app.Label().Class("option").For(id).Body(
			shell.Checkbox(app.Input().Type("checkbox").ID(id).OnChange(f.toggleTried(e.ID)), at >= 0, false),
			app.Span().Class("option-label").Text(e.Title),
		),
		app.If(at >= 0, func() app.UI {
			return f.helpedSelect(e, f.entry.Tried[at].Helped)
		}),
	)
}

func (f *logForm) helpedSelect(e *kb.Entry, helped diary.Helped) app.UI {
	id := "helped-" + e.ID
	return app.Select().ID(id).Aria("label", "Did “"+e.Title+"” help?").
		OnChange(func(ctx app.Context, ev app.Event) {
			f.touch(ctx)
			if at := f.triedIndex(e.ID); at >= 0 {
				f.entry.Tried[at].Helped = diary.Helped(ctx.JSSrc().Get("value").String())
			}
		}).Body(app.Range(helpedAnswers).Slice(func(i int) app.UI {
		a := helpedAnswers[i]
		return app.Option().Value(string(a.value)).Selected(a.value == helped).Text(a.label)
	}))
}

func (f *logForm) toggleTried(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		f.touch(ctx)
		if at := f.triedIndex(id); at >= 0 {
			f.entry.Tried = slices.Delete(slices.Clone(f.entry.Tried), at, at+1)
			return
		}
		f.entry.Tried = append(slices.Clone(f.entry.Tried), diary.Tried{Remedy: id})
	}
}
