package diarypages

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// seedSummary logs three cramps, one with a note and remedies, a day note
// with alcohol, a stretched check-in and a medicine.
func seedSummary(t *testing.T, f *uitest.Fixture) []diary.Entry {
	t.Helper()
	tonight := f.Site.Diary.Tonight()
	a := diary.NewEntry(nightAt(tonight - 5))
	a.Leg, a.Muscles, a.Duration, a.Pain = diary.LegLeft, []string{"calf"}, 90, 7
	a.Note = "<b>woke twice</b>"
	a.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}, {Remedy: "walk-or-jiggle", Helped: diary.HelpedNo}}
	b := diary.NewEntry(nightAt(tonight - 3).Add(-3 * time.Hour))
	c := diary.NewEntry(nightAt(tonight - 1))
	c.Leg = diary.LegBoth
	entries := f.Seed(t, []diary.Entry{a, b, c})
	st := f.Store(t)
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
	f := uitest.NewFixture(t)
	entries := seedSummary(t, f)
	p := openSummary(t, f, "/diary/summary")
	doc := uitest.Render(t, p)
	rows := doc.MustID(t, "summary-table").Select("tbody", "")[0].Select("tr", "")
	if len(rows) != len(entries) {
		t.Fatalf("%d rows for %d cramps", len(rows), len(entries))
	}
	oldest := entries[0] // seeded oldest first
	first := uitest.Texts(rows[0].Select("td", ""))
	want := []string{
		oldest.At.Format("Mon 2 Jan 2006"), oldest.At.Format("15:04"),
		"Left leg: " + muscleLabels(f.Site, []string{"calf"})[0], "1.5 min", "7/10",
		entryTitle(f.Site, "stretch-the-cramp") + " (helped); " + entryTitle(f.Site, "walk-or-jiggle") + " (did not help)",
	}
	if !slices.Equal(first, want) || rows[0].Attrs["data-id"] != oldest.ID {
		t.Errorf("first row %q, want %q", first, want)
	}
	if got := uitest.Texts(rows[1].Select("td", "")); got[2] != "–" || got[3] != "–" || got[4] != "–" || got[5] != "–" {
		t.Errorf("a cramp with only its time: %q", got)
	}
	if strings.Contains(doc.MustID(t, "summary").Text(), "woke twice") {
		t.Error("a note is shown though the person did not tick notes in")
	}
	if got := valueOf(t, doc, "sum-logged"); got != "4 of 6" {
		t.Errorf("nights logged %q, want 4 of 6 (3 cramp nights and a check-in, from the first night)", got)
	}
	meds := uitest.Texts(doc.MustID(t, "sum-medicines").Select("li", ""))
	if want := "Statin: since " + (f.Site.Diary.Tonight() - 40).Time().Format("2 Jan 2006"); len(meds) != 1 || meds[0] != want {
		t.Errorf("medicines %q, want %q", meds, want)
	}
	factors := uitest.Texts(doc.MustID(t, "sum-factors").Select("li", ""))
	if want := []string{"Exercise: 1 day", "Alcohol: 1 day", "Bedtime stretches: 1 night"}; !slices.Equal(factors, want) {
		t.Errorf("factors %q, want %q", factors, want)
	}
	weeks := doc.MustID(t, "sum-weeks-table").Select("tbody", "")[0].Select("tr", "")
	if len(weeks) != 1 || uitest.Texts(weeks[0].Select("td", ""))[0] != "4 of 6" {
		t.Errorf("the weekly table %q", uitest.Texts(weeks))
	}
}

func TestSummaryNotesOnlyWhenTickedIn(t *testing.T) {
	f := uitest.NewFixture(t)
	seedSummary(t, f)
	p := openSummary(t, f, "/diary/summary?notes=1")
	doc := uitest.Render(t, p)
	if !doc.MustID(t, "summary-notes").Has("checked") {
		t.Error("the notes box is not ticked")
	}
	notes := uitest.Texts(doc.MustID(t, "summary-table").Select("td", "entry-note"))
	if !slices.Contains(notes, "<b>woke twice</b>") || len(doc.Select("b", "")) != 0 {
		t.Errorf("notes %q: want the note as text, never markup", notes)
	}
	heads := uitest.Texts(doc.MustID(t, "summary-table").Select("th", ""))
	if heads[len(heads)-1] != "Note" {
		t.Errorf("headings %q lack the note", heads)
	}
}

func TestSummaryPresetsMarkTheOneShown(t *testing.T) {
	f := uitest.NewFixture(t)
	seedSummary(t, f)
	for _, r := range summaryPresets {
		doc := uitest.Render(t, openSummary(t, f, "/diary/summary?range="+r.value))
		for _, other := range summaryPresets {
			a := doc.MustID(t, "range-"+other.value)
			if cur := a.Attrs["aria-current"] == "page"; cur != (other.value == r.value) {
				t.Errorf("%s shown: %s current %t", r.value, other.value, cur)
			}
		}
	}
	p := openSummary(t, f, "/diary/summary?range=all")
	if p.from != f.Site.Diary.Tonight()-5 {
		t.Errorf("everything starts %s, want the first night", p.from)
	}
}

func TestSummaryPrintButtonAndNoPrintControls(t *testing.T) {
	f := uitest.NewFixture(t)
	seedSummary(t, f)
	doc := uitest.Render(t, openSummary(t, f, "/diary/summary"))
	if got := doc.MustID(t, "print-summary").Text(); got != "Save as PDF or print" {
		t.Errorf("print button %q", got)
	}
	for _, id := range []string{"summary-range", "summary-presets"} {
		if !doc.MustID(t, id).HasClass("no-print") {
			t.Errorf("#%s is printed", id)
		}
	}
	if !doc.MustID(t, "print-summary").Parent.HasClass("no-print") {
		t.Error("the buttons are printed")
	}
}
