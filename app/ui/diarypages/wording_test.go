package diarypages

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestSaveErrorSaysWhatToDo(t *testing.T) {
	quota := &diary.WriteError{Op: diary.OpSave, Err: diary.ErrQuota}
	other := errors.New("the disk is on fire")
	for _, c := range []struct {
		err       error
		has, lack string
	}{
		{diary.ErrReadOnly, "Reload to get the newer version", "still in the form"},
		{fmt.Errorf("wrapped: %w", diary.ErrReadOnly), "only reads it", "free some space"},
		{quota, "storage for this app is full. Everything saved before is still there. What you typed is still in the form. To make room, export", "newer version"},
		{other, "The disk is on fire. What you typed is still in the form.", "free some space"},
	} {
		got := shell.SaveError(c.err)
		if !strings.Contains(got, c.has) || strings.Contains(got, c.lack) {
			t.Errorf("%v: %q, want %q without %q", c.err, got, c.has, c.lack)
		}
	}
}

// Each failed write says what failed, in a sentence.
func TestDiaryErrorTextWordsEveryWrite(t *testing.T) {
	cause := errors.New("quota exceeded")
	for op, want := range map[diary.WriteOp]string{
		diary.OpSave:          "Not saved: quota exceeded. Everything saved before is still there.",
		diary.OpSaveFirst:     "Not saved: quota exceeded. Nothing was saved before.",
		diary.OpDelete:        "Not deleted: quota exceeded.",
		diary.OpDeleteAll:     "Not everything was deleted: quota exceeded.",
		diary.OpDeleteAllNote: "The diary was deleted, but its version note could not be written: quota exceeded.",
	} {
		if got := shell.DiaryErrorText(&diary.WriteError{Op: op, Err: cause}); got != want {
			t.Errorf("op %d: %q, want %q", op, got, want)
		}
	}
	if got := shell.DiaryErrorText(&diary.ErrNoMedicine{ID: "x"}); got != `There is no medicine "x".` {
		t.Errorf("a missing medicine: %q", got)
	}
}

func TestAFullStorageSaysItsAdviceOnce(t *testing.T) {
	f := uitest.NewFixture(t)
	st := f.Store(t)
	f.Mem.QuotaBytes = 1 // nothing more fits
	_, err := st.SaveEntry(diary.NewEntry(now))
	if !errors.Is(err, diary.ErrQuota) {
		t.Fatalf("a full storage saved with %v", err)
	}
	for name, got := range map[string]string{"save": shell.SaveError(err), "check-in": shell.CheckInError(err), "medicine": shell.MedicineError(err)} {
		for _, once := range []string{"export", "full", "still there"} {
			if n := strings.Count(strings.ToLower(got), once); n != 1 {
				t.Errorf("%s: %q says %q %d times, want once", name, got, once, n)
			}
		}
	}
}

func TestAnInvalidRecordNamesWhatIsWrong(t *testing.T) {
	f := uitest.NewFixture(t)
	_, err := f.Store(t).SaveMedicine(diary.Medicine{Name: " ", Start: f.Site.Diary.Tonight()})
	var invalid *diary.ErrInvalid
	if !errors.As(err, &invalid) {
		t.Fatalf("a medicine without a name saved with %v", err)
	}
	got := shell.MedicineError(err)
	if !strings.HasPrefix(got, "Not saved: ") || !strings.Contains(got, invalid.Reasons[0].Error()) || strings.Contains(got, "cannot be saved") {
		t.Errorf("%q: want the reason %q in the room's words", got, invalid.Reasons[0])
	}
}

func TestEntryHeadlineInAFewWords(t *testing.T) {
	f := uitest.NewFixture(t)
	label := func(m string) string { return f.KB.Label(kb.VocabMuscle, m) }
	e := diary.NewEntry(now)
	for _, c := range []struct {
		leg     diary.Leg
		muscles []string
		pain    diary.Score
		want    string
	}{
		{"", nil, diary.Unset, "Cramp"},
		{"", nil, 0, "Cramp, pain 0"},
		{diary.LegLeft, nil, diary.Unset, "Left leg"},
		{diary.LegBoth, []string{"foot"}, 10, "Both legs, " + label("foot") + ", pain 10"},
		{"", []string{"calf", "back-thigh"}, 5, label("calf") + " and " + label("back-thigh") + ", pain 5"},
		{"sideways", nil, diary.Unset, "sideways"},
	} {
		e.Leg, e.Muscles, e.Pain = c.leg, c.muscles, c.pain
		if got := entryHeadline(f.Site, e); got != c.want {
			t.Errorf("%q %v %d: %q, want %q", c.leg, c.muscles, c.pain, got, c.want)
		}
	}
	if label("calf") == "calf" {
		t.Error("the knowledge base has no label for the calf, so the headline test proves nothing")
	}
}

func TestEntryTitleFallsBackToTheID(t *testing.T) {
	f := uitest.NewFixture(t)
	for _, e := range append(f.KB.FirstAid(), f.KB.Entries(kb.TypeRemedy)...) {
		if got := entryTitle(f.Site, e.ID); got != e.Title {
			t.Errorf("%s: %q, want %q", e.ID, got, e.Title)
		}
	}
	if got := entryTitle(f.Site, "no-longer-there"); got != "no-longer-there" {
		t.Errorf("an id the knowledge base lacks shows as %q", got)
	}
}

func TestDurationAndPluralWording(t *testing.T) {
	for seconds, want := range map[int]string{1: "1 s", 59: "59 s", 60: "1 min", 90: "1.5 min", 150: "2.5 min", 600: "10 min", 6000: "100 min"} {
		if got := durationText(seconds); got != want {
			t.Errorf("durationText(%d) = %q, want %q", seconds, got, want)
		}
	}
	for n, want := range map[int]string{0: "0 cramps", 1: "1 cramp", 2: "2 cramps", 1000: "1000 cramps"} {
		if got := plural(n, "cramp", "cramps"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
	for l, want := range map[diary.Leg]string{diary.LegLeft: "Left leg", diary.LegRight: "Right leg", diary.LegBoth: "Both legs"} {
		if got := legLabel(l); got != want {
			t.Errorf("legLabel(%s) = %q", l, got)
		}
	}
}

func TestEntryFactsSayTheRest(t *testing.T) {
	f := uitest.NewFixture(t)
	e := diary.NewEntry(now)
	if got := entryFacts(f.Site, e); got != "" {
		t.Errorf("an entry with nothing said has facts %q", got)
	}
	e.Sleep = 0
	e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedUnsure}}
	want := "sleep disturbed 0/10; tried " + entryTitle(f.Site, "stretch-the-cramp")
	if got := entryFacts(f.Site, e); got != want {
		t.Errorf("facts %q, want %q", got, want)
	}
}

func TestNightsChartDrawsEachNight(t *testing.T) {
	first := diary.Date(2026, 2, 2) // a Monday
	counts := []int{0, 3, 1, 0, 0, 0, 2, 1, 0, 6}
	unlogged := map[int]bool{0: true, 4: true} // the other quiet nights were checked in
	nights := nightLogs(first, counts, unlogged)
	doc := uitest.Render(t, nightsChart("c", nights, nightsTable("c-table", nights)))
	bars := doc.Select("rect", "bar")
	most, drawn := 6, 0
	for i, c := range counts {
		if c == 0 {
			continue
		}
		b := bars[drawn]
		drawn++
		if b.Attrs["data-night"] != (first+diary.Day(i)).String() || b.Attrs["data-count"] != strconv.Itoa(c) {
			t.Errorf("bar %d: %v", i, b.Attrs)
		}
		h, _ := strconv.ParseFloat(b.Attrs["height"], 64)
		y, _ := strconv.ParseFloat(b.Attrs["y"], 64)
		if want := (chartBottom - chartTop) * float64(c) / float64(most); h != mustRound(want) || mustRound(y+h) != chartBottom {
			t.Errorf("bar %d: height %v at %v, want %v standing on %v", i, h, y, want, chartBottom)
		}
	}
	if drawn != len(bars) {
		t.Errorf("%d bars, want %d", len(bars), drawn)
	}
	labels := uitest.Texts(doc.Select("text", "label"))
	want := []string{"6", "0", shortDate(first), shortDate(first + 9)}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Errorf("labels %q, want %q", labels, want)
	}
	svg := doc.Select("svg", "")[0]
	if svg.Attrs["aria-hidden"] != "true" || svg.Attrs["focusable"] != "false" {
		t.Errorf("the drawing is not hidden from screen readers: %v", svg.Attrs)
	}

	table := doc.MustID(t, "c-table")
	rows := table.Select("tbody", "")[0].Select("tr", "")
	if len(rows) != 2 {
		t.Fatalf("%d weeks for 10 nights, want 2", len(rows))
	}
	if got := uitest.Texts(rows[0].Select("td", "")); strings.Join(got, ",") != "–,3,1,0,–,0,2,6" {
		t.Errorf("first week %v", got)
	}
	states := map[string]int{}
	for _, td := range table.Find(func(n *uitest.Node) bool { return n.Has("data-state") }) {
		states[td.Attrs["data-state"]]++
	}
	if states["unlogged"] != 2 || states["none"] != 3 || states["cramps"] != 5 {
		t.Errorf("night states %v, want 2 unlogged, 3 none, 5 cramps", states)
	}
	if n := len(doc.Select("path", "unlogged")) + len(doc.Select("path", "no-cramps")); n != 2 {
		t.Errorf("%d paths for the unlogged and quiet nights, want one each", n)
	}
	if caption := doc.Select("figcaption", "")[0].Text(); !strings.Contains(caption, "13 cramps in all; 8 of the 10 nights logged") {
		t.Errorf("caption %q does not count the logged nights", caption)
	}
	second := rows[1].Select("td", "")
	if len(second) != 8 || second[0].Text() != "1" || second[2].Text() != "6" || second[3].Text() != "" || second[7].Text() != "7" {
		t.Errorf("the short second week %q", uitest.Texts(second))
	}
	heads := uitest.Texts(table.Select("thead", "")[0].Select("th", ""))
	if heads[1] != "Mon" || heads[7] != "Sun" || heads[8] != "Total" {
		t.Errorf("headings %q", heads)
	}
}

func TestAChartOfNothingHasAScaleOfOne(t *testing.T) {
	first := diary.Date(2026, 3, 1)
	doc := uitest.Render(t, nightsChart("c", nightLogs(first, make([]int, 7), nil), nil))
	if len(doc.Select("rect", "")) != 0 {
		t.Error("bars drawn for nights without cramps")
	}
	if top := doc.Select("text", "label")[0].Text(); top != "1" {
		t.Errorf("the scale of an empty chart tops at %q", top)
	}
	if caption := doc.Select("figcaption", "")[0].Text(); !strings.Contains(caption, "0 cramps in all") {
		t.Errorf("caption %q", caption)
	}
}

// nightLogs makes the nights of a chart from counts: a night without
// cramps is checked in as such unless unlogged says so.
func nightLogs(first diary.Day, counts []int, unlogged map[int]bool) []diary.NightLog {
	out := make([]diary.NightLog, len(counts))
	for i, c := range counts {
		out[i] = diary.NightLog{Night: first + diary.Day(i), Cramps: c, State: diary.NightCramps}
		switch {
		case c > 0:
		case unlogged[i]:
			out[i].State = diary.NightUnlogged
		default:
			out[i].State = diary.NightNoCramps
		}
	}
	return out
}

// mustRound rounds as svgNum writes: two decimals.
func mustRound(v float64) float64 {
	r, _ := strconv.ParseFloat(svgNum(v), 64)
	return r
}
