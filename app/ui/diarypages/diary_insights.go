package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// insightsSection answers "what helps me?" as honestly as a diary can:
// cramps per week over the logged nights, nights with against without each
// day factor, and nights before against after a habit or medicine began.
// Each line says how many nights it rests on; app/diary judges whether
// there are enough, and the words never turn a pattern into a cause.
func insightsSection(s *site.Site, in diary.Insights, numbers func(id, summary string, table func() app.UI) app.UI) app.UI {
	return app.Section().ID("insights").Aria("labelledby", "insights-heading").Body(
		app.H2().ID("insights-heading").Text("What your notes show"),
		app.P().ID("insights-basis").Class("muted").Text(insightsBasis(in)),
		app.H3().Text("Cramps per week"),
		weeksChart("weeks-chart", in.Weeks, numbers("weeks-numbers", "Show the numbers", func() app.UI {
			return weeksTable("weeks-table", in.Weeks, in.To)
		})),
		app.H3().Text("After the day before"),
		factorInsights(in.Factors),
		app.H3().Text("Before and after"),
		habitInsights(in),
	)
}

func factorInsights(factors []diary.FactorComparison) app.UI {
	// A factor never ticked has nothing to compare: it is left out, not
	// listed as "0 nights".
	var shown []diary.FactorComparison
	for _, f := range factors {
		if f.With.Nights > 0 {
			shown = append(shown, f)
		}
	}
	if len(shown) == 0 {
		return app.P().ID("factor-insights-none").Text(noFactorsYet)
	}
	return app.Ul().ID("factor-insights").Class("insights").Body(app.Range(shown).Slice(func(i int) app.UI {
		f := shown[i]
		return insightItem(factorSentence(f), f.Comparison).DataSet("factor", string(f.Factor))
	}))
}

func habitInsights(in diary.Insights) app.UI {
	items := []app.UI{}
	if in.Stretching.Started {
		items = append(items, insightItem(stretchSentence(in.Stretching), in.Stretching.Comparison).DataSet("habit", "stretching"))
	}
	for _, m := range in.Medicines {
		items = append(items, insightItem(medicineSentence(m), m.Comparison).DataSet("medicine", m.Medicine.ID))
	}
	if len(items) == 0 {
		return app.P().ID("habit-insights-none").Text(noHabitsYet)
	}
	return app.Ul().ID("habit-insights").Class("insights").Body(items...)
}

// insightItem is one comparison, with its night counts as data for tests
// and for whoever reads the page's code.
func insightItem(text string, c diary.Comparison) app.HTMLLi {
	return app.Li().Class("insight verdict-"+verdictClass(c.Verdict)).
		DataSet("verdict", verdictClass(c.Verdict)).
		DataSet("with", itoa(c.With.Nights)).DataSet("without", itoa(c.Without.Nights)).
		Text(text)
}
