package diarypages

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// nightAt is a cramp at 02:00 in the given night.
func nightAt(d diary.Day) time.Time {
	t := (d + 1).Time()
	return time.Date(t.Year(), t.Month(), t.Day(), 2, 0, 0, 0, time.Local)
}

// seedAlcoholNights logs 28 nights: on the 14 after alcohol a cramp on
// all but one, on the other 14 (days with exercise) a "no cramps"
// check-in on all but one.
func seedAlcoholNights(t *testing.T, f *uitest.Fixture) {
	t.Helper()
	st := f.Store(t)
	last := f.Site.Diary.Tonight() - 1
	for i := 0; i < 28; i++ {
		night := last - diary.Day(i)
		alcohol := i%2 == 0
		// A night counts as "without" only when its day was noted.
		if _, err := st.SaveContext(diary.DayContext{Date: night, Alcohol: alcohol, Exercise: !alcohol}); err != nil {
			t.Fatal(err)
		}
		cramp := alcohol != (i == 0 || i == 1)
		if cramp {
			e := diary.NewEntry(nightAt(night))
			e.ID = fmt.Sprintf("alc-%02d", i)
			if _, err := st.SaveEntry(e); err != nil {
				t.Fatal(err)
			}
		} else if _, err := st.CheckIn(night, diary.CheckIn{NoCramps: true}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestInsightsSayTheNightsTheyRestOn(t *testing.T) {
	f := uitest.NewFixture(t)
	seedAlcoholNights(t, f)
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	in := diary.Insight(p.snap, p.first(), p.last)
	if want := "you logged " + plural(in.Logged, "night", "nights"); !strings.Contains(doc.MustID(t, "insights-basis").Text(), want) || in.Logged != 28 {
		t.Errorf("basis %q, want %q (28)", doc.MustID(t, "insights-basis").Text(), want)
	}
	items := doc.MustID(t, "factor-insights").Select("li", "insight")
	byFactor := map[string]*uitest.Node{}
	for _, li := range items {
		byFactor[li.Attrs["data-factor"]] = li
	}
	for _, fc := range in.Factors {
		li := byFactor[string(fc.Factor)]
		if fc.With.Nights == 0 {
			if li != nil {
				t.Errorf("%s: shown though never noted", fc.Factor)
			}
			continue
		}
		if li == nil {
			t.Fatalf("%s: not shown, though it rests on %d nights", fc.Factor, fc.With.Nights+fc.Without.Nights)
		}
		if li.Attrs["data-with"] != strconv.Itoa(fc.With.Nights) || li.Attrs["data-without"] != strconv.Itoa(fc.Without.Nights) || li.Attrs["data-verdict"] != verdictClass(fc.Verdict) {
			t.Errorf("%s: %v, want %d with, %d without, %s", fc.Factor, li.Attrs, fc.With.Nights, fc.Without.Nights, verdictClass(fc.Verdict))
		}
		if !strings.Contains(li.Text(), of(fc.With)) && fc.Verdict != diary.TooFew {
			t.Errorf("%s: %q lacks %q", fc.Factor, li.Text(), of(fc.With))
		}
	}
	alcohol := byFactor["alcohol"].Text()
	if want := "More cramps on nights after alcohol: cramps on 13 of 14 nights after alcohol, against 1 of 14 nights without."; !strings.HasPrefix(alcohol, want) {
		t.Errorf("alcohol: %q, want it to start %q", alcohol, want)
	}
	for _, li := range items {
		if strings.Contains(strings.ToLower(li.Text()), "causes") {
			t.Errorf("an insight names a cause: %q", li.Text())
		}
	}
	doc.MustID(t, "habit-insights-none")
}

func TestTooFewNightsSayItAndHowMany(t *testing.T) {
	f := uitest.NewFixture(t)
	st := f.Store(t)
	night := f.Site.Diary.Tonight() - 1
	for i := diary.Day(0); i < 3; i++ {
		if _, err := st.SaveContext(diary.DayContext{Date: night - i, Caffeine: i == 0, Sitting: i != 0}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.CheckIn(night-i, diary.CheckIn{NoCramps: true, Stretched: i == 0}); err != nil {
			t.Fatal(err)
		}
	}
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	caffeine := doc.MustID(t, "factor-insights").Find(func(n *uitest.Node) bool { return n.Attrs["data-factor"] == "caffeine" })
	if len(caffeine) != 1 {
		t.Fatal("no caffeine line")
	}
	want := "Nights after caffeine: too few nights to tell yet: 1 night logged after caffeine, 2 without; at least 7 of each are needed."
	if got := caffeine[0].Text(); got != want {
		t.Errorf("caffeine: %q, want %q", got, want)
	}
	stretch := doc.MustID(t, "habit-insights").Find(func(n *uitest.Node) bool { return n.Attrs["data-habit"] == "stretching" })
	if len(stretch) != 1 || !strings.Contains(stretch[0].Text(), "too few nights to tell yet: 1 night logged since, 2 before") {
		t.Errorf("stretching: %q", uitest.Texts(stretch))
	}
}

func TestAMedicineIsComparedBeforeAndWhileTaken(t *testing.T) {
	f := uitest.NewFixture(t)
	seedAlcoholNights(t, f)
	start := f.Site.Diary.Tonight() - 10
	m, err := f.Store(t).SaveMedicine(diary.Medicine{Name: "Magnesium", Start: start})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	li := doc.MustID(t, "habit-insights").Find(func(n *uitest.Node) bool { return n.Attrs["data-medicine"] == m.ID })
	if len(li) != 1 {
		t.Fatal("the medicine has no line")
	}
	in := diary.Insight(p.snap, p.first(), p.last)
	c := in.Medicines[0].Comparison
	if !strings.HasPrefix(li[0].Text(), "Since you started Magnesium on "+shortDate(start)+": ") ||
		li[0].Attrs["data-with"] != strconv.Itoa(c.With.Nights) || li[0].Attrs["data-without"] != strconv.Itoa(c.Without.Nights) {
		t.Errorf("medicine line %q %v, want %d since, %d before", li[0].Text(), li[0].Attrs, c.With.Nights, c.Without.Nights)
	}
}

func TestTheDiaryCheckInSavesAndRedraws(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(10, 4))
	p, ctx := openDiary(t, f)
	night := p.checkIn.night
	if night != f.Site.Diary.Tonight() {
		t.Fatalf("at %s the check-in is for %s, want the night under way", now.Format("15:04"), night)
	}
	doc := uitest.Render(t, p)
	if doc.MustID(t, "checkin-no-cramps").Attrs["aria-pressed"] != "false" {
		t.Error("no cramps starts pressed")
	}
	p.checkIn.toggle(p, func(c *diary.CheckIn) { c.NoCramps = !c.NoCramps })(ctx, noEvent)
	if c, ok := f.Store(t).CheckInOf(night); !ok || !c.NoCramps {
		t.Fatalf("the tap stored %+v, %t", c, ok)
	}
	doc = uitest.Render(t, p)
	if doc.MustID(t, "checkin-no-cramps").Attrs["aria-pressed"] != "true" || doc.MustID(t, "checkin-status").Text() != "Saved: a night without cramps." {
		t.Errorf("after the tap: %v %q", doc.MustID(t, "checkin-no-cramps").Attrs, doc.MustID(t, "checkin-status").Text())
	}
	p.open = map[string]bool{"nights-numbers": true}
	doc = uitest.Render(t, p)
	cell := doc.MustID(t, "nights-chart-table").Find(func(n *uitest.Node) bool { return n.Attrs["data-night"] == night.String() })
	if len(cell) != 1 || cell[0].Attrs["data-state"] != "none" || cell[0].Text() != "0" {
		t.Errorf("the checked-in night in the table: %v", uitest.Texts(cell))
	}
	p.checkIn.toggle(p, func(c *diary.CheckIn) { c.NoCramps = !c.NoCramps })(ctx, noEvent)
	if _, ok := f.Store(t).CheckInOf(night); ok {
		t.Error("a second tap did not clear the check-in")
	}
}

func TestANightWithCrampsOffersNoNoCramps(t *testing.T) {
	f := uitest.NewFixture(t)
	night := f.Site.Diary.Tonight()
	e := diary.NewEntry(nightAt(night).Add(-time.Hour))
	f.Seed(t, []diary.Entry{e, diary.NewEntry(nightAt(night).Add(-2 * time.Hour))})
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	if doc.ByID("checkin-no-cramps") != nil || doc.MustID(t, "checkin-cramps").Text() != "2 cramps logged" {
		t.Error("a night with cramps still offers “no cramps”")
	}
	doc.MustID(t, "checkin-stretched")
}

func TestACheckInThatCannotSaveSaysSo(t *testing.T) {
	f := uitest.NewFixture(t)
	p, ctx := openDiary(t, f)
	f.Mem.QuotaBytes = 1
	p.checkIn.toggle(p, func(c *diary.CheckIn) { c.Stretched = true })(ctx, noEvent)
	doc := uitest.Render(t, p)
	status := doc.MustID(t, "checkin-status")
	if status.Attrs["role"] != "alert" || !strings.Contains(status.Text(), "storage for this app is full") {
		t.Errorf("status %v %q", status.Attrs, status.Text())
	}
	if doc.MustID(t, "checkin-stretched").Attrs["aria-pressed"] != "false" {
		t.Error("a check-in that did not save shows as pressed")
	}
}

func TestTheTimelineShowsTheDayBefore(t *testing.T) {
	f := uitest.NewFixture(t)
	night := f.Site.Diary.Tonight() - 1
	e := f.Seed(t, []diary.Entry{diary.NewEntry(nightAt(night))})[0]
	if _, err := f.Store(t).SaveContext(diary.DayContext{Date: night, Alcohol: true, Fluids: diary.FluidsLittle, NewMedicine: "<i>statin</i>"}); err != nil {
		t.Fatal(err)
	}
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	item := doc.MustID(t, "timeline").Find(func(n *uitest.Node) bool { return n.Attrs["data-id"] == e.ID })
	if len(item) != 1 {
		t.Fatal("the entry is not on the timeline")
	}
	day := item[0].Select("p", "day-facts")
	if want := "The day before: alcohol, drinking little, new medicine: <i>statin</i>"; len(day) != 1 || day[0].Text() != want {
		t.Errorf("day facts %q, want %q", uitest.Texts(day), want)
	}
	if len(doc.Select("i", "")) != 0 {
		t.Error("a medicine's name became markup")
	}
}
