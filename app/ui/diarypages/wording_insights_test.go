package diarypages

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// sides are comparisons of every verdict, with their counts.
var sides = []diary.Comparison{
	{With: diary.Side{Nights: 3, CrampNights: 2}, Without: diary.Side{Nights: 12, CrampNights: 3}, Verdict: diary.TooFew},
	{With: diary.Side{Nights: 9, CrampNights: 4}, Without: diary.Side{Nights: 11, CrampNights: 5}, Verdict: diary.NoClearDifference},
	{With: diary.Side{Nights: 14, CrampNights: 13}, Without: diary.Side{Nights: 14, CrampNights: 1}, Verdict: diary.MoreWith},
	{With: diary.Side{Nights: 14, CrampNights: 1}, Without: diary.Side{Nights: 14, CrampNights: 13}, Verdict: diary.FewerWith},
}

func TestEveryInsightSentenceSaysItsNightsAndNoCause(t *testing.T) {
	for _, f := range diary.Factors {
		if _, ok := factorNames[f]; !ok {
			t.Errorf("%s has no words", f)
		}
		for _, c := range sides {
			got := factorSentence(diary.FactorComparison{Factor: f, Comparison: c})
			checkSentence(t, string(f), got, c)
		}
	}
	start := diary.Date(2026, 2, 1)
	for _, c := range sides {
		checkSentence(t, "stretching", stretchSentence(diary.HabitComparison{Started: true, Start: start, Comparison: c}), c)
		for _, stop := range []diary.Day{0, start + 20} {
			m := diary.MedicineComparison{Medicine: diary.Medicine{Name: "Magnesium", Start: start, Stop: stop}, Comparison: c}
			got := medicineSentence(m)
			checkSentence(t, "medicine", got, c)
			lead := "Since you started Magnesium on 1 Feb: "
			if stop != 0 {
				lead = "While you took Magnesium, from 1 Feb to 21 Feb: "
			}
			if !strings.HasPrefix(got, lead) {
				t.Errorf("%q, want it to start %q", got, lead)
			}
		}
	}
}

// checkSentence: the nights on each side are said, too few says so and
// the threshold, and a pattern is never called a cause.
func checkSentence(t *testing.T, what, got string, c diary.Comparison) {
	t.Helper()
	for _, n := range []int{c.With.Nights, c.Without.Nights} {
		if !strings.Contains(got, fmt.Sprint(n)) {
			t.Errorf("%s %v: %q lacks the night count %d", what, c.Verdict, got, n)
		}
	}
	tooFew := strings.Contains(got, "too few nights to tell yet") && strings.Contains(got, fmt.Sprintf("at least %d of each", diary.MinNightsEachSide))
	if tooFew != (c.Verdict == diary.TooFew) {
		t.Errorf("%s %v: %q says too few: %t", what, c.Verdict, got, tooFew)
	}
	if c.Verdict != diary.TooFew && !strings.Contains(got, of(c.With)) {
		t.Errorf("%s %v: %q lacks %q", what, c.Verdict, got, of(c.With))
	}
	lower := strings.ToLower(got)
	for _, banned := range []string{"causes", "caused by", "because", "proves", "triggers"} {
		if strings.Contains(lower, banned) {
			t.Errorf("%s %v: %q says %q", what, c.Verdict, got, banned)
		}
	}
	if (c.Verdict == diary.MoreWith || c.Verdict == diary.FewerWith) && !strings.Contains(got, "not proof") {
		t.Errorf("%s %v: %q does not say a pattern is not proof", what, c.Verdict, got)
	}
}

func TestWeeksChartDrawsUnloggedWeeksAsUnknown(t *testing.T) {
	first := diary.Date(2026, 2, 2)
	weeks := []diary.LoggedWeek{
		{First: first, Logged: 0},
		{First: first + 7, Logged: 7, Cramps: 5, CrampNights: 4},
		{First: first + 14, Logged: 3, Cramps: 0},
		{First: first + 21, Logged: 2, Cramps: 2, CrampNights: 1},
	}
	last := first + 23 // the last week has 3 nights
	doc := uitest.Render(t, weeksChart("w", weeks, weeksTable("w-table", weeks, last)))
	bars := doc.Select("rect", "bar")
	if len(bars) != 3 || len(doc.Select("path", "unlogged")) != 1 {
		t.Fatalf("%d bars and %d unknown bands, want 3 and 1", len(bars), len(doc.Select("path", "unlogged")))
	}
	if bars[0].Attrs["data-week"] != (first+7).String() || bars[0].Attrs["data-count"] != "5" {
		t.Errorf("first bar %v", bars[0].Attrs)
	}
	rows := doc.MustID(t, "w-table").Select("tbody", "")[0].Select("tr", "")
	want := [][]string{{"0 of 7", "–", "–"}, {"7 of 7", "5", "4"}, {"3 of 7", "0", "0"}, {"2 of 3", "2", "1"}}
	for i, r := range rows {
		if got := uitest.Texts(r.Select("td", "")); strings.Join(got, "|") != strings.Join(want[i], "|") {
			t.Errorf("week %d: %q, want %q", i, got, want[i])
		}
	}
	if caption := doc.Select("figcaption", "")[0].Text(); !strings.Contains(caption, "7 cramps in all") {
		t.Errorf("caption %q", caption)
	}
	if region := doc.Find(func(n *uitest.Node) bool { return n.HasClass("table-scroll") }); len(region) != 1 || region[0].Attrs["tabindex"] != "0" || region[0].Attrs["role"] != "region" || region[0].Attrs["aria-label"] == "" {
		t.Errorf("the table's scroll box cannot take the keyboard's focus: %v", region[0].Attrs)
	}
}

func TestANewDiarysSummaryCountsOnlyItsNights(t *testing.T) {
	f := uitest.NewFixture(t)
	tonight := f.Site.Diary.Tonight()
	f.Seed(t, []diary.Entry{diary.NewEntry(nightAt(tonight - 3)), diary.NewEntry(nightAt(tonight - 1))})
	doc := uitest.Render(t, openSummary(t, f, "/diary/summary"))
	want := fmt.Sprintf("%s to %s (4 nights)", longDate(tonight-3), longDate(tonight))
	if got := valueOf(t, doc, "sum-range"); got != want {
		t.Errorf("a 4-night diary's summary covers %q, want %q", got, want)
	}
	if got := valueOf(t, doc, "sum-logged"); got != "2 of 4" {
		t.Errorf("nights logged %q, want 2 of 4", got)
	}
}

func TestAReadOnlyDiaryOffersNoCheckIn(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Mem.Set(diary.MetaKey, fmt.Sprintf(`{"schema":%d}`, diary.SchemaVersion+1))
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	if !p.snap.ReadOnly || doc.ByID("checkin-card") != nil {
		t.Error("a diary this version cannot write offers a check-in")
	}
}

func TestDayFactsSayWhatWasNoted(t *testing.T) {
	for _, c := range []struct {
		day  diary.DayContext
		want string
	}{
		{diary.DayContext{}, ""},
		{diary.DayContext{Exercise: true, Caffeine: true}, "exercise, caffeine"},
		{diary.DayContext{Fluids: diary.FluidsPlenty, Standing: true, Sitting: true}, "drinking plenty, standing a long time, sitting a long time"},
		{diary.DayContext{Fluids: diary.FluidsNormal}, ""},
	} {
		if got := dayFacts(c.day); got != c.want {
			t.Errorf("%+v: %q, want %q", c.day, got, c.want)
		}
	}
}
