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
)

// openDiary makes the diary's home and runs what OnNav does in a browser.
func openDiary(t *testing.T, f *fixture) (*diaryPage, app.Context) {
	t.Helper()
	p := &diaryPage{site: f.site}
	ctx, e := testCtx(t, "/diary")
	p.load(ctx)
	e.ConsumeAll() // the rest of the page, after the first paint
	return p, ctx
}

func TestDiaryHomeOfAnEmptyDiary(t *testing.T) {
	f := newFixture(t)
	p, _ := openDiary(t, f)
	doc := render(t, p)

	first := doc.mustID(t, "diary-empty")
	if !strings.Contains(first.textOf(), "No cramps last night") || len(first.all("li", "")) < 3 {
		t.Errorf("a new diary's screen does not say what logging gives: %q", first.textOf())
	}
	if got := doc.mustID(t, "diary-content").attrs["aria-busy"]; got != "false" {
		t.Errorf("aria-busy %q once painted, want false", got)
	}
	for _, id := range []string{"nights-chart", "pain-chart", "remedy-stats", "remedies-none", "timeline", "timeline-heading", "insights", "timeline-more", "storage-problems"} {
		if doc.byID(id) != nil {
			t.Errorf("an empty diary draws #%s", id)
		}
	}
	doc.mustID(t, "checkin-no-cramps")
	doc.mustID(t, "checkin-stretched")
}

func TestANewDiarysChartFitsItsNights(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(3, 5))
	st := f.store(t)
	tonight := f.site.Diary.Tonight()
	if _, err := st.CheckIn(tonight-3, diary.CheckIn{NoCramps: true}); err != nil {
		t.Fatal(err)
	}
	p, _ := openDiary(t, f)
	doc := render(t, p)
	if doc.byID("diary-empty") != nil || doc.byID("span-4") != nil {
		t.Error("a 4-night diary shows the first-run screen or span buttons")
	}
	if got, want := p.first(), tonight-6; got != want {
		t.Errorf("the chart starts %s, want one week back, %s", got, want)
	}
	caption := doc.mustID(t, "nights-chart").all("figcaption", "")[0].textOf()
	if !strings.Contains(caption, "of the 7 nights logged") {
		t.Errorf("caption %q: want a chart of 7 nights", caption)
	}
}

func TestDiaryHomeLinksAndSpanButtons(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(5*7, 2))
	p, _ := openDiary(t, f)
	doc := render(t, p)
	nav := doc.find(func(n *node) bool { return n.tag == "nav" && n.attrs["aria-label"] == "Diary" })
	if len(nav) != 1 {
		t.Fatalf("%d diary navs", len(nav))
	}
	var hrefs []string
	for _, a := range nav[0].all("a", "") {
		hrefs = append(hrefs, a.attrs["href"])
	}
	if want := []string{"/diary/new", "/diary/summary", "/diary/data", "/profile"}; !slices.Equal(hrefs, want) {
		t.Errorf("the diary's links go to %v, want %v", hrefs, want)
	}
	for _, weeks := range []int{4, 12} {
		p.weeks = weeks
		doc := render(t, p)
		for _, b := range []int{4, 12} {
			want := strconv.FormatBool(b == weeks)
			if got := doc.mustID(t, "span-"+strconv.Itoa(b)).attrs["aria-pressed"]; got != want {
				t.Errorf("span %d shown: button %d aria-pressed %q, want %s", weeks, b, got, want)
			}
		}
	}
}

// chartOf reads the bars and, once unfolded, the table of the chart.
func chartOf(t *testing.T, doc *node) (bars, cells map[string]int) {
	t.Helper()
	bars, cells = map[string]int{}, map[string]int{}
	for _, r := range doc.mustID(t, "nights-chart").all("rect", "bar") {
		n, err := strconv.Atoi(r.attrs["data-count"])
		if err != nil {
			t.Fatalf("bar %v: %v", r.attrs, err)
		}
		bars[r.attrs["data-night"]] = n
	}
	if table := doc.byID("nights-chart-table"); table != nil {
		for _, td := range table.find(func(n *node) bool { return n.tag == "td" && n.has("data-night") }) {
			n, _ := strconv.Atoi(td.textOf())
			cells[td.attrs["data-night"]] = n
		}
	}
	return bars, cells
}

func TestDiaryChartsMatchTheStatsOfAHistory(t *testing.T) {
	f := newFixture(t)
	entries := f.seed(t, history(16*7, 1))
	p, _ := openDiary(t, f)
	tonight := f.site.Diary.Tonight()
	for _, weeks := range []int{12, 4} {
		p.weeks = weeks
		p.open = nil
		doc := render(t, p)
		if doc.byID("nights-chart-table") != nil {
			t.Errorf("%d weeks: the folded table is drawn", weeks)
		}
		if d := doc.mustID(t, "nights-numbers"); d.has("open") {
			t.Errorf("%d weeks: the numbers start unfolded", weeks)
		}
		p.open = map[string]bool{"nights-numbers": true}
		doc = render(t, p)
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
		caption := doc.mustID(t, "nights-chart").all("figcaption", "")[0].textOf()
		if !strings.Contains(caption, plural(total, "cramp", "cramps")+" in all") {
			t.Errorf("%d weeks: caption %q lacks the total %d", weeks, caption, total)
		}
		weekSums := texts(doc.mustID(t, "nights-chart-table").all("td", "week-total"))
		for i, w := range diary.Weeks(want) {
			if weekSums[i] != strconv.Itoa(w.Cramps) {
				t.Errorf("%d weeks: week %d totals %s, want %d", weeks, i, weekSums[i], w.Cramps)
			}
		}
		stats := diary.RemedyStats(entries, p.first(), tonight)
		rows := doc.mustID(t, "remedy-stats").all("tbody", "")[0].all("tr", "")
		if len(rows) != len(stats) || len(stats) == 0 {
			t.Fatalf("%d weeks: %d remedy rows, want %d", weeks, len(rows), len(stats))
		}
		for i, r := range stats {
			got := append([]string{rows[i].attrs["data-remedy"], rows[i].all("th", "")[0].textOf()}, texts(rows[i].all("td", ""))...)
			want := []string{r.Remedy, entryTitle(f.site, r.Remedy), strconv.Itoa(r.Tried), strconv.Itoa(r.Helped), strconv.Itoa(r.NotHelped), strconv.Itoa(r.Unsure)}
			if !slices.Equal(got, want) {
				t.Errorf("%d weeks: remedy row %v, want %v", weeks, got, want)
			}
		}
	}
}

func TestDiaryPainTableAndDotsMatchThePainSeries(t *testing.T) {
	f := newFixture(t)
	entries := f.seed(t, history(12*7, 3))
	p, _ := openDiary(t, f)
	p.open = map[string]bool{"pain-numbers": true}
	doc := render(t, p)
	from, to := p.first(), f.site.Diary.Tonight()
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
	rows := doc.mustID(t, "pain-table").all("tbody", "")[0].all("tr", "")
	if len(rows) != 12 {
		t.Fatalf("%d pain weeks, want 12", len(rows))
	}
	for _, r := range rows {
		week := r.attrs["data-week"]
		cells := texts(r.all("td", ""))
		want := []string{"0", "–", "–"}
		if n := rated[week]; n > 0 {
			want = []string{strconv.Itoa(n), strconv.FormatFloat(float64(sum[week])/float64(n), 'f', 1, 64), strconv.Itoa(hi[week])}
		}
		if !slices.Equal(cells, want) {
			t.Errorf("pain week %s: %v, want %v", week, cells, want)
		}
	}
	paths := doc.mustID(t, "pain-chart").all("path", "dot")
	if len(paths) != 1 || dots == 0 {
		t.Fatalf("%d dot paths for %d rated cramps, want one", len(paths), dots)
	}
	if got := strings.Count(paths[0].attrs["d"], "M"); got != dots {
		t.Errorf("%d dots drawn, want %d", got, dots)
	}
}

func TestDiaryPaintsTheChartBeforeTheRest(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(20, 2))
	p, _ := openDiary(t, f)
	p.whole = false
	doc := render(t, p)
	if doc.mustID(t, "diary-content").attrs["aria-busy"] != "true" {
		t.Error("the first frame is not marked busy")
	}
	doc.mustID(t, "nights-chart")
	for _, id := range []string{"pain-chart", "timeline", "remedy-stats", "remedies-none"} {
		if doc.byID(id) != nil {
			t.Errorf("#%s is drawn in the first frame", id)
		}
	}
}

func TestTimelineShowsTenAtATimeNewestFirst(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(20, 5))
	p, ctx := openDiary(t, f)
	all := f.store(t).Snapshot().Entries
	if len(all) <= 2*timelineStep {
		t.Fatalf("the history has only %d entries", len(all))
	}
	for shown := timelineStep; ; shown += timelineStep {
		doc := render(t, p)
		items := doc.mustID(t, "timeline").all("li", "timeline-entry")
		var ids []string
		for _, li := range items {
			ids = append(ids, li.attrs["data-id"])
		}
		var want []string
		for _, e := range all[:min(shown, len(all))] {
			want = append(want, e.ID)
		}
		if !slices.Equal(ids, want) {
			t.Fatalf("%d shown: timeline %v, want %v", shown, ids, want)
		}
		more := doc.byID("timeline-more")
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
	f := newFixture(t)
	e := diary.NewEntry(now.Add(-2 * 60e9))
	e.ID = "mine-1"
	e.Leg, e.Muscles, e.Pain, e.Sleep, e.Duration = diary.LegRight, []string{"calf", "foot"}, 7, 4, 150
	e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}, {Remedy: "gone-from-the-kb", Helped: diary.HelpedNo}, {Remedy: "pickle-juice"}}
	e.Note = `<b>bold</b> & <script>alert(1)</script>`
	f.seed(t, []diary.Entry{e})
	p, _ := openDiary(t, f)
	li := render(t, p).mustID(t, "timeline").all("li", "timeline-entry")[0]

	k := f.k
	muscles := k.Label(kb.VocabMuscle, "calf") + " and " + k.Label(kb.VocabMuscle, "foot")
	if got, want := li.all("p", "entry-headline")[0].textOf(), "Right leg, "+muscles+", pain 7"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	stretch, _ := k.Entry("stretch-the-cramp")
	pickle, _ := k.Entry("pickle-juice")
	want := "lasted 2.5 min; sleep disturbed 4/10; tried " + stretch.Title + " (helped); tried gone-from-the-kb (did not help); tried " + pickle.Title
	if got := li.all("p", "facts")[0].textOf(); got != want {
		t.Errorf("facts %q, want %q", got, want)
	}
	note := li.all("p", "entry-note")[0]
	if note.textOf() != e.Note || note.elements() != 0 {
		t.Errorf("the note shows as %q with %d elements, want the text %q", note.textOf(), note.elements(), e.Note)
	}
	link := li.all("a", "")[0]
	if link.attrs["href"] != "/diary/edit?id="+url.QueryEscape(e.ID) {
		t.Errorf("edit link %q", link.attrs["href"])
	}
	if !strings.Contains(link.attrs["aria-label"], e.At.Format("2 Jan, 15:04")) {
		t.Errorf("edit link label %q does not say which cramp", link.attrs["aria-label"])
	}
}

func TestDiaryReportsWhatCouldNotBeRead(t *testing.T) {
	f := newFixture(t)
	f.mem.Set(diary.EntryKey("half"), `{"id":"half","at":"2026-03-0`)
	f.mem.Set(diary.EntryKey("junk"), `not json`)
	p, _ := openDiary(t, f)
	box := render(t, p).mustID(t, "storage-problems")
	want := diary.SummarizeProblems(f.store(t).Problems())
	if got := texts(box.all("li", "")); !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("problems listed %q, want %q", got, want)
	}
	if !strings.Contains(box.textOf(), "2 entries") {
		t.Errorf("the notice %q does not count the 2 entries", box.textOf())
	}
	if a := box.all("a", ""); len(a) != 1 || a[0].attrs["href"] != "/diary/data" {
		t.Error("the notice does not lead to the data page")
	}
	if strings.Contains(box.textOf(), "newer version") {
		t.Error("a damaged diary is called newer")
	}
}

func TestDiaryOfANewerVersionSaysItIsReadOnly(t *testing.T) {
	f := newFixture(t)
	f.mem.Set(diary.MetaKey, fmt.Sprintf(`{"schema":%d}`, diary.SchemaVersion+1))
	p, _ := openDiary(t, f)
	if !p.snap.ReadOnly {
		t.Fatal("the snapshot of a newer diary is not read-only")
	}
	box := render(t, p).mustID(t, "storage-problems")
	if !strings.Contains(box.textOf(), "This version shows it but will not change it") {
		t.Errorf("the notice %q does not say the diary is newer", box.textOf())
	}
}

func TestDiaryWithoutStorageSaysWhy(t *testing.T) {
	p := &diaryPage{site: brokenSite(t, "storage is blocked")}
	ctx, _ := testCtx(t, "/diary")
	p.load(ctx)
	doc := render(t, p)
	box := doc.mustID(t, "diary-unavailable")
	if box.attrs["role"] != "alert" || !strings.Contains(box.textOf(), "storage is blocked") {
		t.Errorf("unavailable notice %v %q", box.attrs, box.textOf())
	}
	if doc.byID("diary-content") != nil {
		t.Error("the diary's content is drawn without a diary")
	}
}

func TestDiaryPagesWithoutTheKnowledgeBase(t *testing.T) {
	for _, r := range Routes() {
		f := newFixture(t)
		f.site.KB, f.site.LoadErr = nil, errors.New("data/entries.json: entry 3: field title is empty")
		doc := render(t, r.Page(f.site))
		main := doc.mustID(t, "main")
		if !strings.Contains(main.textOf(), "The knowledge base could not load") || !strings.Contains(main.textOf(), f.site.LoadErr.Error()) {
			t.Errorf("%s: main says %q", r.Path, main.textOf())
		}
		for _, id := range []string{"diary-opening", "diary-content", "log-form", "summary", "data-content", "profile-form"} {
			if doc.byID(id) != nil {
				t.Errorf("%s: #%s is drawn without a knowledge base", r.Path, id)
			}
		}
	}
}

func TestServerRendersEveryDiaryPageAsAShell(t *testing.T) {
	f := newFixture(t)
	paths := map[string]bool{}
	for _, r := range Routes() {
		if paths[r.Path] {
			t.Errorf("%s routed twice", r.Path)
		}
		paths[r.Path] = true
		page := r.Page(f.site)
		page.(app.Navigator).OnNav(app.Context{})
		doc := render(t, page)
		if doc.byID("diary-opening") == nil || doc.byID("diary-needs-scripts") == nil {
			t.Errorf("%s: the server's page is not the opening shell with its no-script notice", r.Path)
		}
		if h1 := doc.mustID(t, "main").all("h1", ""); len(h1) != 1 {
			t.Errorf("%s: %d headings", r.Path, len(h1))
		}
	}
	if keys, _ := f.mem.Keys(); len(keys) != 0 {
		t.Error("rendering on the server touched the diary")
	}
}
