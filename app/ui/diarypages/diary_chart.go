package diarypages

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// nightsChart draws cramps per night as bars, one per night; a night
// checked in as "no cramps" gets a mark on the line, and a night not
// logged at all a pale band, because nobody knows what happened then.
// table is the same numbers as a table of weeks (nightsTable), which is
// what screen readers and the tests read. The figures are app/diary's.
func nightsChart(id string, nights []diary.NightLog, table app.UI) app.UI {
	total, most, logged := 0, 0, 0
	for _, n := range nights {
		total += n.Cramps
		most = max(most, n.Cramps)
		if n.Logged() {
			logged++
		}
	}
	return app.Figure().ID(id).Class("chart").Body(
		nightBars(nights, most),
		app.FigCaption().Class("visually-hidden").Text(chartCaption(nights, total, logged)),
		chartKey(),
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

func nightBars(nights []diary.NightLog, most int) app.UI {
	step := (chartW - chartLeft) / float64(max(len(nights), 1))
	scale := max(most, 1)
	bars := make([]app.UI, 0, len(nights)+8)
	bars = append(bars,
		app.Elem("line").XMLNS(site.SVGNS).Class("axis").Attr("x1", chartLeft).Attr("x2", chartW).
			Attr("y1", chartBottom).Attr("y2", chartBottom),
		chartLabel(2, chartTop+8, strconv.Itoa(scale)),
		chartLabel(2, chartBottom, "0"),
	)
	// The unlogged bands and the no-cramp marks are one path each: one
	// element instead of one per night keeps the page quick to draw.
	var unknown, none strings.Builder
	for i, n := range nights {
		x := chartLeft + float64(i)*step + step*0.15
		switch n.State {
		case diary.NightUnlogged:
			fmt.Fprintf(&unknown, "M%s %sh%sv%sh-%sz", svgNum(x), svgNum(chartTop), svgNum(step*0.7), svgNum(chartBottom-chartTop), svgNum(step*0.7))
		case diary.NightNoCramps:
			fmt.Fprintf(&none, "M%s %sh%sv-4h-%sz", svgNum(x), svgNum(chartBottom), svgNum(step*0.7), svgNum(step*0.7))
		default:
			h := (chartBottom - chartTop) * float64(n.Cramps) / float64(scale)
			bars = append(bars, app.Elem("rect").XMLNS(site.SVGNS).Class("bar").
				DataSet("night", n.Night.String()).DataSet("count", itoa(n.Cramps)).
				Attr("x", svgNum(x)).Attr("width", svgNum(step*0.7)).
				Attr("y", svgNum(chartBottom-h)).Attr("height", svgNum(h)))
		}
	}
	if unknown.Len() > 0 {
		bars = append(bars, site.SVGPath("unlogged", unknown.String()))
	}
	if none.Len() > 0 {
		bars = append(bars, site.SVGPath("no-cramps", none.String()))
	}
	if len(nights) > 0 {
		bars = withDates(bars, nights[0].Night, nights[len(nights)-1].Night)
	}
	return chartSVG(bars)
}

// withDates labels a chart's first and last column with their dates.
func withDates(marks []app.UI, first, last diary.Day) []app.UI {
	return append(marks,
		chartLabel(chartLeft, chartH-2, shortDate(first)),
		app.Elem("text").XMLNS(site.SVGNS).Class("label").Attr("x", chartW).Attr("y", chartH-2).
			Attr("text-anchor", "end").Text(shortDate(last)))
}

// chartSVG draws a chart's marks. Screen readers skip it: the table beside
// every chart says the same in words.
func chartSVG(marks []app.UI) app.UI {
	return app.Elem("svg").XMLNS(site.SVGNS).Attr("viewBox", fmt.Sprintf("0 0 %g %g", chartW, chartH)).
		Aria("hidden", "true").Attr("focusable", "false").Body(marks...)
}

// chartKey says what the three looks of a night mean.
func chartKey() app.UI {
	return app.Ul().Class("chart-key").Aria("hidden", "true").Body(
		app.Li().Body(app.Span().Class("key key-bar"), app.Text("cramps")),
		app.Li().Body(app.Span().Class("key key-none"), app.Text("no cramps")),
		app.Li().Body(app.Span().Class("key key-unlogged"), app.Text("not logged")),
	)
}

func chartLabel(x, y float64, text string) app.UI {
	return app.Elem("text").XMLNS(site.SVGNS).Class("label").Attr("x", x).Attr("y", y).Text(text)
}

func chartCaption(nights []diary.NightLog, total, logged int) string {
	if len(nights) == 0 {
		return ""
	}
	first, last := nights[0].Night, nights[len(nights)-1].Night
	return fmt.Sprintf("Cramps per night from %s to %s: %s in all; %d of the %d nights logged. The table has each night's number; a dash is a night not logged.",
		longDate(first), longDate(last), plural(total, "cramp", "cramps"), logged, len(nights))
}

// nightsTable lists the same numbers a week to a row, the nights in
// columns; every row starts on the same weekday as the first night. A
// night not logged shows a dash, not a 0.
func nightsTable(id string, nights []diary.NightLog) app.UI {
	if len(nights) == 0 {
		return nil
	}
	first := nights[0].Night
	head := []app.UI{app.Th().Scope("col").Text("Week from")}
	for d := 0; d < 7; d++ {
		head = append(head, app.Th().Scope("col").Text((first + diary.Day(d)).Weekday().String()[:3]))
	}
	head = append(head, app.Th().Scope("col").Text("Total"))
	rows := make([]app.UI, 0, (len(nights)+6)/7)
	for w := 0; w < len(nights); w += 7 {
		rows = append(rows, weekRow(nights[w:min(w+7, len(nights))]))
	}
	return scrollBox("Table of cramps per night").Body(
		app.Table().ID(id).Class("data-table").Body(
			app.Caption().Text("Cramps per night, a week to a row; – is a night not logged"),
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(rows...),
		),
	)
}

func weekRow(nights []diary.NightLog) app.UI {
	cells := []app.UI{app.Th().Scope("row").Text(shortDate(nights[0].Night))}
	total := 0
	for _, n := range nights {
		total += n.Cramps
		text, state := strconv.Itoa(n.Cramps), "cramps"
		switch n.State {
		case diary.NightUnlogged:
			text, state = "–", "unlogged"
		case diary.NightNoCramps:
			state = "none"
		}
		cells = append(cells, app.Td().DataSet("night", n.Night.String()).DataSet("state", state).Text(text))
	}
	for i := len(nights); i < 7; i++ {
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

// dataTable is a chart's table: its figures in words, a row each, in a box
// that scrolls on a narrow screen. name labels the box for screen readers.
func dataTable(name, id, caption string, headings []string, rows []app.UI) app.UI {
	head := make([]app.UI, len(headings))
	for i, h := range headings {
		head[i] = app.Th().Scope("col").Text(h)
	}
	return scrollBox(name).Body(
		app.Table().ID(id).Class("data-table").Body(
			app.Caption().Text(caption),
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(rows...),
		),
	)
}
