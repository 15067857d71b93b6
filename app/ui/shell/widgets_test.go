package shell

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

func TestCheckboxLeavesFalseOutOnTheServer(t *testing.T) {
	for _, c := range []struct{ checked, disabled bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		in := render(t, Checkbox(app.Input().Type("checkbox").ID("box"), c.checked, c.disabled)).mustID(t, "box")
		// A browser reads checked="false" as checked: false must be absent.
		if in.has("checked") != c.checked || in.has("disabled") != c.disabled {
			t.Errorf("checked %v, disabled %v: written as %v", c.checked, c.disabled, in.attrs)
		}
	}
}

func TestMuscleMapIsAGroupOfRealCheckboxes(t *testing.T) {
	k := testKB(t)
	selected := map[string]bool{"calf": true, "foot": true}
	m := MuscleMap{
		Legend:   "Where was the cramp?",
		IDPrefix: "log-muscle-",
		Selected: func(muscle string) bool { return selected[muscle] },
		OnChange: func(string) app.EventHandler { return func(app.Context, app.Event) {} },
		Label:    func(muscle string) string { return k.Label(kb.VocabMuscle, muscle) },
	}
	doc := render(t, m.Render())
	if fs := doc.tags("fieldset"); len(fs) != 1 || !fs[0].hasClass("body-map") {
		t.Fatal("the map is not one fieldset.body-map")
	}
	if legend := doc.tags("legend"); len(legend) != 1 || legend[0].Text() != m.Legend {
		t.Errorf("legend %v, want %q", legend, m.Legend)
	}
	svg := doc.tags("svg")
	if len(svg) != 1 || !svg[0].has("aria-hidden") || svg[0].attrs["focusable"] != "false" {
		t.Error("the drawing is not hidden from screen readers and keyboards")
	}
	for _, muscle := range MapMuscles {
		if _, ok := k.Term(kb.VocabMuscle, muscle); !ok {
			t.Errorf("the map offers %q, which the knowledge base's muscles lack", muscle)
		}
		in := doc.mustID(t, m.IDPrefix+muscle)
		if in.tag != "input" || in.attrs["type"] != "checkbox" || in.attrs["data-muscle"] != muscle {
			t.Errorf("%s: tap area is %s %v, want a checkbox", muscle, in.tag, in.attrs)
		}
		if in.has("checked") != selected[muscle] {
			t.Errorf("%s: checked %v, selected %v", muscle, in.has("checked"), selected[muscle])
		}
		labels := doc.all(func(n *node) bool { return n.tag == "label" && n.attrs["for"] == m.IDPrefix+muscle })
		if len(labels) != 1 || !strings.Contains(labels[0].Text(), k.Label(kb.VocabMuscle, muscle)) {
			t.Errorf("%s: no label naming it %q", muscle, k.Label(kb.VocabMuscle, muscle))
		}
	}
	// Every drawn shape is a muscle of the map, and is lit when selected.
	shapes := doc.all(func(n *node) bool { return n.tag == "path" && n.hasClass("muscle") })
	if len(shapes) != len(muscleShapes) {
		t.Fatalf("%d muscle shapes drawn, want %d", len(shapes), len(muscleShapes))
	}
	for i, shape := range shapes {
		muscle := muscleShapes[i].muscle
		if !contains(MapMuscles, muscle) {
			t.Errorf("shape %d draws %q, which has no tap area", i, muscle)
		}
		if shape.hasClass("selected") != selected[muscle] {
			t.Errorf("shape of %s: selected class %v, want %v", muscle, shape.hasClass("selected"), selected[muscle])
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
	k := testKB(t)
	if Citations(k, nil) != nil {
		t.Error("no sources should draw no section")
	}
	sources := k.Sources()
	if len(sources) < 2 {
		t.Fatalf("the knowledge base has %d sources", len(sources))
	}
	ids := []string{sources[0].ID, "no-such-source", sources[1].ID}
	doc := render(t, Citations(k, ids))
	items := doc.tags("li")
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
	doc := render(t, Citation(kb.Source{Title: "Night cramps."}))
	if got := doc.Text(); got != "Night cramps." {
		t.Errorf("a source with only a title is cited as %q", got)
	}
	if len(doc.all(func(n *node) bool { return n.hasClass("note") })) != 0 {
		t.Error("an empty note is drawn")
	}
	full := render(t, Citation(kb.Source{Authors: "A. B.", Title: "T", Publisher: "P", Year: 2020, Identifier: "PMID 1", Note: "n"}))
	if got := full.Text(); got != "A. B. T. P. 2020. PMID 1. n" {
		t.Errorf("a full source is cited as %q", got)
	}
}

func TestSourceLinkNamesTheSourceOrItsID(t *testing.T) {
	k := testKB(t)
	s := k.Sources()[0]
	a := render(t, SourceLink(k, s.ID)).tags("a")
	if len(a) != 1 || a[0].attrs["href"] != "/sources#src-"+s.ID || a[0].Text() != strings.Join(strings.Fields(s.Title), " ") {
		t.Errorf("link to %s: %v", s.ID, a)
	}
	if got := render(t, SourceLink(k, "gone")); len(got.tags("a")) != 0 || got.Text() != "gone" {
		t.Errorf("an unknown source is drawn as %q with %d links", got.Text(), len(got.tags("a")))
	}
}

func TestResultCardShowsAnEntryAtAGlance(t *testing.T) {
	k := testKB(t)
	graded, ungraded := 0, 0
	for _, typ := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeFirstAid, kb.TypeRedFlag, kb.TypeMimic, kb.TypeMuscle} {
		for i, e := range k.Entries(typ) {
			applies := i%2 == 0
			card := render(t, ResultCard(k, e, applies)).tags("li")[0]
			if card.attrs["data-id"] != e.ID || card.tags("a")[0].attrs["href"] != site.EntryPath(e.ID) {
				t.Errorf("%s: card %v does not open its entry", e.ID, card.attrs)
			}
			classText := func(class string) []string {
				var out []string
				for _, n := range card.all(func(n *node) bool { return n.hasClass(class) }) {
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
				if len(card.all(func(n *node) bool { return n.hasClass("badge") && !n.hasClass("applies") })) != 0 {
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
	doc := render(t, LogCrampLink())
	log := doc.mustID(t, "log-cramp-home")
	if log.attrs["href"] != site.DiaryNewPath {
		t.Errorf("Log a cramp leads to %q, want %q", log.attrs["href"], site.DiaryNewPath)
	}
	var hrefs []string
	for _, a := range doc.tags("a") {
		hrefs = append(hrefs, a.attrs["href"])
	}
	if strings.Join(hrefs, " ") != site.DiaryNewPath+" "+site.DiaryPath {
		t.Errorf("links %v, want the log form then the diary", hrefs)
	}
}

func TestGradeBadgeIsLeftOutWithoutAGrade(t *testing.T) {
	k := testKB(t)
	if GradeBadge(k, &kb.Entry{ID: "x", Type: kb.TypeCause}) != nil {
		t.Error("an entry with no grade gets a badge")
	}
}
