package diarypages

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// weeksChart draws cramps per week as bars, a week with no logged night
// as a pale band (unknown, not zero), with the table of the same numbers:
// how many nights of each week were logged, and the cramps on them.
func weeksChart(id string, weeks []diary.LoggedWeek, table app.UI) app.UI {
	most, total := 0, 0
	for _, w := range weeks {
		most = max(most, w.Cramps)
		total += w.Cramps
	}
	caption := ""
	if len(weeks) > 0 {
		caption = fmt.Sprintf("Cramps per week from the week of %s to the week of %s: %s in all. The table has each week's numbers.",
			longDate(weeks[0].First), longDate(weeks[len(weeks)-1].First), plural(total, "cramp", "cramps"))
	}
	return app.Figure().ID(id).Class("chart").Body(
		weekBars(weeks, most),
		app.FigCaption().Class("visually-hidden").Text(caption),
		table,
	)
}

func weekBars(weeks []diary.LoggedWeek, most int) app.UI {
	step := (chartW - chartLeft) / float64(max(len(weeks), 1))
	scale := max(most, 1)
	bars := []app.UI{
		app.Elem("line").XMLNS(site.SVGNS).Class("axis").Attr("x1", chartLeft).Attr("x2", chartW).
			Attr("y1", chartBottom).Attr("y2", chartBottom),
		chartLabel(2, chartTop+8, strconv.Itoa(scale)),
		chartLabel(2, chartBottom, "0"),
	}
	var unknown strings.Builder
	for i, w := range weeks {
		x := chartLeft + float64(i)*step + step*0.15
		if w.Logged == 0 {
			fmt.Fprintf(&unknown, "M%s %sh%sv%sh-%sz", svgNum(x), svgNum(chartTop), svgNum(step*0.7), svgNum(chartBottom-chartTop), svgNum(step*0.7))
			continue
		}
		h := (chartBottom - chartTop) * float64(w.Cramps) / float64(scale)
		bars = append(bars, app.Elem("rect").XMLNS(site.SVGNS).Class("bar").
			DataSet("week", w.First.String()).DataSet("count", itoa(w.Cramps)).
			Attr("x", svgNum(x)).Attr("width", svgNum(step*0.7)).
			Attr("y", svgNum(chartBottom-h)).Attr("height", svgNum(max(h, 0.5))))
	}
	if unknown.Len() > 0 {
		bars = append(bars, site.SVGPath("unlogged", unknown.String()))
	}
	if len(weeks) > 0 {
		bars = withDates(bars, weeks[0].First, weeks[len(weeks)-1].First)
	}
	return chartSVG(bars)
}

// weeksTable is a week to a row: nights logged, cramps on them, and the
// nights with a cramp. last is the range's last night: the last week may
// be shorter than seven.
func weeksTable(id string, weeks []diary.LoggedWeek, last diary.Day) app.UI {
	rows := make([]app.UI, len(weeks))
	for i, w := range weeks {
		cramps, nights := strconv.Itoa(w.Cramps), strconv.Itoa(w.CrampNights)
		if w.Logged == 0 {
			cramps, nights = "–", "–"
		}
		rows[i] = app.Tr().DataSet("week", w.First.String()).Body(
			app.Th().Scope("row").Text(shortDate(w.First)),
			app.Td().Text(strconv.Itoa(w.Logged)+" of "+strconv.Itoa(int(min(7, last-w.First+1)))),
			app.Td().Text(cramps),
			app.Td().Text(nights),
		)
	}
	return dataTable("Table of cramps per week", id, "Cramps per week, over the nights logged",
		[]string{"Week from", "Nights logged", "Cramps", "Nights with cramps"}, rows)
}
