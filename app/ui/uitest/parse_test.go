package uitest

import (
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The tree reads what go-app writes: Go-quoted values in any order, bare
// true attributes, "false" ones, void elements, escaped text.
func TestRenderReadsGoAppsHTML(t *testing.T) {
	doc := Render(t, app.Div().ID("a").Class("x y").Body(
		app.P().Body(app.Text("Hold "), app.B().Text("x & y"), app.Text(",")),
		app.Input().ID("in").Checked(true).Disabled(false).Value(`say "hi"`),
		app.Span().ID("s").Hidden(true).Title("é").DataSet("id", "calf"),
	))
	a := doc.MustID(t, "a")
	if a.Tag != "div" || !a.HasClass("y") || a.HasClass("x y") || a.Parent != doc {
		t.Errorf("div: %q %v, parent %v", a.Tag, a.Attrs, a.Parent == doc)
	}
	if got := a.Tagged("p")[0].Text(); got != "Hold x & y ," {
		t.Errorf("text %q", got)
	}
	in := doc.MustID(t, "in")
	if in.Attrs["value"] != `say "hi"` || in.Attrs["checked"] != "true" || len(in.Kids) != 0 {
		t.Errorf("input: %v, %d kids", in.Attrs, len(in.Kids))
	}
	if v, ok := in.BoolAttr("disabled"); v || !ok {
		t.Errorf("disabled reads %v %v", v, ok)
	}
	if s := doc.MustID(t, "s"); s.Parent != a || s.Attrs["title"] != "é" || !s.Has("hidden") || !s.Within("a") {
		t.Errorf("span: %v", s.Attrs)
	}
	if got := Checked(doc, ""); !slices.Equal(got, []string{"in"}) {
		t.Errorf("checked %v", got)
	}
	if got := doc.DataIDs(); !slices.Equal(got, []string{"calf"}) {
		t.Errorf("data ids %v", got)
	}
	if len(a.Elements()) != 3 || doc.Count() != 5 || len(doc.WithClass("x")) != 1 || doc.ByID("none") != nil {
		t.Errorf("%d children, %d elements", len(a.Elements()), doc.Count())
	}
}

// A second element with an id fails OnlyID's test.
func TestOnlyIDReportsADuplicate(t *testing.T) {
	doc := Parse(t, `<p id="x"></p><p id="x"></p>`)
	probe := &testing.T{}
	if doc.OnlyID(probe, "x") == nil || !probe.Failed() {
		t.Error("two elements with one id pass")
	}
}
