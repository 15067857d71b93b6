package site

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SVGNS is the SVG namespace every drawing of the app is made in: go-app
// creates elements in HTML's namespace unless told.
const SVGNS = "http://www.w3.org/2000/svg"

// SVGPath is one path of a drawing.
func SVGPath(class, d string) app.UI {
	return app.Elem("path").XMLNS(SVGNS).Class(class).Attr("d", d)
}

// SVGText is a caption centred on (x, y).
func SVGText(x, y int, text string) app.UI {
	return app.Elem("text").XMLNS(SVGNS).Attr("x", x).Attr("y", y).Attr("text-anchor", "middle").
		Class("map-caption").Text(text)
}
