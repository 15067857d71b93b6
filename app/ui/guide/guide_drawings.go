package guide

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// stroke is one line of a drawing: its class sets the colour (see
// web/guide.css) and d is the SVG path.
type stroke struct{ class, d string }

// The stroke classes.
const (
	figureLine = "figure" // the person
	groundLine = "ground" // floor, bed or wall
	actionLine = "action" // what to do: the pull, the weight, the rubbing
	fillShape  = "filled" // a muscle or an object
)

// Sizes, in viewBox units.
const (
	drawWidth  = 240
	drawHeight = 160
	headRadius = 13
	handRadius = 8
	arrowSize  = 10 // length of an arrow's barbs
	waveHeight = 8  // half a wave of warmth
)

// drawings are the pictures of the first-aid steps, by the key the data's
// "drawing" field names. Plain strokes: read at arm's length, in the dark.
var drawings = map[string][]stroke{
	// Sitting, leg straight, a towel round the foot pulling the toes up.
	"pull-foot-up": {
		{groundLine, "M12 128 H228"},
		{figureLine, ring(60, 40, headRadius)},
		{figureLine, "M62 54 L76 116"},
		{figureLine, "M76 116 L188 116"},
		{actionLine, "M188 116 L196 92"},
		{figureLine, "M66 70 L120 92"},
		{actionLine, "M120 92 Q164 80 198 90 Q200 104 188 116 Q150 104 120 96"},
		{actionLine, "M214 110 Q224 88 206 72" + arrowHead(206, 72, -1, -1)},
	},
	// Standing, a hand on the wall, weight down through the bent leg.
	"stand-on-leg": {
		{groundLine, "M20 150 H220"},
		{groundLine, "M40 16 V150"},
		{figureLine, ring(110, 28, headRadius)},
		{figureLine, "M110 42 L112 94"},
		{figureLine, "M110 56 L76 68 L46 62"},
		{figureLine, "M110 56 L128 86"},
		{figureLine, "M112 94 L100 122 L94 148 L108 148"},
		{actionLine, "M112 94 L124 122 L118 148 L140 148"},
		{actionLine, "M158 70 V124" + arrowHead(158, 124, 0, 1)},
	},
	// Walking, with lines for movement.
	"walk-or-jiggle": {
		{groundLine, "M20 150 H220"},
		{figureLine, ring(124, 28, headRadius)},
		{figureLine, "M124 42 L120 94"},
		{figureLine, "M123 56 L102 82"},
		{figureLine, "M123 56 L146 78"},
		{figureLine, "M120 94 L104 122 L92 148"},
		{figureLine, "M120 94 L138 120 L144 148 L160 148"},
		{actionLine, "M54 62 H82 M44 84 H76 M54 106 H82"},
	},
	// A leg seen from the side, two hands on the calf, circles of rubbing.
	"rub-muscle": {
		{figureLine, "M16 96 L118 96 L204 104 L212 78"},
		{fillShape, ellipse(162, 108, 32, 11)},
		{figureLine, ring(146, 80, handRadius)},
		{figureLine, ring(178, 82, handRadius)},
		{actionLine, "M132 60 Q146 46 160 60" + arrowHead(160, 60, 1, 1)},
		{actionLine, "M166 62 Q180 48 194 62" + arrowHead(194, 62, 1, 1)},
	},
	// The same leg with a hot water bottle on the calf and rising warmth.
	"warm-muscle": {
		{figureLine, "M16 100 L118 100 L204 108 L212 82"},
		{fillShape, "M138 72 H188 Q196 72 196 80 V92 Q196 100 188 100 H138 Q130 100 130 92 V80 Q130 72 138 72 Z"},
		{figureLine, "M196 80 H206 V92 H196"},
		{actionLine, wave(146, 62) + wave(163, 62) + wave(180, 62)},
	},
}

// guideDrawing draws a step's picture; the sentence beside it says the same
// in words, so the picture is hidden from screen readers.
func guideDrawing(key string) app.UI {
	lines, ok := drawings[key]
	if !ok {
		lines, ok = routineDrawings[key]
	}
	if !ok {
		return nil // the data names a drawing the app lacks: a unit test catches it
	}
	return app.Div().Class("guide-figure").DataSet("drawing", key).Body(
		app.Elem("svg").XMLNS(site.SVGNS).Attr("viewBox", fmt.Sprintf("0 0 %d %d", drawWidth, drawHeight)).
			Aria("hidden", "true").Attr("focusable", "false").Class("drawing").Body(
			app.Range(lines).Slice(func(i int) app.UI {
				return site.SVGPath(lines[i].class, lines[i].d)
			}),
		),
	)
}

// ring is a circle as a path.
func ring(cx, cy, r int) string {
	return ellipse(cx, cy, r, r)
}

// ellipse is an ellipse as a path.
func ellipse(cx, cy, rx, ry int) string {
	return fmt.Sprintf("M%d %d a%d %d 0 1 0 %d 0 a%d %d 0 1 0 %d 0 Z", cx-rx, cy, rx, ry, 2*rx, rx, ry, -2*rx)
}

// arrowHead draws two barbs at (x, y) for an arrow heading in direction
// (dx, dy), each -1, 0 or 1.
func arrowHead(x, y, dx, dy int) string {
	if dx == 0 || dy == 0 {
		// Straight: barbs at 45 degrees either side.
		px, py := dy, dx // perpendicular
		return fmt.Sprintf(" M%d %d l%d %d M%d %d l%d %d", x, y, (px-dx)*arrowSize, (py-dy)*arrowSize, x, y, (-px-dx)*arrowSize, (-py-dy)*arrowSize)
	}
	// Diagonal: barbs along the axes, back from the tip.
	return fmt.Sprintf(" M%d %d l%d 0 M%d %d l0 %d", x, y, -dx*arrowSize, x, y, -dy*arrowSize)
}

// wave is a rising wavy line of warmth starting at (x, y).
func wave(x, y int) string {
	h := waveHeight
	return fmt.Sprintf(" M%d %d q%d %d 0 %d q%d %d 0 %d", x, y, -h/2, -h, -2*h, h/2, -h, -2*h)
}
