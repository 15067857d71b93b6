package diarypages

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// painSection shows each rated cramp's pain over the nights from..to as
// dots; numbers wraps painTable, the weeks' figures from diary.WeeklyPain
// (how many were rated, average, highest), worked out only once unfolded.
func painSection(entries []diary.Entry, from, to diary.Day, numbers func(id, summary string, table func() app.UI) app.UI) app.UI {
	points := diary.PainSeries(entries, from, to)
	return app.Section().Aria("labelledby", "pain-heading").Body(
		app.H2().ID("pain-heading").Text("Pain over time"),
		app.Figure().ID("pain-chart").Class("chart").Body(
			painDots(points, from, to),
			app.FigCaption().Class("visually-hidden").Text("Pain of each rated cramp, 0 to 10, night by night. The table has the numbers."),
			numbers("pain-numbers", "Show the numbers", func() app.UI { return painTable(diary.WeeklyPain(entries, from, to)) }),
		),
	)
}

func painDots(points []diary.PainPoint, from, to diary.Day) app.UI {
	days := float64(to - from + 1)
	step := (chartW - chartLeft) / days
	dots := []app.UI{
		app.Elem("line").XMLNS(site.SVGNS).Class("axis").Attr("x1", chartLeft).Attr("x2", chartW).
			Attr("y1", chartBottom).Attr("y2", chartBottom),
		chartLabel(2, chartTop+8, "10"),
		chartLabel(2, chartBottom, "0"),
	}
	// All dots are one path, a small circle each: one element instead of
	// one per cramp keeps the page quick to draw.
	var d strings.Builder
	for _, pt := range points {
		if pt.Pain == diary.Unset {
			continue
		}
		x := chartLeft + (float64(pt.Night-from)+0.5)*step
		y := chartBottom - (chartBottom-chartTop)*float64(pt.Pain)/float64(diary.MaxScore)
		fmt.Fprintf(&d, "M%.1f %.1fm-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0", x, y)
	}
	if d.Len() > 0 {
		dots = append(dots, site.SVGPath("dot", d.String()))
	}
	return chartSVG(dots)
}

func painTable(weeks []diary.PainWeek) app.UI {
	rows := make([]app.UI, len(weeks))
	for i, w := range weeks {
		rows[i] = painRow(w)
	}
	return dataTable("Table of pain by week", "pain-table", "Pain of rated cramps, a week to a row",
		[]string{"Week from", "Rated", "Average", "Highest"}, rows)
}

func painRow(w diary.PainWeek) app.UI {
	avg, hi := "–", "–"
	if w.Rated > 0 {
		avg = strconv.FormatFloat(w.Average, 'f', 1, 64)
		hi = strconv.Itoa(int(w.Highest))
	}
	return app.Tr().DataSet("week", w.First.String()).Body(
		app.Th().Scope("row").Text(shortDate(w.First)),
		app.Td().Text(strconv.Itoa(w.Rated)),
		app.Td().Text(avg),
		app.Td().Text(hi),
	)
}
