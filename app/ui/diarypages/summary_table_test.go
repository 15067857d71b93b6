package diarypages

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
)

// seedSummary logs three cramps, one with a note and remedies, a day note
// with alcohol, a stretched check-in and a medicine.
func seedSummary(t *testing.T, f *fixture) []diary.Entry {
	t.Helper()
	tonight := f.site.Diary.Tonight()
	a := diary.NewEntry(nightAt(tonight - 5))
	a.Leg, a.Muscles, a.Duration, a.Pain = diary.LegLeft, []string{"calf"}, 90, 7
	a.Note = "<b>woke twice</b>"
	a.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}, {Remedy: "walk-or-jiggle", Helped: diary.HelpedNo}}
	b := diary.NewEntry(nightAt(tonight - 3).Add(-3 * time.Hour))
	c := diary.NewEntry(nightAt(tonight - 1))
	c.Leg = diary.LegBoth
	entries := f.seed(t, []diary.Entry{a, b, c})
	st := f.store(t)
	if _, err := st.SaveContext(diary.DayContext{Date: tonight - 5, Alcohol: true, Exercise: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CheckIn(tonight-4, diary.CheckIn{NoCramps: true, Stretched: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveMedicine(diary.Medicine{Name: "Statin", KBID: "statins", Start: tonight - 40}); err != nil {
		t.Fatal(err)
	}
	return entries
}

func TestSummaryTableHasARowPerCramp(t *testing.T) {
	f := newFixture(t)
	entries := seedSummary(t, f)
	p := openSummary(t, f, "/diary/summary")
	doc := render(t, p)
	rows := doc.mustID(t, "summary-table").all("tbody", "")[0].all("tr", "")
	if len(rows) != len(entries) {
		t.Fatalf("%d rows for %d cramps", len(rows), len(entries))
	}
	oldest := entries[0] // seeded oldest first
	first := texts(rows[0].all("td", ""))
	want := []string{
		oldest.At.Format("Mon 2 Jan 2006"), oldest.At.Format("15:04"),
		"Left leg: " + muscleLabels(f.site, []string{"calf"})[0], "1.5 min", "7/10",
		entryTitle(f.site, "stretch-the-cramp") + " (helped); " + entryTitle(f.site, "walk-or-jiggle") + " (did not help)",
	}
	if !slices.Equal(first, want) || rows[0].attrs["data-id"] != oldest.ID {
		t.Errorf("first row %q, want %q", first, want)
	}
	if got := texts(rows[1].all("td", "")); got[2] != "–" || got[3] != "–" || got[4] != "–" || got[5] != "–" {
		t.Errorf("a cramp with only its time: %q", got)
	}
	if strings.Contains(doc.mustID(t, "summary").textOf(), "woke twice") {
		t.Error("a note is shown though the person did not tick notes in")
	}
	if got := valueOf(t, doc, "sum-logged"); got != "4 of 6" {
		t.Errorf("nights logged %q, want 4 of 6 (3 cramp nights and a check-in, from the first night)", got)
	}
	meds := texts(doc.mustID(t, "sum-medicines").all("li", ""))
	if want := "Statin: since " + (f.site.Diary.Tonight() - 40).Time().Format("2 Jan 2006"); len(meds) != 1 || meds[0] != want {
		t.Errorf("medicines %q, want %q", meds, want)
	}
	factors := texts(doc.mustID(t, "sum-factors").all("li", ""))
	if want := []string{"Exercise: 1 day", "Alcohol: 1 day", "Bedtime stretches: 1 night"}; !slices.Equal(factors, want) {
		t.Errorf("factors %q, want %q", factors, want)
	}
	weeks := doc.mustID(t, "sum-weeks-table").all("tbody", "")[0].all("tr", "")
	if len(weeks) != 1 || texts(weeks[0].all("td", ""))[0] != "4 of 6" {
		t.Errorf("the weekly table %q", texts(weeks))
	}
}

func TestSummaryNotesOnlyWhenTickedIn(t *testing.T) {
	f := newFixture(t)
	seedSummary(t, f)
	p := openSummary(t, f, "/diary/summary?notes=1")
	doc := render(t, p)
	if !doc.mustID(t, "summary-notes").has("checked") {
		t.Error("the notes box is not ticked")
	}
	notes := texts(doc.mustID(t, "summary-table").all("td", "entry-note"))
	if !slices.Contains(notes, "<b>woke twice</b>") || len(doc.all("b", "")) != 0 {
		t.Errorf("notes %q: want the note as text, never markup", notes)
	}
	heads := texts(doc.mustID(t, "summary-table").all("th", ""))
	if heads[len(heads)-1] != "Note" {
		t.Errorf("headings %q lack the note", heads)
	}
}

func TestSummaryPresetsMarkTheOneShown(t *testing.T) {
	f := newFixture(t)
	seedSummary(t, f)
	for _, r := range summaryPresets {
		doc := render(t, openSummary(t, f, "/diary/summary?range="+r.value))
		for _, other := range summaryPresets {
			a := doc.mustID(t, "range-"+other.value)
			if cur := a.attrs["aria-current"] == "page"; cur != (other.value == r.value) {
				t.Errorf("%s shown: %s current %t", r.value, other.value, cur)
			}
		}
	}
	p := openSummary(t, f, "/diary/summary?range=all")
	if p.from != f.site.Diary.Tonight()-5 {
		t.Errorf("everything starts %s, want the first night", p.from)
	}
}

func TestSummaryPrintButtonAndNoPrintControls(t *testing.T) {
	f := newFixture(t)
	seedSummary(t, f)
	doc := render(t, openSummary(t, f, "/diary/summary"))
	if got := doc.mustID(t, "print-summary").textOf(); got != "Save as PDF or print" {
		t.Errorf("print button %q", got)
	}
	for _, id := range []string{"summary-range", "summary-presets"} {
		if !doc.mustID(t, id).hasClass("no-print") {
			t.Errorf("#%s is printed", id)
		}
	}
	if !doc.mustID(t, "print-summary").parent.hasClass("no-print") {
		t.Error("the buttons are printed")
	}
}
