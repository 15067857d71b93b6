package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
)

// yearOfCheckIns is a check-in for each of the n nights before now's:
// stretches every other night, and "no cramps" on none (every night of
// nightlyHistory has a cramp), with a day note each.
func yearOfCheckIns(n int) ([]diary.CheckIn, []diary.DayContext) {
	last := diary.NightOf(diaryNow)
	var checkIns []diary.CheckIn
	var days []diary.DayContext
	for i := 1; i <= n; i++ {
		night := last - diary.Day(i)
		checkIns = append(checkIns, diary.CheckIn{Night: night, Stretched: i%2 == 0})
		days = append(days, diary.DayContext{Date: night, Alcohol: i%3 == 0, Exercise: i%4 == 0, Fluids: diary.FluidsLittle})
	}
	return checkIns, days
}

// storedFull is storedForm with check-ins and medicines.
func storedFull(t testing.TB, entries []diary.Entry, days []diary.DayContext, checkIns []diary.CheckIn, meds []diary.Medicine) map[string]string {
	t.Helper()
	mem := diary.NewMemStorage()
	st, _ := diary.Open(mem)
	st.SetClock(func() time.Time { return diaryNow.Add(-time.Hour) })
	for _, e := range entries {
		if _, err := st.SaveEntry(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range days {
		if _, err := st.SaveContext(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range checkIns {
		if _, err := st.CheckIn(c.Night, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range meds {
		if _, err := st.SaveMedicine(m); err != nil {
			t.Fatal(err)
		}
	}
	all, err := mem.GetAll()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// openWholeDiaryJS opens the diary until the whole page is painted, the
// insights included; openSummaryJS opens the doctor's summary from the
// diary's own link until its table of cramps is painted.
var (
	openWholeDiaryJS = navWatchJS + `("/diary", "#insights")`
	openSummaryJS    = linkWatchJS("main") + `("/diary/summary", "#summary-table")`
)

// BenchmarkDiaryInsights seeds 2,000 nightly entries, a year of check-ins
// and day notes, and a medicine, and measures, unthrottled, opening the
// diary until its chart is painted (the figure BenchmarkDiary reports for
// the diary without them), until the whole page with its insights is
// painted, and opening the summary from the diary until its table is
// painted. The bar is 1.25 times the diary's open-diary-again figure of
// BenchmarkDiary before check-ins (the integrator's baseline). Run with
// -benchtime 1x.
func BenchmarkDiaryInsights(b *testing.B) {
	s := startServer(b, builds.server, builds.web, "127.0.0.1:0")
	br := newBrowser(b)
	br.Guard.Allow(s.Addr)
	br.fixClock(diaryNow)
	entries := nightlyHistory(2000)
	checkIns, days := yearOfCheckIns(365)
	meds := []diary.Medicine{{ID: "med-1", Name: "Magnesium", Start: diary.NightOf(diaryNow) - 100}}
	br.seedStorage(s.URL, storedFull(b, entries, days, checkIns, meds))

	var chart, whole, summary []float64
	home := br.goHome
	for round := 0; round <= 10; round++ {
		br.open(s.URL + "/")
		br.waitIdle()
		br.timed(openDiaryJS, "__navMs") // the first open of the session
		home()
		c := br.timed(openDiaryJS, "__navMs")
		home()
		w := br.timed(openWholeDiaryJS, "__navMs")
		br.waitDiaryFilled()
		m := br.timed(openSummaryJS, "__navMs")
		if round == 0 {
			continue // the first start of a new browser profile
		}
		chart, whole, summary = append(chart, c), append(whole, w), append(summary, m)
	}
	report := func(name string, v []float64) {
		p50, p95 := percentile(v, 50), percentile(v, 95)
		fmt.Printf("%s with %d entries, %d check-ins: median %.1f ms, p95 %.1f ms (%d samples)\n", name, len(entries), len(checkIns), p50, p95, len(v))
		b.ReportMetric(p50, name+"-p50-ms")
		b.ReportMetric(p95, name+"-p95-ms")
	}
	report("open-diary-chart", chart)
	report("open-diary-whole", whole)
	report("open-summary", summary)
}
