package diarypages

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// nightsChart draws cramps per night as bars, one per night from first on;
// table is the same numbers as a table of weeks (nightsTable), which is
// what screen readers and the tests read. It draws from plain numbers: the
// stats are app/diary's.
func nightsChart(id string, first diary.Day, counts []int, table app.UI) app.UI {
	total, most := 0, 0
	for _, c := range counts {
		total += c
		most = max(most, c)
	}
	return app.Figure().ID(id).Class("chart").Body(
		nightBars(first, counts, total, most),
		app.FigCaption().Class("visually-hidden").Text(chartCaption(first, counts, total)),
		table,
	)
}

// chart geometry, in the SVG's own units: the bars fill a fixed width
// whatever the number of nights, and the label column holds the scale.
const (
	chartW, chartH = 340.0, 120.0
	chartLeft      = 20.0
	chartTop       = 8.0
	chartBottom    = 104.0
)

// svgNum writes a coordinate with two decimals. strconv, not fmt: a
// 12-week chart writes over 300 of them when the diary opens.
func svgNum(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

func nightBars(first diary.Day, counts []int, total, most int) app.UI {
	step := (chartW - chartLeft) / float64(max(len(counts), 1))
	scale := max(most, 1)
	bars := make([]app.UI, 0, len(counts)+6)
	bars = append(bars,
		app.Elem("line").XMLNS(site.SVGNS).Class("axis").Attr("x1", chartLeft).Attr("x2", chartW).
			Attr("y1", chartBottom).Attr("y2", chartBottom),
		chartLabel(2, chartTop+8, strconv.Itoa(scale)),
		chartLabel(2, chartBottom, "0"),
	)
	for i, c := range counts {
		if c == 0 {
			continue
		}
		h := (chartBottom - chartTop) * float64(c) / float64(scale)
		bars = append(bars, app.Elem("rect").XMLNS(site.SVGNS).Class("bar").
			DataSet("night", (first+diary.Day(i)).String()).DataSet("count", itoa(c)).
			Attr("x", svgNum(chartLeft+float64(i)*step+step*0.15)).
			Attr("width", svgNum(step*0.7)).
			Attr("y", svgNum(chartBottom-h)).
			Attr("height", svgNum(h)))
	}
	last := first + diary.Day(len(counts)-1)
	bars = append(bars,
		chartLabel(chartLeft, chartH-2, shortDate(first)),
		app.Elem("text").XMLNS(site.SVGNS).Class("label").Attr("x", chartW).Attr("y", chartH-2).
			Attr("text-anchor", "end").Text(shortDate(last)),
	)
	return app.Elem("svg").XMLNS(site.SVGNS).Attr("viewBox", fmt.Sprintf("0 0 %g %g", chartW, chartH)).
		Aria("hidden", "true").Attr("focusable", "false").Body(bars...)
}

func chartLabel(x, y float64, text string) app.UI {
	return app.Elem("text").XMLNS(site.SVGNS).Class("label").Attr("x", x).Attr("y", y).Text(text)
}

func chartCaption(first diary.Day, counts []int, total int) string {
	last := first + diary.Day(len(counts)-1)
	return fmt.Sprintf("Cramps per night from %s to %s: %s in all. The table has each night's number.",
		longDate(first), longDate(last), plural(total, "cramp", "cramps"))
}

// nightsTable lists the same numbers a week to a row, the nights in
// columns; every row starts on the same weekday as first.
func nightsTable(id string, first diary.Day, counts []int) app.UI {
	weeks := (len(counts) + 6) / 7
	head := []app.UI{app.Th().Scope("col").Text("Week from")}
	for d := 0; d < 7; d++ {
		head = append(head, app.Th().Scope("col").Text((first + diary.Day(d)).Weekday().String()[:3]))
	}
	head = append(head, app.Th().Scope("col").Text("Total"))
	rows := make([]app.UI, 0, weeks)
	for w := 0; w < weeks; w++ {
		rows = append(rows, weekRow(first+diary.Day(7*w), counts[7*w:min(7*w+7, len(counts))]))
	}
	return app.Div().Class("table-scroll").Body(
		app.Table().ID(id).Class("data-table").Body(
			app.Caption().Text("Cramps per night, a week to a row"),
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(rows...),
		),
	)
}

func weekRow(start diary.Day, counts []int) app.UI {
	cells := []app.UI{app.Th().Scope("row").Text(shortDate(start))}
	total := 0
	for i, c := range counts {
		total += c
		cells = append(cells, app.Td().DataSet("night", (start+diary.Day(i)).String()).Text(strconv.Itoa(c)))
	}
	for i := len(counts); i < 7; i++ {
		cells = append(cells, app.Td())
	}
	cells = append(cells, app.Td().Class("week-total").Text(strconv.Itoa(total)))
	return app.Tr().Body(cells...)
}

// shortDate is "3 Nov"; longDate is "Mon 3 Nov 2026".
func shortDate(d diary.Day) string { return d.Time().Format("2 Jan") }

func longDate(d diary.Day) string { return d.Time().Format("Mon 2 Jan 2006") }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
