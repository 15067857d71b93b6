package e2e

import (
	"maps"
	"slices"
	"strconv"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
)

// hostileNote is a note full of markup: it must show as the same text.
const hostileNote = `<b>bold</b> & <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>`

// A cramp is logged in a few taps from the diary, shows in the timeline and
// the chart, can be changed, and deleted after a confirmation; storage holds
// exactly what the screens say at each step.
func TestDiaryLogEditAndDelete(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.openDiaryPage(s.URL + "/diary")
	b.waitTrue(`document.getElementById("diary-empty")`, "the empty diary")

	b.click("#log-cramp")
	b.waitTrue(`document.getElementById("log-form")`, "the log form")
	var when string
	b.eval(`document.getElementById("log-when").value`, &when)
	if want := diaryNow.Format("2006-01-02T15:04"); when != want {
		t.Errorf("the time starts as %q, want now, %q", when, want)
	}
	b.click("#leg-left")
	b.click(`label[for="log-muscle-calf"]`)
	b.setField("#log-duration", "2")
	b.click("#log-pain-6")
	b.click("#log-sleep-8")
	b.click("#tried-stretch-the-cramp")
	b.waitTrue(`document.getElementById("helped-stretch-the-cramp")`, "the did-it-help question")
	b.setField("#helped-stretch-the-cramp", "yes")
	b.setField("#log-note", hostileNote)
	b.click("#log-save")
	b.waitTrue(`document.getElementById("save-status").textContent.startsWith("Saved")`, "the saved message")

	stored := b.storedEntries()
	if len(stored) != 1 {
		t.Fatalf("storage holds %d entries after one save: %v", len(stored), stored)
	}
	var e diary.Entry
	for _, e = range stored {
	}
	want := diary.Entry{At: diaryNow, Leg: diary.LegLeft, Muscles: []string{"calf"}, Duration: 120, Pain: 6, Sleep: 8,
		Tried: []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}}, Note: hostileNote}
	if !e.At.Equal(want.At) || e.Leg != want.Leg || !slices.Equal(e.Muscles, want.Muscles) || e.Duration != want.Duration ||
		e.Pain != want.Pain || e.Sleep != want.Sleep || !slices.Equal(e.Tried, want.Tried) || e.Note != want.Note {
		t.Errorf("stored %+v,\nwant %+v", e, want)
	}

	b.click("#see-diary")
	b.waitTrue(`document.querySelectorAll("#timeline li").length === 1`, "the entry in the timeline")
	b.expectChart([]diary.Entry{e}, 12)
	b.expectNoteAsText(hostileNote)

	b.click(`#timeline li a[href^="/diary/edit"]`)
	b.waitTrue(`document.getElementById("log-form")`, "the edit form")
	var checked bool
	b.eval(`document.getElementById("log-pain-6").checked && document.getElementById("leg-left").checked && document.getElementById("log-muscle-calf").checked`, &checked)
	if !checked {
		t.Error("the edit form does not show the saved answers")
	}
	b.click("#log-pain-3")
	b.click("#log-save")
	b.waitTrue(`document.getElementById("save-status").textContent === "Changes saved."`, "the changes saved")
	if got := b.storedEntries()[e.ID]; got.Pain != 3 || got.Note != hostileNote {
		t.Errorf("after the change storage holds pain %d, note %q", got.Pain, got.Note)
	}

	b.click("#delete-entry")
	b.waitTrue(`document.getElementById("confirm-delete")`, "the confirmation")
	if len(b.storedEntries()) != 1 {
		t.Fatal("asking to delete deleted before the confirmation")
	}
	b.click("#cancel-delete")
	b.waitTrue(`document.getElementById("delete-entry")`, "the delete button again")
	b.click("#delete-entry")
	b.waitTrue(`document.getElementById("confirm-delete")`, "the confirmation again")
	b.click("#confirm-delete")
	b.waitTrue(`location.pathname === "/diary" && document.getElementById("diary-empty")`, "the empty diary after the delete")
	if n := len(b.storedEntries()); n != 0 {
		t.Errorf("storage holds %d entries after the delete", n)
	}
}

// expectNoteAsText checks that the timeline shows a note as its own text,
// and that none of its markup became elements or ran.
func (b *browser) expectNoteAsText(note string) {
	b.t.Helper()
	var got struct {
		Text     string
		Elements int
		Pwned    bool
	}
	b.eval(`(() => { const p = document.querySelector("#timeline .entry-note");
	  return { Text: p ? p.textContent : "", Elements: p ? p.querySelectorAll("*").length : -1, Pwned: !!window.__pwned }; })()`, &got)
	if got.Text != note || got.Elements != 0 || got.Pwned {
		b.t.Errorf("the note shows as %q with %d elements (ran: %t), want the text %q", got.Text, got.Elements, got.Pwned, note)
	}
}

// The app reads the diary in idle time on every start. That read writes
// nothing, to an empty storage or to a diary, and the Diary tab then shows
// what is stored.
func TestTheDiaryReadInIdleTimeWritesNothing(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.open(s.URL + "/")
	b.waitIdle()
	if stored := b.diaryStorage(); len(stored) != 0 {
		t.Errorf("starting the app wrote to the diary's storage: %v", stored)
	}

	entries := seedHistory(14*7, 1)
	b.seedStorage(s.URL, storedForm(t, entries, nil, nil))
	before := b.diaryStorage()
	b.open(s.URL + "/")
	b.waitIdle()
	if after := b.diaryStorage(); !maps.Equal(before, after) {
		t.Errorf("reading the diary in idle time changed storage: %d keys before, %d after", len(before), len(after))
	}
	b.click(`header a[href="/diary"]`)
	b.waitTrue(`document.querySelector("#nights-chart rect.bar")`, "the chart")
	b.expectChart(entries, 12)
}

// Two tabs of the app: what one saves, the other shows on its next screen
// instead of the copy it read when it started.
func TestASaveInAnotherTabShowsHere(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	here := newBrowser(t)
	here.Guard.Allow(s.Addr)
	here.fixClock(diaryNow)
	here.openDiaryPage(s.URL + "/diary")
	here.waitTrue(`document.getElementById("diary-empty")`, "the empty diary")

	other := here.newTab()
	other.fixClock(diaryNow)
	other.open(s.URL + "/about")
	saved := other.logQuickCramp(s.URL, "6")

	here.click("a.brand")
	here.waitTrue(`document.getElementById("search")`, "the home page")
	here.click(`header a[href="/diary"]`)
	here.waitDiaryFilled()
	here.expectTimeline("after a save in another tab", saved)
}

// A seeded history of 16 weeks, in app/diary's own storage format, draws
// the 12- and 4-week charts and their tables with app/diary's numbers, and
// the remedy table with its counts.
func TestDiaryChartsMatchTheStatsOfASeededHistory(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	entries := seedHistory(16*7, 1)
	b.seedStorage(s.URL, storedForm(t, entries, nil, nil))
	b.openDiaryPage(s.URL + "/diary")
	b.waitTrue(`document.querySelector("#nights-chart rect.bar")`, "the chart")
	b.expectChart(entries, 12)

	last := diary.NightOf(diaryNow)
	b.expectRemedies(diary.RemedyStats(entries, last-12*7+1, last))
	b.expectPainWeeks(diary.PainSeries(entries, last-12*7+1, last), last-12*7+1)

	b.click("#span-4")
	b.waitTrue(`document.querySelectorAll("#nights-chart-table td[data-night]").length === 28`, "the 4-week table")
	b.expectChart(entries, 4)
	b.expectRemedies(diary.RemedyStats(entries, last-4*7+1, last))

	if ids := b.timelineIDs(); len(ids) != 10 || ids[0] != newest(entries).ID {
		t.Errorf("the timeline starts with %d entries from %v, want 10 from %s", len(ids), ids[:min(1, len(ids))], newest(entries).ID)
	}
	b.click("#timeline-more")
	b.waitTrue(`document.querySelectorAll("#timeline li").length === 20`, "10 more entries")
}

func newest(entries []diary.Entry) diary.Entry {
	n := entries[0]
	for _, e := range entries {
		if e.At.After(n.At) || e.At.Equal(n.At) && e.ID > n.ID {
			n = e
		}
	}
	return n
}

// expectRemedies compares the remedy table with app/diary's counts.
func (b *browser) expectRemedies(want []diary.RemedyStat) {
	b.t.Helper()
	var rows [][]string
	b.eval(`[...document.querySelectorAll("#remedy-stats tbody tr")].map((tr) => [tr.dataset.remedy, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)])`, &rows)
	var wantRows [][]string
	for _, r := range want {
		wantRows = append(wantRows, []string{r.Remedy, strconv.Itoa(r.Tried), strconv.Itoa(r.Helped), strconv.Itoa(r.NotHelped), strconv.Itoa(r.Unsure)})
	}
	if !slices.EqualFunc(rows, wantRows, slices.Equal) {
		b.t.Errorf("the remedy table shows %v, want %v", rows, wantRows)
	}
}

// expectPainWeeks compares the pain table's rated counts and highest
// pains with app/diary's pain series.
func (b *browser) expectPainWeeks(points []diary.PainPoint, from diary.Day) {
	b.t.Helper()
	rated, highest := map[string]int{}, map[string]int{}
	for _, p := range points {
		if p.Pain == diary.Unset {
			continue
		}
		week := (from + (p.Night-from)/7*7).String()
		rated[week]++
		highest[week] = max(highest[week], int(p.Pain))
	}
	b.eval(`document.getElementById("pain-numbers").open = true`, nil)
	b.waitTrue(`document.querySelectorAll("#pain-table tbody tr").length > 0`, "the pain table")
	var rows [][]string
	b.eval(`[...document.querySelectorAll("#pain-table tbody tr")].map((tr) => [tr.dataset.week, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)])`, &rows)
	if len(rows) != 12 {
		b.t.Errorf("the pain table has %d weeks, want 12", len(rows))
	}
	for _, r := range rows {
		if r[1] != strconv.Itoa(rated[r[0]]) || rated[r[0]] > 0 && r[3] != strconv.Itoa(highest[r[0]]) {
			b.t.Errorf("pain week %s shows rated %s, highest %s; want %d, %d", r[0], r[1], r[3], rated[r[0]], highest[r[0]])
		}
	}
}
