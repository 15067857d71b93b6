package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

const svgNS = "http://www.w3.org/2000/svg"

// muscleShapes draws each muscle: the legs seen from the front (front thigh,
// top of the foot) and from the back (back thigh, calf, sole).
var muscleShapes = []struct{ muscle, d string }{
	{"front-thigh", "M40 20 h44 l-4 96 h-36 z"},
	{"back-thigh", "M156 20 h44 l-4 96 h-36 z"},
	{"calf", "M160 124 h36 q6 40 -6 96 h-24 q-12 -56 -6 -96 z"},
	{"foot", "M46 228 h30 l20 20 q2 10 -10 10 h-40 z"},
	{"foot", "M164 228 h26 l2 30 h-28 z"},
}

// mapMuscles are the muscles with a tap area on the map, in reading order.
var mapMuscles = []string{"front-thigh", "back-thigh", "calf", "foot"}

// muscleMap is the leg drawing with a tap area over each muscle. The
// drawing itself is decorative; each tap area is a label around a real
// checkbox, so keyboards and screen readers use the map as a group of
// checkboxes. The explorer filters with it; the diary's log form records
// the muscles of a cramp with it.
type muscleMap struct {
	legend   string
	idPrefix string // ids are idPrefix+muscle, unique on the page
	selected func(muscle string) bool
	onChange func(muscle string) app.EventHandler
	label    func(muscle string) string
}

func (m muscleMap) render() app.UI {
	return app.FieldSet().Class("body-map").Body(
		app.Legend().Text(m.legend),
		app.Div().Class("map-canvas").Body(
			m.legDrawing(),
			app.Range(mapMuscles).Slice(func(i int) app.UI {
				return m.muscleArea(mapMuscles[i])
			}),
		),
	)
}

func (m muscleMap) legDrawing() app.UI {
	return app.Elem("svg").XMLNS(svgNS).Attr("viewBox", "0 0 240 270").
		Aria("hidden", "true").Attr("focusable", "false").Body(
		svgText(62, 14, "Front"), svgText(178, 14, "Back"),
		svgPath("leg", "M36 16 h52 l-6 104 l2 104 l24 30 h-60 l-4 -30 l-4 -104 z"),
		svgPath("leg", "M152 16 h52 l-6 104 q10 50 -4 104 l2 34 h-36 l2 -34 q-14 -54 -4 -104 z"),
		app.Range(muscleShapes).Slice(func(i int) app.UI {
			s := muscleShapes[i]
			class := "muscle shape-" + s.muscle
			if m.selected(s.muscle) {
				class += " selected"
			}
			return svgPath(class, s.d)
		}),
	)
}

// muscleArea is the tap area over one muscle.
func (m muscleMap) muscleArea(muscle string) app.UI {
	id := m.idPrefix + muscle
	return app.Label().For(id).Class("map-area area-"+muscle).Body(
		checkbox(app.Input().Type("checkbox").ID(id).Class("visually-hidden").
			DataSet("muscle", muscle).
			OnChange(m.onChange(muscle)), m.selected(muscle), false),
		app.Span().Class("visually-hidden").Text(m.label(muscle)),
	)
}

func svgPath(class, d string) app.UI {
	return app.Elem("path").XMLNS(svgNS).Class(class).Attr("d", d)
}

func svgText(x, y int, text string) app.UI {
	return app.Elem("text").XMLNS(svgNS).Attr("x", x).Attr("y", y).Attr("text-anchor", "middle").
		Class("map-caption").Text(text)
}
