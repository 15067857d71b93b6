package diarypages

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// openSummary makes the summary at addr and runs what OnNav does.
func openSummary(t *testing.T, f *uitest.Fixture, addr string) *diarySummaryPage {
	t.Helper()
	p := &diarySummaryPage{site: f.Site}
	ctx, _ := uitest.MountAt(t, nil, addr)
	p.load(ctx)
	return p
}

// valueOf is the text of a summary row's value.
func valueOf(t *testing.T, doc *uitest.Node, id string) string {
	t.Helper()
	return doc.MustID(t, id).Select("dd", "")[0].Text()
}

func TestSummaryRangeComesFromTheAddress(t *testing.T) {
	f := uitest.NewFixture(t)
	tonight := f.Site.Diary.Tonight()
	f.Seed(t, []diary.Entry{diary.NewEntry(nightAt(tonight - 20))})
	// The default starts at the diary's first night, not 12 weeks back.
	def := [2]diary.Day{tonight - 20, tonight}
	for _, c := range []struct {
		query string
		want  [2]diary.Day
	}{
		{"", def},
		{"?from=2026-01-05&to=2026-02-01", [2]diary.Day{diary.Date(2026, 1, 5), diary.Date(2026, 2, 1)}},
		{"?from=2026-02-01", [2]diary.Day{diary.Date(2026, 2, 1), tonight}},
		{"?to=2026-03-01", [2]diary.Day{def[0], diary.Date(2026, 3, 1)}},
		{"?to=2026-02-01", [2]diary.Day{diary.Date(2026, 2, 1), diary.Date(2026, 2, 1)}},
		{"?range=4w", [2]diary.Day{tonight - 20, tonight}},
		{"?range=all&from=2026-03-01", [2]diary.Day{diary.Date(2026, 3, 1), tonight}},
		{"?range=sideways", def},
		{"?from=yesterday&to=2026-13-45", def},
		{"?from=" + url.QueryEscape(`"><script>alert(1)</script>`), def},
		{"?from=" + strings.Repeat("2", 4000), def},
	} {
		p := openSummary(t, f, "/diary/summary"+c.query)
		if [2]diary.Day{p.from, p.to} != c.want {
			t.Errorf("%.60s: nights %s to %s, want %s to %s", c.query, p.from, p.to, c.want[0], c.want[1])
		}
		doc := uitest.Render(t, p)
		if from, to := doc.MustID(t, "summary-from").Attrs["value"], doc.MustID(t, "summary-to").Attrs["value"]; from != c.want[0].String() || to != c.want[1].String() {
			t.Errorf("%.60s: the fields say %s to %s", c.query, from, to)
		}
		if len(doc.Select("script", "")) != 0 {
			t.Errorf("%.60s: the address became markup", c.query)
		}
	}
}

func TestSummaryCountsAreTheDiarysSums(t *testing.T) {
	f := uitest.NewFixture(t)
	entries := f.Seed(t, uitest.History(20*7, 6))
	tonight := f.Site.Diary.Tonight()
	for _, span := range [][2]diary.Day{{tonight - 7*12 + 1, tonight}, {tonight - 30, tonight - 10}} {
		p := openSummary(t, f, fmt.Sprintf("/diary/summary?from=%s&to=%s", span[0], span[1]))
		doc := uitest.Render(t, p)
		sum := diary.Summarize(diary.Snapshot{Entries: entries}, span[0], span[1])
		if sum.Cramps == 0 || sum.PainRated == 0 {
			t.Fatalf("the span %v holds no rated cramps", span)
		}
		checks := map[string]string{
			"sum-range":    fmt.Sprintf("%s to %s (%d nights)", longDate(span[0]), longDate(span[1]), span[1]-span[0]+1),
			"sum-cramps":   strconv.Itoa(sum.Cramps),
			"sum-nights":   strconv.Itoa(sum.CrampNights),
			"sum-pain":     fmt.Sprintf("average %.1f, highest %d (of 10; %s rated)", sum.PainAverage, sum.PainMax, plural(sum.PainRated, "cramp", "cramps")),
			"sum-sleep":    fmt.Sprintf("average %.1f of 10 (%s rated)", sum.SleepAverage, plural(sum.SleepRated, "cramp", "cramps")),
			"sum-duration": durationText(int(sum.DurationAvg.Seconds())),
		}
		for id, want := range checks {
			if got := valueOf(t, doc, id); got != want {
				t.Errorf("%v: #%s says %q, want %q", span, id, got, want)
			}
		}
		var where []string
		for _, l := range diary.Legs {
			if n := sum.Legs[l]; n > 0 {
				where = append(where, fmt.Sprintf("%s: %d", legLabel(l), n))
			}
		}
		for _, m := range shell.MapMuscles {
			if n := sum.Muscles[m]; n > 0 {
				where = append(where, fmt.Sprintf("%s: %d", f.KB.Label(kb.VocabMuscle, m), n))
			}
		}
		if got := uitest.Texts(doc.MustID(t, "sum-where").Select("li", "")); !slices.Equal(got, where) {
			t.Errorf("%v: where %q, want %q", span, got, where)
		}
		var rows []string
		for _, tr := range doc.MustID(t, "remedy-stats").Select("tbody", "")[0].Select("tr", "") {
			rows = append(rows, tr.Attrs["data-remedy"]+" "+strings.Join(uitest.Texts(tr.Select("td", "")), " "))
		}
		var want []string
		for _, r := range sum.Remedies {
			want = append(want, fmt.Sprintf("%s %d %d %d %d", r.Remedy, r.Tried, r.Helped, r.NotHelped, r.Unsure))
		}
		if !slices.Equal(rows, want) {
			t.Errorf("%v: remedies %v, want %v", span, rows, want)
		}
	}
}

func TestSummaryOfAnEmptyDiary(t *testing.T) {
	f := uitest.NewFixture(t)
	doc := uitest.Render(t, openSummary(t, f, "/diary/summary"))
	for id, want := range map[string]string{"sum-cramps": "0", "sum-nights": "0", "sum-pain": "not rated", "sum-sleep": "not rated"} {
		if got := valueOf(t, doc, id); got != want {
			t.Errorf("#%s says %q, want %q", id, got, want)
		}
	}
	for _, id := range []string{"sum-duration", "sum-where", "remedy-stats"} {
		if doc.ByID(id) != nil {
			t.Errorf("#%s is drawn for an empty diary", id)
		}
	}
	if got := doc.MustID(t, "sum-profile").Text(); !strings.Contains(got, "No profile filled in.") {
		t.Errorf("profile section %q", got)
	}
	if !strings.Contains(doc.MustID(t, "summary").Text(), "Nothing noted.") {
		t.Error("the remedies of an empty diary do not say nothing was noted")
	}
	if doc.ByID("print-summary") == nil {
		t.Error("no print button")
	}
}

func TestSummaryShowsTheProfile(t *testing.T) {
	f := uitest.NewFixture(t)
	causes := []string{"statins", "diuretics"}
	if _, err := f.Store(t).SaveProfile(diary.Profile{AgeGroup: diary.Age60Plus, Causes: causes}); err != nil {
		t.Fatal(err)
	}
	doc := uitest.Render(t, openSummary(t, f, "/diary/summary"))
	want := []string{"Age: " + diary.Age60Plus.Label()}
	for _, id := range f.Store(t).Profile().Causes {
		want = append(want, entryTitle(f.Site, id))
	}
	if got := uitest.Texts(doc.MustID(t, "sum-profile").Select("li", "")); !slices.Equal(got, want) {
		t.Errorf("profile lines %q, want %q", got, want)
	}
	for _, line := range want[1:] {
		if slices.Contains(causes, line) {
			t.Errorf("cause %q is shown by its id, not its title", line)
		}
	}
}

func TestSummaryWithoutStorage(t *testing.T) {
	p := &diarySummaryPage{site: uitest.NoStorageSite(t, "no storage here", uitest.Night)}
	ctx, _ := uitest.MountAt(t, nil, "/diary/summary")
	p.load(ctx)
	doc := uitest.Render(t, p)
	if doc.ByID("diary-unavailable") == nil || doc.ByID("summary") != nil {
		t.Error("a summary without storage does not say so")
	}
}
