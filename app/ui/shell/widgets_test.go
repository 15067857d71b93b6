package shell

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestCheckboxLeavesFalseOutOnTheServer(t *testing.T) {
	for _, c := range []struct{ checked, disabled bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		in := uitest.Render(t, Checkbox(app.Input().Type("checkbox").ID("box"), c.checked, c.disabled)).MustID(t, "box")
		// A browser reads checked="false" as checked: false must be absent.
		if in.Has("checked") != c.checked || in.Has("disabled") != c.disabled {
			t.Errorf("checked %v, disabled %v: written as %v", c.checked, c.disabled, in.Attrs)
		}
	}
}

func TestMuscleMapIsAGroupOfRealCheckboxes(t *testing.T) {
	k := uitest.KB(t)
	selected := map[string]bool{"calf": true, "foot": true}
	m := MuscleMap{
		Legend:   "Where was the cramp?",
		IDPrefix: "log-muscle-",
		Selected: func(muscle string) bool { return selected[muscle] },
		OnChange: func(string) app.EventHandler { return func(app.Context, app.Event) {} },
		Label:    func(muscle string) string { return k.Label(kb.VocabMuscle, muscle) },
	}
	doc := uitest.Render(t, m.Render())
	if fs := doc.Tagged("fieldset"); len(fs) != 1 || !fs[0].HasClass("body-map") {
		t.Fatal("the map is not one fieldset.body-map")
	}
	if legend := doc.Tagged("legend"); len(legend) != 1 || legend[0].Text() != m.Legend {
		t.Errorf("legend %v, want %q", legend, m.Legend)
	}
	svg := doc.Tagged("svg")
	if len(svg) != 1 || !svg[0].Has("aria-hidden") || svg[0].Attrs["focusable"] != "false" {
		t.Error("the drawing is not hidden from screen readers and keyboards")
	}
	for _, muscle := range MapMuscles {
		if _, ok := k.Term(kb.VocabMuscle, muscle); !ok {
			t.Errorf("the map offers %q, which the knowledge base's muscles lack", muscle)
		}
		in := doc.MustID(t, m.IDPrefix+muscle)
		if in.Tag != "input" || in.Attrs["type"] != "checkbox" || in.Attrs["data-muscle"] != muscle {
			t.Errorf("%s: tap area is %s %v, want a checkbox", muscle, in.Tag, in.Attrs)
		}
		if in.Has("checked") != selected[muscle] {
			t.Errorf("%s: checked %v, selected %v", muscle, in.Has("checked"), selected[muscle])
		}
		labels := doc.Find(func(n *uitest.Node) bool { return n.Tag == "label" && n.Attrs["for"] == m.IDPrefix+muscle })
		if len(labels) != 1 || !strings.Contains(labels[0].Text(), k.Label(kb.VocabMuscle, muscle)) {
			t.Errorf("%s: no label naming it %q", muscle, k.Label(kb.VocabMuscle, muscle))
		}
	}
	// Every drawn shape is a muscle of the map, and is lit when selected.
	shapes := doc.Find(func(n *uitest.Node) bool { return n.Tag == "path" && n.HasClass("muscle") })
	if len(shapes) != len(muscleShapes) {
		t.Fatalf("%d muscle shapes drawn, want %d", len(shapes), len(muscleShapes))
	}
	for i, shape := range shapes {
		muscle := muscleShapes[i].muscle
		if !contains(MapMuscles, muscle) {
			t.Errorf("shape %d draws %q, which has no tap area", i, muscle)
		}
		if shape.HasClass("selected") != selected[muscle] {
			t.Errorf("shape of %s: selected class %v, want %v", muscle, shape.HasClass("selected"), selected[muscle])
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestCitationsListKnownSourcesInFull(t *testing.T) {
	k := uitest.KB(t)
	if Citations(k, nil) != nil {
		t.Error("no sources should draw no section")
	}
	sources := k.Sources()
	if len(sources) < 2 {
		t.Fatalf("the knowledge base has %d sources", len(sources))
	}
	ids := []string{sources[0].ID, "no-such-source", sources[1].ID}
	doc := uitest.Render(t, Citations(k, ids))
	items := doc.Tagged("li")
	if len(items) != 2 {
		t.Fatalf("%d citations listed for 2 known sources and one unknown", len(items))
	}
	for i, s := range []kb.Source{sources[0], sources[1]} {
		text := items[i].Text()
		for _, part := range []string{strings.TrimSuffix(s.Title, "."), s.Identifier, s.Note} {
			if !strings.Contains(text, part) {
				t.Errorf("citation of %s %q lacks %q", s.ID, text, part)
			}
		}
		if s.Year != 0 && !strings.Contains(text, fmt.Sprint(s.Year)) {
			t.Errorf("citation of %s lacks its year %d", s.ID, s.Year)
		}
	}
}

func TestCitationLeavesOutWhatASourceLacks(t *testing.T) {
	doc := uitest.Render(t, Citation(kb.Source{Title: "Night cramps."}))
	if got := doc.Text(); got != "Night cramps." {
		t.Errorf("a source with only a title is cited as %q", got)
	}
	if len(doc.Find(func(n *uitest.Node) bool { return n.HasClass("note") })) != 0 {
		t.Error("an empty note is drawn")
	}
	full := uitest.Render(t, Citation(kb.Source{Authors: "A. B.", Title: "T", Publisher: "P", Year: 2020, Identifier: "PMID 1", Note: "n"}))
	if got := full.Text(); got != "A. B. T. P. 2020. PMID 1. n" {
		t.Errorf("a full source is cited as %q", got)
	}
}

func TestSourceLinkNamesTheSourceOrItsID(t *testing.T) {
	k := uitest.KB(t)
	s := k.Sources()[0]
	a := uitest.Render(t, SourceLink(k, s.ID)).Tagged("a")
	if len(a) != 1 || a[0].Attrs["href"] != "/sources#src-"+s.ID || a[0].Text() != strings.Join(strings.Fields(s.Title), " ") {
		t.Errorf("link to %s: %v", s.ID, a)
	}
	if got := uitest.Render(t, SourceLink(k, "gone")); len(got.Tagged("a")) != 0 || got.Text() != "gone" {
		t.Errorf("an unknown source is drawn as %q with %d links", got.Text(), len(got.Tagged("a")))
	}
}

func TestResultCardShowsAnEntryAtAGlance(t *testing.T) {
	k := uitest.KB(t)
	graded, ungraded := 0, 0
	for _, typ := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeFirstAid, kb.TypeRedFlag, kb.TypeMimic, kb.TypeMuscle} {
		for i, e := range k.Entries(typ) {
			applies := i%2 == 0
			card := uitest.Render(t, ResultCard(k, e, applies)).Tagged("li")[0]
			if card.Attrs["data-id"] != e.ID || card.Tagged("a")[0].Attrs["href"] != site.EntryPath(e.ID) {
				t.Errorf("%s: card %v does not open its entry", e.ID, card.Attrs)
			}
			classText := func(class string) []string {
				var out []string
				for _, n := range card.Find(func(n *uitest.Node) bool { return n.HasClass(class) }) {
					out = append(out, n.Text())
				}
				return out
			}
			if got := classText("type"); len(got) != 1 || got[0] != k.Label(kb.VocabType, string(e.Type)) {
				t.Errorf("%s: type %v", e.ID, got)
			}
			if got := classText("card-title"); len(got) != 1 || got[0] != strings.Join(strings.Fields(e.Title), " ") {
				t.Errorf("%s: title %v", e.ID, got)
			}
			if got := classText("applies"); len(got) != map[bool]int{true: 1, false: 0}[applies] {
				t.Errorf("%s: applies %v, badge %v", e.ID, applies, got)
			}
			grade := classText("grade-" + string(e.Grade))
			if e.Grade == "" {
				ungraded++
				if len(card.Find(func(n *uitest.Node) bool { return n.HasClass("badge") && !n.HasClass("applies") })) != 0 {
					t.Errorf("%s has no grade but shows a grade badge", e.ID)
				}
				continue
			}
			graded++
			if len(grade) != 1 || grade[0] != k.Label(kb.VocabGrade, string(e.Grade)) {
				t.Errorf("%s: grade badge %v, want %q", e.ID, grade, k.Label(kb.VocabGrade, string(e.Grade)))
			}
		}
	}
	if graded == 0 {
		t.Error("no graded entry was checked")
	}
	t.Logf("%d graded and %d ungraded entries", graded, ungraded)
}

func TestLogCrampLinkOpensTheDiary(t *testing.T) {
	doc := uitest.Render(t, LogCrampLink())
	log := doc.MustID(t, "log-cramp-home")
	if log.Attrs["href"] != site.DiaryNewPath {
		t.Errorf("Log a cramp leads to %q, want %q", log.Attrs["href"], site.DiaryNewPath)
	}
	var hrefs []string
	for _, a := range doc.Tagged("a") {
		hrefs = append(hrefs, a.Attrs["href"])
	}
	if strings.Join(hrefs, " ") != site.DiaryNewPath+" "+site.DiaryPath {
		t.Errorf("links %v, want the log form then the diary", hrefs)
	}
}

func TestGradeBadgeIsLeftOutWithoutAGrade(t *testing.T) {
	k := uitest.KB(t)
	if GradeBadge(k, &kb.Entry{ID: "x", Type: kb.TypeCause}) != nil {
		t.Error("an entry with no grade gets a badge")
	}
}
