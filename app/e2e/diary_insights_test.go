package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/diary"
)

// insightDiary is 28 logged nights before now's: after the 14 days with
// alcohol a cramp on all but one, after the 14 days with exercise a "no
// cramps" check-in on all but one; stretches noted on the last 10 nights
// and a medicine started 12 nights back.
type insightDiary struct {
	entries   []diary.Entry
	contexts  []diary.DayContext
	checkIns  []diary.CheckIn
	medicines []diary.Medicine
}

func newInsightDiary() insightDiary {
	var d insightDiary
	last := diary.NightOf(diaryNow) - 1
	for i := 0; i < 28; i++ {
		night := last - diary.Day(i)
		alcohol := i%2 == 0
		d.contexts = append(d.contexts, diary.DayContext{Date: night, Alcohol: alcohol, Exercise: !alcohol})
		if alcohol != (i < 2) {
			e := diary.NewEntry(night.Time().Add(26 * time.Hour))
			e.ID = fmt.Sprintf("alc-%02d", i)
			e.Leg, e.Muscles, e.Pain = diary.LegLeft, []string{"calf"}, diary.Score(3+i%5)
			e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}}
			d.entries = append(d.entries, e)
			if i < 10 {
				d.checkIns = append(d.checkIns, diary.CheckIn{Night: night, Stretched: true})
			}
			continue
		}
		d.checkIns = append(d.checkIns, diary.CheckIn{Night: night, NoCramps: true, Stretched: i < 10})
	}
	d.medicines = []diary.Medicine{{ID: "med-statin", Name: "Statins (cholesterol medicines)", KBID: "statins", Start: last - 12}}
	return d
}

// stored is the diary as app/diary stores it, and its snapshot.
func (d insightDiary) stored(t testing.TB) (map[string]string, diary.Snapshot) {
	t.Helper()
	mem := diary.NewMemStorage()
	st, _ := diary.Open(mem)
	st.SetClock(func() time.Time { return diaryNow.Add(-time.Hour) })
	for _, e := range d.entries {
		if _, err := st.SaveEntry(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range d.contexts {
		if _, err := st.SaveContext(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range d.checkIns {
		if _, err := st.CheckIn(c.Night, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range d.medicines {
		if _, err := st.SaveMedicine(m); err != nil {
			t.Fatal(err)
		}
	}
	all, err := mem.GetAll()
	if err != nil {
		t.Fatal(err)
	}
	return all, st.Snapshot()
}

// insightLine is one comparison as the page shows it.
type insightLine struct {
	Key, Verdict, Text string
	With, Without      int
}

const insightLinesJS = `[...document.querySelectorAll("#insights li.insight")].map((li) => ({
  Key: li.dataset.factor || li.dataset.habit || li.dataset.medicine, Verdict: li.dataset.verdict,
  With: Number(li.dataset.with), Without: Number(li.dataset.without), Text: li.textContent }))`

// Each insight says how many nights it rests on, as app/diary counts
// them, and none names a cause.
func TestDiaryInsightsShowTheirNightCounts(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	stored, snap := newInsightDiary().stored(t)
	b.seedStorage(s.URL, stored)
	b.openDiaryPage(s.URL + "/diary")
	b.waitTrue(`document.getElementById("insights")`, "the insights")
	last := diary.NightOf(diaryNow)
	// The diary's 29 nights, tonight's included, fit in 5 whole weeks.
	want := diary.Insight(snap, last-5*7+1, last)
	var lines []insightLine
	b.eval(insightLinesJS, &lines)
	byKey := map[string]insightLine{}
	for _, l := range lines {
		byKey[l.Key] = l
		if strings.Contains(strings.ToLower(l.Text), "causes") {
			t.Errorf("an insight names a cause: %q", l.Text)
		}
	}
	for _, f := range want.Factors {
		l, ok := byKey[string(f.Factor)]
		if f.With.Nights == 0 {
			if ok {
				t.Errorf("%s: shown though never noted: %+v", f.Factor, l)
			}
			continue
		}
		if !ok || l.With != f.With.Nights || l.Without != f.Without.Nights {
			t.Errorf("%s: the page shows %+v, want %d nights with, %d without", f.Factor, l, f.With.Nights, f.Without.Nights)
		}
	}
	alcohol := byKey["alcohol"]
	if alcohol.Verdict != "more-with" || !strings.Contains(alcohol.Text, "cramps on 13 of 14 nights after alcohol, against 1 of 14 nights without") {
		t.Errorf("alcohol: %+v", alcohol)
	}
	stretch, med := byKey["stretching"], byKey["med-statin"]
	if stretch.Verdict != "no-clear-difference" || !strings.Contains(stretch.Text, "cramps on 5 of 10 nights since, against 9 of 18 nights before") || stretch.With != 10 || stretch.Without != 18 {
		t.Errorf("stretching: %+v, want no clear difference with 10 nights since and 18 before", stretch)
	}
	if med.With != 13 || med.Without != 15 || !strings.Contains(med.Text, "Since you started Statins") || !strings.Contains(med.Text, "nights while taking it") {
		t.Errorf("the medicine: %+v, want 13 nights since and 15 before", med)
	}
	mustContain(t, "the basis", b.text("#insights-basis"), "you logged 28 nights")
}

// A night without cramps is one tap on the diary, and is drawn as a
// logged night, not as an unknown one.
func TestDiaryCheckInMakesAQuietNightALoggedOne(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.openDiaryPage(s.URL + "/diary")
	mustContain(t, "a new diary", b.text("#diary-empty"), "Nothing logged yet", "No cramps last night")
	var charts int
	b.eval(`document.querySelectorAll("#nights-chart, #timeline, #pain-chart").length`, &charts)
	if charts != 0 {
		t.Errorf("a new diary draws %d empty charts", charts)
	}
	b.click("#checkin-no-cramps")
	night := diary.NightOf(diaryNow).String()
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/night/`+night+`") || "").includes("noCramps")`, "the check-in stored")
	b.waitTrue(`document.getElementById("checkin-no-cramps").getAttribute("aria-pressed") === "true"`, "the button pressed")
	b.click("#checkin-stretched")
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/night/`+night+`") || "").includes("stretched")`, "the stretches stored")
	b.waitTrue(`document.getElementById("nights-chart")`, "the chart of a diary with a night")
	b.eval(`document.getElementById("nights-numbers").open = true`, nil)
	b.waitTrue(`document.querySelector('#nights-chart-table td[data-night="`+night+`"]')`, "the table")
	var state, prev string
	b.eval(`document.querySelector('#nights-chart-table td[data-night="`+night+`"]').dataset.state`, &state)
	b.eval(`document.querySelector('#nights-chart-table td[data-night="`+(diary.NightOf(diaryNow)-1).String()+`"]').textContent`, &prev)
	if state != "none" || prev != "–" {
		t.Errorf("the checked-in night is %q and the night before shows %q; want none and a dash", state, prev)
	}
	b.reload()
	b.waitDiaryFilled()
	b.waitTrue(`document.getElementById("checkin-no-cramps").getAttribute("aria-pressed") === "true" && document.getElementById("checkin-stretched").getAttribute("aria-pressed") === "true"`, "the check-in after a reload")
}

// "Log this cramp" at the guide's end opens the form with the time, the
// steps used and the answer to "Did it help?"; one tap saves them.
func TestDiaryQuickLogFromTheGuideCarriesItsAnswers(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	aid := knowledge().FirstAid()
	steps := aid[0].ID + ",not-a-step," + aid[1].ID
	b.openDiaryPage(s.URL + "/diary/new?at=2026-03-10T02:55:00Z&steps=" + steps + "&helped=yes")
	b.waitTrue(`document.getElementById("from-guide")`, "the note that the guide filled the form")
	var when string
	b.eval(`document.getElementById("log-when").value`, &when)
	if when != "2026-03-10T02:55" {
		t.Errorf("when %q", when)
	}
	// Save is on screen at once, before anything is scrolled.
	var saveVisible bool
	b.eval(`(() => { const r = document.getElementById("log-save").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, &saveVisible)
	if !saveVisible {
		t.Error("Save is not on the first screen")
	}
	b.click("#log-save")
	b.waitTrue(`document.getElementById("save-status").textContent.startsWith("Saved")`, "the save")
	entries := b.storedEntries()
	if len(entries) != 1 {
		t.Fatalf("%d entries stored", len(entries))
	}
	for _, e := range entries {
		if len(e.Tried) != 2 || e.Tried[0].Remedy != aid[0].ID || e.Tried[1].Remedy != aid[1].ID || e.Tried[0].Helped != diary.HelpedYes || e.Tried[1].Helped != diary.HelpedYes {
			t.Errorf("stored tried %+v, want %s and %s, both helped", e.Tried, aid[0].ID, aid[1].ID)
		}
		if !e.At.Equal(time.Date(2026, 3, 10, 2, 55, 0, 0, time.UTC)) {
			t.Errorf("stored at %s", e.At)
		}
	}
}

// Medicines are added with a start date, stopped and shown with both
// dates, suggested from the knowledge base, and listed on the summary.
func TestProfileMedicinesWithDates(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.openDiaryPage(s.URL + "/profile")
	var suggestions []string
	b.eval(`[...document.querySelectorAll("#medicine-suggestions option")].map((o) => o.value)`, &suggestions)
	if !slicesContain(suggestions, knowledgeTitle("statins")) {
		t.Errorf("suggestions %q lack statins", suggestions)
	}
	b.setField("#medicine-name", knowledgeTitle("statins"))
	b.setField("#medicine-start", "2026-02-01")
	b.click("#medicine-save")
	b.waitTrue(`document.querySelectorAll("#medicine-list li").length === 1`, "the medicine listed")
	mustContain(t, "the list", b.text("#medicine-list"), knowledgeTitle("statins"), "since 1 Feb 2026")
	var left string
	b.eval(`document.getElementById("medicine-name").value`, &left)
	if left != "" {
		t.Errorf("after adding, the name field still holds %q", left)
	}
	var m diary.Medicine
	for k, v := range b.diaryStorage() {
		if strings.Contains(k, "/medicine/") {
			if err := json.Unmarshal([]byte(v), &m); err != nil {
				t.Fatal(err)
			}
		}
	}
	if m.KBID != "statins" || m.Start != diary.Date(2026, 2, 1) {
		t.Errorf("stored %+v", m)
	}
	b.click("#medicine-stop-" + m.ID)
	b.waitTrue(`document.getElementById("medicine-list").textContent.includes("1 Feb 2026 to 10 Mar 2026")`, "the stop date")
	b.openDiaryPage(s.URL + "/diary/summary?range=3m")
	b.waitWholeSummary()
	mustContain(t, "the summary", b.text("#sum-medicines"), knowledgeTitle("statins")+": 1 Feb 2026 to 10 Mar 2026")
}

// waitWholeSummary waits for the frame after the summary's first, which
// draws every row and the sections below the table.
func (b *browser) waitWholeSummary() {
	b.t.Helper()
	b.waitTrue(`document.getElementById("summary-rest")`, "the whole summary")
}

func slicesContain(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// The summary has a row per cramp; printed, it shows no install card, no
// control and no navigation, in black on white, every row whole and the
// table within the page.
func TestSummaryTableAndItsPrint(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	d := newInsightDiary()
	stored, _ := d.stored(t)
	b.seedStorage(s.URL, stored)
	b.openDiaryPage(s.URL + "/diary/summary")
	b.waitWholeSummary()
	var rows []string
	b.eval(`[...document.querySelectorAll("#summary-table tbody tr")].map((tr) => tr.dataset.id)`, &rows)
	if len(rows) != len(d.entries) {
		t.Errorf("%d rows for %d cramps", len(rows), len(d.entries))
	}
	mustContain(t, "a row", b.text("#summary-table tbody tr"), "Left leg: Calf", knowledgeTitle("stretch-the-cramp")+" (helped)")
	mustContain(t, "the range", b.text("#sum-range"), "(29 nights)")
	mustContain(t, "logged", b.text("#sum-logged"), "28 of 29")

	b.emulatePrint()
	var printed struct {
		Hidden     []string
		Shown      []string
		RowsWhole  bool
		TableWidth float64
		PageWidth  float64
		Colors     []string
	}
	b.eval(`(() => {
  const shown = (el) => el && getComputedStyle(el).display !== "none" && el.getClientRects().length > 0;
  const hidden = [], visible = [];
  for (const sel of ["#install", "header", "nav", "#print-summary", "#summary-range", "#summary-presets", "footer"]) {
    const el = document.querySelector(sel);
    (el && shown(el) ? visible : hidden).push(sel);
  }
  const buttons = [...document.querySelectorAll("button")].filter(shown).map((b) => b.id || b.textContent);
  const rows = [...document.querySelectorAll("#summary-table tr")];
  return {
    Hidden: hidden, Shown: visible.concat(buttons),
    RowsWhole: rows.every((tr) => getComputedStyle(tr).breakInside === "avoid"),
    TableWidth: document.getElementById("summary-table").getBoundingClientRect().right,
    PageWidth: document.documentElement.clientWidth,
    Colors: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector("#summary-table td")).color],
  };
})()`, &printed)
	if len(printed.Shown) != 0 {
		t.Errorf("printed, these still show: %q", printed.Shown)
	}
	if !printed.RowsWhole || printed.TableWidth > printed.PageWidth {
		t.Errorf("rows kept whole %t; table ends at %.0f px of %.0f", printed.RowsWhole, printed.TableWidth, printed.PageWidth)
	}
	if printed.Colors[0] != "rgb(255, 255, 255)" || printed.Colors[1] != "rgb(0, 0, 0)" {
		t.Errorf("printed colours %q, want black on white", printed.Colors)
	}
	for _, paper := range []struct {
		name string
		w, h float64 // inches
	}{{"a4", 8.27, 11.69}, {"letter", 8.5, 11}} {
		pdf := b.printPDF(paper.w, paper.h)
		if !strings.HasPrefix(string(pdf), "%PDF") || len(pdf) < 2000 {
			t.Errorf("%s: not a PDF (%d bytes)", paper.name, len(pdf))
		}
		if dir := os.Getenv("NIGHTCRAMP_SHOTS"); dir != "" {
			os.WriteFile(filepath.Join(dir, "summary-"+paper.name+".pdf"), pdf, 0o644)
		}
	}
}

// printPDF prints the page as headless Chromium does, with the page's own
// @page margins.
func (b *browser) printPDF(w, h float64) []byte {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: w, PaperHeight: h})
	if err != nil {
		b.t.Fatal(err)
	}
	return res.Data
}

// Export and import carry the check-ins and medicines, key for key.
func TestDiaryExportImportCarriesCheckInsAndMedicines(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	a := newBrowser(t)
	a.Guard.Allow(s.Addr)
	a.fixClock(diaryNow)
	a.onNewDocument(captureDownloadsJS)
	d := newInsightDiary()
	stored, _ := d.stored(t)
	a.seedStorage(s.URL, stored)
	a.openDiaryPage(s.URL + "/diary/data")
	a.click("#export-json")
	a.waitTrue(`window.__blobs.length === 1`, "the JSON download")
	exported := a.lastDownload()

	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.openDiaryPage(s.URL + "/diary/data")
	b.chooseImportFile(writeTemp(t, "nightcramp-diary.json", []byte(exported)))
	b.waitTrue(`document.getElementById("import-preview")`, "the import preview")
	mustContain(t, "the preview", b.text("#import-counts"),
		"Night check-ins to add or update: "+strconv.Itoa(len(d.checkIns)), "Medicines to add or update: 1")
	b.click("#import-confirm")
	b.waitTrue(`document.getElementById("import-status").textContent.startsWith("Imported")`, "the import")
	if got := b.diaryStorage(); !maps.Equal(got, stored) {
		t.Errorf("the imported diary differs: %d keys, want %d; %v", len(got), len(stored), mapDiff(got, stored))
	}
}

// In the morning the home page asks about last night below its answers:
// one tap logs a night without cramps; in the afternoon it asks nothing.
func TestHomeChecksInLastNightInTheMorning(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	morning := time.Date(2026, 3, 10, 7, 30, 0, 0, time.UTC)
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(morning)
	b.open(s.URL + "/")
	b.waitTrue(`document.getElementById("morning-no-cramps")`, "the morning check-in")
	var below bool
	b.eval(`!!(document.getElementById("results").compareDocumentPosition(document.getElementById("morning-check-in")) & Node.DOCUMENT_POSITION_FOLLOWING)`, &below)
	if !below {
		t.Error("the check-in comes before the answers")
	}
	b.click("#morning-no-cramps")
	night := diary.NightOf(morning.Add(-12 * time.Hour)).String()
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/night/`+night+`") || "").includes("noCramps")`, "last night's check-in stored")
	b.waitTrue(`document.getElementById("morning-no-cramps").getAttribute("aria-pressed") === "true"`, "the button pressed")

	afternoon := newBrowser(t)
	afternoon.Guard.Allow(s.Addr)
	afternoon.fixClock(time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC))
	afternoon.open(s.URL + "/")
	afternoon.waitIdle()
	if afternoon.attr("#morning-no-cramps", "id") != "" {
		t.Error("the check-in is asked in the afternoon")
	}
}
