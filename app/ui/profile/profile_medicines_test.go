package profile

import (
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
)

func TestMedicinesAreSuggestedFromTheKnowledgeBase(t *testing.T) {
	f := newFixture(t)
	doc := render(t, openProfile(t, f))
	if doc.mustID(t, "medicine-name").attrs["list"] != "medicine-suggestions" {
		t.Error("the name field is not tied to the suggestions")
	}
	var want []string
	for _, e := range kbMedicines(f.k) {
		if e.Category != "medicine" {
			t.Errorf("%s of category %s is suggested as a medicine", e.ID, e.Category)
		}
		want = append(want, e.Title)
	}
	var got []string
	for _, o := range doc.mustID(t, "medicine-suggestions").all("option", "") {
		got = append(got, o.attrs["value"])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") || len(got) < 5 {
		t.Errorf("suggestions %q, want the knowledge base's medicines %q", got, want)
	}
	doc.mustID(t, "medicines-none")
}

func TestAddStopAndDeleteAMedicine(t *testing.T) {
	f := newFixture(t)
	p := openProfile(t, f)
	statins, _ := f.k.Entry("statins")
	p.meds.name, p.meds.start = " "+strings.ToLower(statins.Title)+" ", "2026-02-01"
	p.meds.add(f.site)
	list := f.store(t).Medicines()
	if len(list) != 1 || list[0].KBID != "statins" || list[0].Start != diary.Date(2026, 2, 1) || list[0].Stop != 0 {
		t.Fatalf("stored %+v, want statins from 1 Feb", list)
	}
	doc := render(t, p)
	item := doc.mustID(t, "medicine-list").all("li", "medicine")
	if len(item) != 1 || !strings.Contains(item[0].textOf(), "since 1 Feb 2026") {
		t.Fatalf("the list shows %q", texts(item))
	}
	if p.meds.name != "" || doc.mustID(t, "medicine-status").attrs["role"] != "status" {
		t.Errorf("after adding, the name field holds %q", p.meds.name)
	}
	id := list[0].ID
	p.meds.stop(f.site, id)
	m, _ := f.store(t).Medicine(id)
	if m.Stop != diary.DayOf(now) {
		t.Errorf("stopped on %s, want today %s", m.Stop, diary.DayOf(now))
	}
	doc = render(t, p)
	if doc.byID("medicine-stop-"+id) != nil || !strings.Contains(doc.mustID(t, "medicine-list").textOf(), "1 Feb 2026 to "+diary.DayOf(now).Time().Format("2 Jan 2006")) {
		t.Errorf("a stopped medicine shows %q", doc.mustID(t, "medicine-list").textOf())
	}
	p.meds.remove(f.site, id)
	if len(f.store(t).Medicines()) != 0 || render(t, p).byID("medicines-none") == nil {
		t.Error("the medicine was not deleted")
	}
}

func TestAMedicineThatCannotBeSavedKeepsTheForm(t *testing.T) {
	f := newFixture(t)
	p := openProfile(t, f)
	for _, c := range []struct{ name, start, says string }{
		{"", "2026-02-01", "no name"},
		{"Quinine", "", "the day you started"},
		{"Quinine", "2030-01-01", "future"},
		{strings.Repeat("x", diary.MaxMedicineRunes+1), "2026-02-01", "characters"},
	} {
		p.meds.name, p.meds.start = c.name, c.start
		p.meds.add(f.site)
		doc := render(t, p)
		st := doc.mustID(t, "medicine-status")
		if st.attrs["role"] != "alert" || !strings.Contains(st.textOf(), c.says) || p.meds.name != c.name {
			t.Errorf("%.20q from %q: status %q (%s), name kept %t", c.name, c.start, st.textOf(), st.attrs["role"], p.meds.name == c.name)
		}
	}
	if len(f.store(t).Medicines()) != 0 {
		t.Error("a bad medicine was saved")
	}
}
