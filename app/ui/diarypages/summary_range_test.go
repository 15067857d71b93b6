package diarypages

import (
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
)

func TestSummaryPresetsAreAppDiarysRanges(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(30*7, 8))
	tonight := f.site.Diary.Tonight()
	snap := f.store(t).Snapshot()
	for _, r := range summaryPresets {
		p := openSummary(t, f, "/diary/summary?range="+r.value)
		from, to := r.preset.Range(snap, tonight)
		if p.from != from || p.to != to {
			t.Errorf("%s: %s to %s, want app/diary's %s to %s", r.value, p.from, p.to, from, to)
		}
	}
	p := openSummary(t, f, "/diary/summary")
	if from, to := diary.DefaultRange(snap, tonight); p.from != from || p.to != to || p.preset != "" {
		t.Errorf("default: %s to %s (%q), want %s to %s", p.from, p.to, p.preset, from, to)
	}
	all := openSummary(t, f, "/diary/summary?range=all")
	doc := render(t, all)
	rows := doc.mustID(t, "summary-table").all("tbody", "")[0].all("tr", "")
	if sum := diary.Summarize(snap, all.from, all.to); len(rows) != len(sum.Rows) || len(rows) != len(snap.Entries) {
		t.Errorf("everything: %d rows, want one per cramp (%d)", len(rows), len(snap.Entries))
	}
}

func TestSummaryListsAStoppedMedicineWithBothDates(t *testing.T) {
	f := newFixture(t)
	tonight := f.site.Diary.Tonight()
	f.seed(t, []diary.Entry{diary.NewEntry(nightAt(tonight - 20))})
	st := f.store(t)
	m, err := st.SaveMedicine(diary.Medicine{Name: "Quinine", Start: tonight - 15})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.StopMedicine(m.ID, tonight-5); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveMedicine(diary.Medicine{Name: "Long gone", Start: tonight - 400, Stop: tonight - 300}); err != nil {
		t.Fatal(err)
	}
	doc := render(t, openSummary(t, f, "/diary/summary"))
	got := texts(doc.mustID(t, "sum-medicines").all("li", ""))
	want := "Quinine: " + (tonight - 15).Time().Format("2 Jan 2006") + " to " + (tonight - 5).Time().Format("2 Jan 2006")
	if len(got) != 1 || got[0] != want {
		t.Errorf("medicines %q, want only %q (the other ended before the range)", got, want)
	}
}

func TestInsightsFollowTheChartsSpan(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(16*7, 12))
	p, _ := openDiary(t, f)
	for _, weeks := range []int{4, 12} {
		p.weeks = weeks
		doc := render(t, p)
		in := diary.Insight(p.snap, p.first(), p.last)
		if p.last-p.first()+1 != diary.Day(7*weeks) {
			t.Errorf("%d weeks: the charts span %d nights", weeks, p.last-p.first()+1)
		}
		rows := doc.mustID(t, "weeks-chart").all("rect", "bar")
		logged := 0
		for _, w := range in.Weeks {
			if w.Logged > 0 {
				logged++
			}
		}
		if len(in.Weeks) != weeks || len(rows) != logged {
			t.Errorf("%d weeks: %d weeks of insights and %d bars, want %d and %d", weeks, len(in.Weeks), len(rows), weeks, logged)
		}
		if basis := doc.mustID(t, "insights-basis").textOf(); !strings.Contains(basis, "you logged "+plural(in.Logged, "night", "nights")) {
			t.Errorf("%d weeks: basis %q, want %d nights", weeks, basis, in.Logged)
		}
	}
}

func TestTheGuidesLinkWithoutAnAnswerKeepsTheSteps(t *testing.T) {
	f := newFixture(t)
	aid := f.k.FirstAid()[0].ID
	p, _ := openNew(t, f, "/diary/new?steps="+aid)
	if len(p.form.entry.Tried) != 1 || p.form.entry.Tried[0].Helped != "" || !p.fromGuide {
		t.Errorf("tried %+v from a link without an answer", p.form.entry.Tried)
	}
	if doc := render(t, p); doc.mustID(t, "from-guide") == nil {
		t.Error("the form does not say the guide filled it")
	}
}
