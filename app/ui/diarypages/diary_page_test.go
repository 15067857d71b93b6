package diarypages

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// openDiary makes the diary's home and runs what OnNav does in a browser.
func openDiary(t *testing.T, f *uitest.Fixture) (*diaryPage, app.Context) {
	t.Helper()
	p := &diaryPage{site: f.Site}
	ctx, e := uitest.MountAt(t, nil, "/diary")
	p.load(ctx)
	e.ConsumeAll() // the rest of the page, after the first paint
	return p, ctx
}

func TestDiaryHomeOfAnEmptyDiary(t *testing.T) {
	f := uitest.NewFixture(t)
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)

	first := doc.MustID(t, "diary-empty")
	if !strings.Contains(first.Text(), "No cramps last night") || len(first.Select("li", "")) < 3 {
		t.Errorf("a new diary's screen does not say what logging gives: %q", first.Text())
	}
	if got := doc.MustID(t, "diary-content").Attrs["aria-busy"]; got != "false" {
		t.Errorf("aria-busy %q once painted, want false", got)
	}
	for _, id := range []string{"nights-chart", "pain-chart", "remedy-stats", "remedies-none", "timeline", "timeline-heading", "insights", "timeline-more", "storage-problems"} {
		if doc.ByID(id) != nil {
			t.Errorf("an empty diary draws #%s", id)
		}
	}
	doc.MustID(t, "checkin-no-cramps")
	doc.MustID(t, "checkin-stretched")
}

func TestANewDiarysChartFitsItsNights(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(3, 5))
	st := f.Store(t)
	tonight := f.Site.Diary.Tonight()
	if _, err := st.CheckIn(tonight-3, diary.CheckIn{NoCramps: true}); err != nil {
		t.Fatal(err)
	}
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	if doc.ByID("diary-empty") != nil || doc.ByID("span-4") != nil {
		t.Error("a 4-night diary shows the first-run screen or span buttons")
	}
	if got, want := p.first(), tonight-6; got != want {
		t.Errorf("the chart starts %s, want one week back, %s", got, want)
	}
	caption := doc.MustID(t, "nights-chart").Select("figcaption", "")[0].Text()
	if !strings.Contains(caption, "of the 7 nights logged") {
		t.Errorf("caption %q: want a chart of 7 nights", caption)
	}
}

func TestDiaryHomeLinksAndSpanButtons(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(5*7, 2))
	p, _ := openDiary(t, f)
	doc := uitest.Render(t, p)
	nav := doc.Find(func(n *uitest.Node) bool { return n.Tag == "nav" && n.Attrs["aria-label"] == "Diary" })
	if len(nav) != 1 {
		t.Fatalf("%d diary navs", len(nav))
	}
	var hrefs []string
	for _, a := range nav[0].Select("a", "") {
		hrefs = append(hrefs, a.Attrs["href"])
	}
	if want := []string{"/diary/new", "/diary/summary", "/diary/data", "/profile"}; !slices.Equal(hrefs, want) {
		t.Errorf("the diary's links go to %v, want %v", hrefs, want)
	}
	for _, weeks := range []int{4, 12} {
		p.weeks = weeks
		doc := uitest.Render(t, p)
		for _, b := range []int{4, 12} {
			want := strconv.FormatBool(b == weeks)
			if got := doc.MustID(t, "span-"+strconv.Itoa(b)).Attrs["aria-pressed"]; got != want {
				t.Errorf("span %d shown: button %d aria-pressed %q, want %s", weeks, b, got, want)
			}
		}
	}
}

// chartOf reads the bars and, once unfolded, the table of the chart.
func chartOf(t *testing.T, doc *uitest.Node) (bars, cells map[string]int) {
	t.Helper()
	bars, cells = map[string]int{}, map[string]int{}
	for _, r := range doc.MustID(t, "nights-chart").Select("rect", "bar") {
		n, err := strconv.Atoi(r.Attrs["data-count"])
		if err != nil {
			t.Fatalf("bar %v: %v", r.Attrs, err)
		}
		bars[r.Attrs["data-night"]] = n
	}
	if table := doc.ByID("nights-chart-table"); table != nil {
		for _, td := range table.Find(func(n *uitest.Node) bool { return n.Tag == "td" && n.Has("data-night") }) {
			n, _ := strconv.Atoi(td.Text())
			cells[td.Attrs["data-night"]] = n
		}
	}
	return bars, cells
}

func TestDiaryChartsMatchTheStatsOfAHistory(t *testing.T) {
	f := uitest.NewFixture(t)
	entries := f.Seed(t, uitest.History(16*7, 1))
	p, _ := openDiary(t, f)
	tonight := f.Site.Diary.Tonight()
	for _, weeks := range []int{12, 4} {
		p.weeks = weeks
		p.open = nil
		doc := uitest.Render(t, p)
		if doc.ByID("nights-chart-table") != nil {
			t.Errorf("%d weeks: the folded table is drawn", weeks)
		}
		if d := doc.MustID(t, "nights-numbers"); d.Has("open") {
			t.Errorf("%d weeks: the numbers start unfolded", weeks)
		}
		p.open = map[string]bool{"nights-numbers": true}
		doc = uitest.Render(t, p)
		bars, cells := chartOf(t, doc)
		want := diary.NightCounts(entries, tonight, weeks)
		if len(cells) != len(want) {
			t.Errorf("%d weeks: the table has %d nights, want %d", weeks, len(cells), len(want))
		}
		drawn, total := 0, 0
		for _, n := range want {
			total += n.Cramps
			if c, ok := cells[n.Night.String()]; !ok || c != n.Cramps {
				t.Errorf("%d weeks: night %s shows %d (%t), want %d", weeks, n.Night, c, ok, n.Cramps)
			}
			if n.Cramps > 0 {
				drawn++
				if bars[n.Night.String()] != n.Cramps {
					t.Errorf("%d weeks: bar of %s shows %d, want %d", weeks, n.Night, bars[n.Night.String()], n.Cramps)
				}
			}
		}
		if len(bars) != drawn || drawn == 0 {
			t.Errorf("%d weeks: %d bars, want %d (and some)", weeks, len(bars), drawn)
		}
		caption := doc.MustID(t, "nights-chart").Select("figcaption", "")[0].Text()
		if !strings.Contains(caption, plural(total, "cramp", "cramps")+" in all") {
			t.Errorf("%d weeks: caption %q lacks the total %d", weeks, caption, total)
		}
		weekSums := uitest.Texts(doc.MustID(t, "nights-chart-table").Select("td", "week-total"))
		for i, w := range diary.Weeks(want) {
			if weekSums[i] != strconv.Itoa(w.Cramps) {
				t.Errorf("%d weeks: week %d totals %s, want %d", weeks, i, weekSums[i], w.Cramps)
			}
		}
		stats := diary.RemedyStats(entries, p.first(), tonight)
		rows := doc.MustID(t, "remedy-stats").Select("tbody", "")[0].Select("tr", "")
		if len(rows) != len(stats) || len(stats) == 0 {
			t.Fatalf("%d weeks: %d remedy rows, want %d", weeks, len(rows), len(stats))
		}
		for i, r := range stats {
			got := append([]string{rows[i].Attrs["data-remedy"], rows[i].Select("th", "")[0].Text()}, uitest.Texts(rows[i].Select("td", ""))...)
			want := []string{r.Remedy, entryTitle(f.Site, r.Remedy), strconv.Itoa(r.Tried), strconv.Itoa(r.Helped), strconv.Itoa(r.NotHelped), strconv.Itoa(r.Unsure)}
			if !slices.Equal(got, want) {
				t.Errorf("%d weeks: remedy row %v, want %v", weeks, got, want)
			}
		}
	}
}

func TestDiaryPainTableAndDotsMatchThePainSeries(t *testing.T) {
	f := uitest.NewFixture(t)
	entries := f.Seed(t, uitest.History(12*7, 3))
	p, _ := openDiary(t, f)
	p.open = map[string]bool{"pain-numbers": true}
	doc := uitest.Render(t, p)
	from, to := p.first(), f.Site.Diary.Tonight()
	points := diary.PainSeries(entries, from, to)
	rated, sum, hi := map[string]int{}, map[string]int{}, map[string]int{}
	dots := 0
	for _, pt := range points {
		if pt.Pain == diary.Unset {
			continue
		}
		dots++
		week := (from + (pt.Night-from)/7*7).String()
		rated[week]++
		sum[week] += int(pt.Pain)
		hi[week] = max(hi[week], int(pt.Pain))
	}
	rows := doc.MustID(t, "pain-table").Select("tbody", "")[0].Select("tr", "")
	if len(rows) != 12 {
		t.Fatalf("%d pain weeks, want 12", len(rows))
	}
	for _, r := range rows {
		week := r.Attrs["data-week"]
		cells := uitest.Texts(r.Select("td", ""))
		want := []string{"0", "–", "–"}
		if n := rated[week]; n > 0 {
			want = []string{strconv.Itoa(n), strconv.FormatFloat(float64(sum[week])/float64(n), 'f', 1, 64), strconv.Itoa(hi[week])}
		}
		if !slices.Equal(cells, want) {
			t.Errorf("pain week %s: %v, want %v", week, cells, want)
		}
	}
	paths := doc.MustID(t, "pain-chart").Select("path", "dot")
	if len(paths) != 1 || dots == 0 {
		t.Fatalf("%d dot paths for %d rated cramps, want one", len(paths), dots)
	}
	if got := strings.Count(paths[0].Attrs["d"], "M"); got != dots {
		t.Errorf("%d dots drawn, want %d", got, dots)
	}
}

func TestDiaryPaintsTheChartBeforeTheRest(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(20, 2))
	p, _ := openDiary(t, f)
	p.whole = false
	doc := uitest.Render(t, p)
	if doc.MustID(t, "diary-content").Attrs["aria-busy"] != "true" {
		t.Error("the first frame is not marked busy")
	}
	doc.MustID(t, "nights-chart")
	for _, id := range []string{"pain-chart", "timeline", "remedy-stats", "remedies-none"} {
		if doc.ByID(id) != nil {
			t.Errorf("#%s is drawn in the first frame", id)
		}
	}
}

func TestTimelineShowsTenAtATimeNewestFirst(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(20, 5))
	p, ctx := openDiary(t, f)
	all := f.Store(t).Snapshot().Entries
	if len(all) <= 2*timelineStep {
		t.Fatalf("the history has only %d entries", len(all))
	}
	for shown := timelineStep; ; shown += timelineStep {
		doc := uitest.Render(t, p)
		items := doc.MustID(t, "timeline").Select("li", "timeline-entry")
		var ids []string
		for _, li := range items {
			ids = append(ids, li.Attrs["data-id"])
		}
		var want []string
		for _, e := range all[:min(shown, len(all))] {
			want = append(want, e.ID)
		}
		if !slices.Equal(ids, want) {
			t.Fatalf("%d shown: timeline %v, want %v", shown, ids, want)
		}
		more := doc.ByID("timeline-more")
		if (more != nil) != (shown < len(all)) {
			t.Fatalf("%d of %d shown: the more button is there: %t", shown, len(all), more != nil)
		}
		if more == nil {
			break
		}
		p.showMore(ctx, noEvent)
	}
}

func TestTimelineEntrySaysWhatWasLogged(t *testing.T) {
	f := uitest.NewFixture(t)
	e := diary.NewEntry(now.Add(-2 * 60e9))
	e.ID = "mine-1"
	e.Leg, e.Muscles, e.Pain, e.Sleep, e.Duration = diary.LegRight, []string{"calf", "foot"}, 7, 4, 150
	e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}, {Remedy: "gone-from-the-kb", Helped: diary.HelpedNo}, {Remedy: "pickle-juice"}}
	e.Note = `<b>bold</b> & <script>alert(1)</script>`
	f.Seed(t, []diary.Entry{e})
	p, _ := openDiary(t, f)
	li := uitest.Render(t, p).MustID(t, "timeline").Select("li", "timeline-entry")[0]

	k := f.KB
	muscles := k.Label(kb.VocabMuscle, "calf") + " and " + k.Label(kb.VocabMuscle, "foot")
	if got, want := li.Select("p", "entry-headline")[0].Text(), "Right leg, "+muscles+", pain 7"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	stretch, _ := k.Entry("stretch-the-cramp")
	pickle, _ := k.Entry("pickle-juice")
	want := "lasted 2.5 min; sleep disturbed 4/10; tried " + stretch.Title + " (helped); tried gone-from-the-kb (did not help); tried " + pickle.Title
	if got := li.Select("p", "facts")[0].Text(); got != want {
		t.Errorf("facts %q, want %q", got, want)
	}
	note := li.Select("p", "entry-note")[0]
	if note.Text() != e.Note || note.Count() != 0 {
		t.Errorf("the note shows as %q with %d elements, want the text %q", note.Text(), note.Count(), e.Note)
	}
	link := li.Select("a", "")[0]
	if link.Attrs["href"] != "/diary/edit?id="+url.QueryEscape(e.ID) {
		t.Errorf("edit link %q", link.Attrs["href"])
	}
	if !strings.Contains(link.Attrs["aria-label"], e.At.Format("2 Jan, 15:04")) {
		t.Errorf("edit link label %q does not say which cramp", link.Attrs["aria-label"])
	}
}

func TestDiaryReportsWhatCouldNotBeRead(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Mem.Set(diary.EntryKey("half"), `{"id":"half","at":"2026-03-0`)
	f.Mem.Set(diary.EntryKey("junk"), `not json`)
	p, _ := openDiary(t, f)
	box := uitest.Render(t, p).MustID(t, "storage-problems")
	want := diary.SummarizeProblems(f.Store(t).Problems())
	if got := uitest.Texts(box.Select("li", "")); !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("problems listed %q, want %q", got, want)
	}
	if !strings.Contains(box.Text(), "2 entries") {
		t.Errorf("the notice %q does not count the 2 entries", box.Text())
	}
	if a := box.Select("a", ""); len(a) != 1 || a[0].Attrs["href"] != "/diary/data" {
		t.Error("the notice does not lead to the data page")
	}
	if strings.Contains(box.Text(), "newer version") {
		t.Error("a damaged diary is called newer")
	}
}

func TestDiaryOfANewerVersionSaysItIsReadOnly(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Mem.Set(diary.MetaKey, fmt.Sprintf(`{"schema":%d}`, diary.SchemaVersion+1))
	p, _ := openDiary(t, f)
	if !p.snap.ReadOnly {
		t.Fatal("the snapshot of a newer diary is not read-only")
	}
	box := uitest.Render(t, p).MustID(t, "storage-problems")
	if !strings.Contains(box.Text(), "This version shows it but will not change it") {
		t.Errorf("the notice %q does not say the diary is newer", box.Text())
	}
}

func TestDiaryWithoutStorageSaysWhy(t *testing.T) {
	p := &diaryPage{site: uitest.NoStorageSite(t, "storage is blocked", uitest.Night)}
	ctx, _ := uitest.MountAt(t, nil, "/diary")
	p.load(ctx)
	doc := uitest.Render(t, p)
	box := doc.MustID(t, "diary-unavailable")
	if box.Attrs["role"] != "alert" || !strings.Contains(box.Text(), "storage is blocked") {
		t.Errorf("unavailable notice %v %q", box.Attrs, box.Text())
	}
	if doc.ByID("diary-content") != nil {
		t.Error("the diary's content is drawn without a diary")
	}
}

func TestDiaryPagesWithoutTheKnowledgeBase(t *testing.T) {
	for _, r := range Routes() {
		f := uitest.NewFixture(t)
		f.Site.KB, f.Site.LoadErr = nil, errors.New("data/entries.json: entry 3: field title is empty")
		doc := uitest.Render(t, r.Page(f.Site))
		main := doc.MustID(t, "main")
		if !strings.Contains(main.Text(), "The knowledge base could not load") || !strings.Contains(main.Text(), f.Site.LoadErr.Error()) {
			t.Errorf("%s: main says %q", r.Path, main.Text())
		}
		for _, id := range []string{"diary-opening", "diary-content", "log-form", "summary", "data-content", "profile-form"} {
			if doc.ByID(id) != nil {
				t.Errorf("%s: #%s is drawn without a knowledge base", r.Path, id)
			}
		}
	}
}

func TestServerRendersEveryDiaryPageAsAShell(t *testing.T) {
	f := uitest.NewFixture(t)
	paths := map[string]bool{}
	for _, r := range Routes() {
		if paths[r.Path] {
			t.Errorf("%s routed twice", r.Path)
		}
		paths[r.Path] = true
		page := r.Page(f.Site)
		page.(app.Navigator).OnNav(app.Context{})
		doc := uitest.Render(t, page)
		if doc.ByID("diary-opening") == nil || doc.ByID("diary-needs-scripts") == nil {
			t.Errorf("%s: the server's page is not the opening shell with its no-script notice", r.Path)
		}
		if h1 := doc.MustID(t, "main").Select("h1", ""); len(h1) != 1 {
			t.Errorf("%s: %d headings", r.Path, len(h1))
		}
	}
	if keys, _ := f.Mem.Keys(); len(keys) != 0 {
		t.Error("rendering on the server touched the diary")
	}
}
