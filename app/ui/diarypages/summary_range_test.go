package diarypages

import (
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestSummaryPresetsAreAppDiarysRanges(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(30*7, 8))
	tonight := f.Site.Diary.Tonight()
	snap := f.Store(t).Snapshot()
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
	doc := uitest.Render(t, all)
	rows := doc.MustID(t, "summary-table").Select("tbody", "")[0].Select("tr", "")
	if sum := diary.Summarize(snap, all.from, all.to); len(rows) != len(sum.Rows) || len(rows) != len(snap.Entries) {
		t.Errorf("everything: %d rows, want one per cramp (%d)", len(rows), len(snap.Entries))
	}
}

func TestSummaryListsAStoppedMedicineWithBothDates(t *testing.T) {
	f := uitest.NewFixture(t)
	tonight := f.Site.Diary.Tonight()
	f.Seed(t, []diary.Entry{diary.NewEntry(nightAt(tonight - 20))})
	st := f.Store(t)
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
	doc := uitest.Render(t, openSummary(t, f, "/diary/summary"))
	got := uitest.Texts(doc.MustID(t, "sum-medicines").Select("li", ""))
	want := "Quinine: " + (tonight - 15).Time().Format("2 Jan 2006") + " to " + (tonight - 5).Time().Format("2 Jan 2006")
	if len(got) != 1 || got[0] != want {
		t.Errorf("medicines %q, want only %q (the other ended before the range)", got, want)
	}
}

func TestInsightsFollowTheChartsSpan(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(16*7, 12))
	p, _ := openDiary(t, f)
	for _, weeks := range []int{4, 12} {
		p.weeks = weeks
		doc := uitest.Render(t, p)
		in := diary.Insight(p.snap, p.first(), p.last)
		if p.last-p.first()+1 != diary.Day(7*weeks) {
			t.Errorf("%d weeks: the charts span %d nights", weeks, p.last-p.first()+1)
		}
		rows := doc.MustID(t, "weeks-chart").Select("rect", "bar")
		logged := 0
		for _, w := range in.Weeks {
			if w.Logged > 0 {
				logged++
			}
		}
		if len(in.Weeks) != weeks || len(rows) != logged {
			t.Errorf("%d weeks: %d weeks of insights and %d bars, want %d and %d", weeks, len(in.Weeks), len(rows), weeks, logged)
		}
		if basis := doc.MustID(t, "insights-basis").Text(); !strings.Contains(basis, "you logged "+plural(in.Logged, "night", "nights")) {
			t.Errorf("%d weeks: basis %q, want %d nights", weeks, basis, in.Logged)
		}
	}
}

func TestTheGuidesLinkWithoutAnAnswerKeepsTheSteps(t *testing.T) {
	f := uitest.NewFixture(t)
	aid := f.KB.FirstAid()[0].ID
	p, _ := openNew(t, f, "/diary/new?steps="+aid)
	if len(p.form.entry.Tried) != 1 || p.form.entry.Tried[0].Helped != "" || !p.fromGuide {
		t.Errorf("tried %+v from a link without an answer", p.form.entry.Tried)
	}
	if doc := uitest.Render(t, p); doc.MustID(t, "from-guide") == nil {
		t.Error("the form does not say the guide filled it")
	}
}
