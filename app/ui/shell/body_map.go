package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// muscleShapes draws each muscle: the legs seen from the front (front thigh,
// top of the foot) and from the back (back thigh, calf, sole).
var muscleShapes = []struct{ muscle, d string }{
	{"front-thigh", "M40 20 h44 l-4 96 h-36 z"},
	{"back-thigh", "M156 20 h44 l-4 96 h-36 z"},
	{"calf", "M160 124 h36 q6 40 -6 96 h-24 q-12 -56 -6 -96 z"},
	{"foot", "M46 228 h30 l20 20 q2 10 -10 10 h-40 z"},
	{"foot", "M164 228 h26 l2 30 h-28 z"},
}

// MapMuscles are the muscles with a tap area on the map, in reading order.
var MapMuscles = []string{"front-thigh", "back-thigh", "calf", "foot"}

// MuscleMap is the leg drawing with a tap area over each muscle. The
// drawing itself is decorative; each tap area is a label around a real
// checkbox, so keyboards and screen readers use the map as a group of
// checkboxes. The explorer filters with it; the diary's log form records
// the muscles of a cramp with it.
type MuscleMap struct {
	// Legend names the group.
	Legend string
	// IDPrefix starts each checkbox's id (IDPrefix+muscle), unique on the page.
	IDPrefix string
	// Selected says whether a muscle is ticked.
	Selected func(muscle string) bool
	// OnChange answers a tap on a muscle.
	OnChange func(muscle string) app.EventHandler
	// Label names a muscle for screen readers.
	Label func(muscle string) string
}

// Render draws the map.
func (m MuscleMap) Render() app.UI {
	return app.FieldSet().Class("body-map").Body(
		app.Legend().Text(m.Legend),
		app.Div().Class("map-canvas").Body(
			m.legDrawing(),
			app.Range(MapMuscles).Slice(func(i int) app.UI {
				return m.muscleArea(MapMuscles[i])
			}),
		),
	)
}

func (m MuscleMap) legDrawing() app.UI {
	return app.Elem("svg").XMLNS(site.SVGNS).Attr("viewBox", "0 0 240 270").
		Aria("hidden", "true").Attr("focusable", "false").Body(
		site.SVGText(62, 14, "Front"), site.SVGText(178, 14, "Back"),
		site.SVGPath("leg", "M36 16 h52 l-6 104 l2 104 l24 30 h-60 l-4 -30 l-4 -104 z"),
		site.SVGPath("leg", "M152 16 h52 l-6 104 q10 50 -4 104 l2 34 h-36 l2 -34 q-14 -54 -4 -104 z"),
		app.Range(muscleShapes).Slice(func(i int) app.UI {
			s := muscleShapes[i]
			class := "muscle shape-" + s.muscle
			if m.Selected(s.muscle) {
				class += " selected"
			}
			return site.SVGPath(class, s.d)
		}),
	)
}

// muscleArea is the tap area over one muscle.
func (m MuscleMap) muscleArea(muscle string) app.UI {
	id := m.IDPrefix + muscle
	return app.Label().For(id).Class("map-area area-"+muscle).Body(
		Checkbox(app.Input().Type("checkbox").ID(id).Class("visually-hidden").
			DataSet("muscle", muscle).
			OnChange(m.OnChange(muscle)), m.Selected(muscle), false),
		app.Span().Class("visually-hidden").Text(m.Label(muscle)),
	)
}
