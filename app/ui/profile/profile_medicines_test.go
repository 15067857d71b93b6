package profile

import (
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestMedicinesAreSuggestedFromTheKnowledgeBase(t *testing.T) {
	f := uitest.NewFixture(t)
	doc := uitest.Render(t, openProfile(t, f))
	if doc.MustID(t, "medicine-name").Attrs["list"] != "medicine-suggestions" {
		t.Error("the name field is not tied to the suggestions")
	}
	var want []string
	for _, e := range kbMedicines(f.KB) {
		if e.Category != "medicine" {
			t.Errorf("%s of category %s is suggested as a medicine", e.ID, e.Category)
		}
		want = append(want, e.Title)
	}
	var got []string
	for _, o := range doc.MustID(t, "medicine-suggestions").Select("option", "") {
		got = append(got, o.Attrs["value"])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") || len(got) < 5 {
		t.Errorf("suggestions %q, want the knowledge base's medicines %q", got, want)
	}
	doc.MustID(t, "medicines-none")
}

func TestAddStopAndDeleteAMedicine(t *testing.T) {
	f := uitest.NewFixture(t)
	p := openProfile(t, f)
	statins, _ := f.KB.Entry("statins")
	p.meds.name, p.meds.start = " "+strings.ToLower(statins.Title)+" ", "2026-02-01"
	p.meds.add(f.Site)
	list := f.Store(t).Medicines()
	if len(list) != 1 || list[0].KBID != "statins" || list[0].Start != diary.Date(2026, 2, 1) || list[0].Stop != 0 {
		t.Fatalf("stored %+v, want statins from 1 Feb", list)
	}
	doc := uitest.Render(t, p)
	item := doc.MustID(t, "medicine-list").Select("li", "medicine")
	if len(item) != 1 || !strings.Contains(item[0].Text(), "since 1 Feb 2026") {
		t.Fatalf("the list shows %q", uitest.Texts(item))
	}
	if p.meds.name != "" || doc.MustID(t, "medicine-status").Attrs["role"] != "status" {
		t.Errorf("after adding, the name field holds %q", p.meds.name)
	}
	id := list[0].ID
	p.meds.stop(f.Site, id)
	m, _ := f.Store(t).Medicine(id)
	if m.Stop != diary.DayOf(now) {
		t.Errorf("stopped on %s, want today %s", m.Stop, diary.DayOf(now))
	}
	doc = uitest.Render(t, p)
	if doc.ByID("medicine-stop-"+id) != nil || !strings.Contains(doc.MustID(t, "medicine-list").Text(), "1 Feb 2026 to "+diary.DayOf(now).Time().Format("2 Jan 2006")) {
		t.Errorf("a stopped medicine shows %q", doc.MustID(t, "medicine-list").Text())
	}
	p.meds.remove(f.Site, id)
	if len(f.Store(t).Medicines()) != 0 || uitest.Render(t, p).ByID("medicines-none") == nil {
		t.Error("the medicine was not deleted")
	}
}

func TestAMedicineThatCannotBeSavedKeepsTheForm(t *testing.T) {
	f := uitest.NewFixture(t)
	p := openProfile(t, f)
	for _, c := range []struct{ name, start, says string }{
		{"", "2026-02-01", "no name"},
		{"Quinine", "", "the day you started"},
		{"Quinine", "2030-01-01", "future"},
		{strings.Repeat("x", diary.MaxMedicineRunes+1), "2026-02-01", "characters"},
	} {
		p.meds.name, p.meds.start = c.name, c.start
		p.meds.add(f.Site)
		doc := uitest.Render(t, p)
		st := doc.MustID(t, "medicine-status")
		if st.Attrs["role"] != "alert" || !strings.Contains(st.Text(), c.says) || p.meds.name != c.name {
			t.Errorf("%.20q from %q: status %q (%s), name kept %t", c.name, c.start, st.Text(), st.Attrs["role"], p.meds.name == c.name)
		}
	}
	if len(f.Store(t).Medicines()) != 0 {
		t.Error("a bad medicine was saved")
	}
}
