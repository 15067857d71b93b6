package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/diary"
)

// The profile saves each choice at once, survives a reload, and shows on
// the doctor's summary.
func TestProfileChoicesAreSavedAndShownOnTheSummary(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.openDiaryPage(s.URL + "/profile")
	b.click("#age-60-plus")
	b.waitTrue(`document.getElementById("profile-status").textContent === "Saved."`, "the age saved")
	b.click(`label[for="cause-statins"]`)
	b.waitTrue(`document.getElementById("cause-statins").checked`, "statins ticked")
	var p diary.Profile
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/profile") || "").includes("statins")`, "the profile stored")
	var raw string
	b.eval(`localStorage.getItem("nightcramp/v2/profile")`, &raw)
	if err := json.Unmarshal([]byte(raw), &p); err != nil || p.AgeGroup != diary.Age60Plus || !slices.Equal(p.Causes, []string{"statins"}) {
		t.Errorf("stored profile %q (%v)", raw, err)
	}
	b.reload()
	b.waitDiaryFilled()
	var shown bool
	b.eval(`document.getElementById("age-60-plus").checked && document.getElementById("cause-statins").checked && !document.getElementById("cause-diuretics").checked`, &shown)
	if !shown {
		t.Error("after a reload the profile page does not show the saved choices")
	}
	b.click(`label[for="cause-statins"]`)
	b.waitTrue(`!(localStorage.getItem("nightcramp/v2/profile") || "").includes("statins")`, "statins unticked in storage")
	b.click(`label[for="cause-statins"]`)
	b.waitTrue(`(localStorage.getItem("nightcramp/v2/profile") || "").includes("statins")`, "statins ticked again")
	b.openDiaryPage(s.URL + "/diary/summary")
	b.waitWholeSummary()
	mustContain(t, "the summary", b.text("#sum-profile"), "Age: "+diary.Age60Plus.Label(), knowledgeTitle("statins"))
}

func knowledgeTitle(id string) string {
	e, _ := knowledge().Entry(id)
	return e.Title
}

// The doctor's summary shows app/diary's counts for the chosen nights.
func TestDiarySummaryShowsTheCountsOfTheChosenNights(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	entries, stored := seededDiary(t)
	b.seedStorage(s.URL, stored)
	last := diary.NightOf(diaryNow)
	for _, span := range []struct {
		url      string
		from, to diary.Day
	}{
		{"/diary/summary", last - 12*7 + 1, last},
		{fmt.Sprintf("/diary/summary?from=%s&to=%s", last-30, last-10), last - 30, last - 10},
	} {
		b.openDiaryPage(s.URL + span.url)
		b.waitWholeSummary()
		sum := diary.Summarize(diary.Snapshot{Entries: entries}, span.from, span.to)
		mustContain(t, span.url, b.text("#sum-cramps"), fmt.Sprint(sum.Cramps))
		mustContain(t, span.url, b.text("#sum-nights"), fmt.Sprint(sum.CrampNights))
		mustContain(t, span.url, b.text("#sum-pain"), fmt.Sprintf("average %.1f, highest %d", sum.PainAverage, sum.PainMax))
		b.expectRemedies(sum.Remedies)
	}
	var printHidden bool
	b.emulatePrint()
	b.eval(`getComputedStyle(document.querySelector(".topbar")).display === "none" && getComputedStyle(document.getElementById("print-summary").parentElement).display === "none"`, &printHidden)
	if !printHidden {
		t.Error("the printed summary still shows the navigation or the buttons")
	}
}

// Every diary screen, filled with a history and in its busiest state
// (open tables, a ticked remedy, the delete confirmation, an import
// preview with rejections, problems found), passes axe-core in both themes.
func TestDiaryScreensWithDataAreAccessible(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	entries, stored := seededDiary(t)
	stored[diary.EntryKey("damaged")] = "{"
	file := writeTemp(t, "partly-bad.json", exportOf(`{"id":5}`, entryJSON("fine", diaryNow.Add(-3600e9), "")))
	for _, theme := range []string{"dark", "light"} {
		t.Run(theme, func(t *testing.T) {
			b := newBrowser(t)
			b.Guard.Allow(s.Addr)
			b.fixClock(diaryNow)
			b.onNewDocument(fmt.Sprintf(`localStorage.setItem("nightcramp-theme", %q)`, theme))
			b.do(chromedp.EmulateViewport(360, 800))
			b.seedStorage(s.URL, stored)
			openAll := `document.querySelectorAll("details").forEach((d) => { d.open = true; }); true`

			b.openDiaryPage(s.URL + "/diary")
			b.eval(openAll, nil)
			b.waitTrue(`document.getElementById("nights-chart-table") && document.getElementById("pain-table")`, "the unfolded tables")
			b.checkAccessibility("/diary")
			b.openDiaryPage(s.URL + "/diary/new")
			b.click("#tried-stretch-the-cramp")
			b.waitTrue(`document.getElementById("helped-stretch-the-cramp")`, "the did-it-help question")
			b.eval(openAll, nil)
			b.checkAccessibility("/diary/new")
			b.openDiaryPage(s.URL + "/diary/edit?id=" + entries[0].ID)
			b.click("#delete-entry")
			b.waitTrue(`document.getElementById("confirm-delete")`, "the confirmation")
			b.checkAccessibility("/diary/edit")
			b.openDiaryPage(s.URL + "/diary/data")
			b.chooseImportFile(file)
			b.waitTrue(`document.getElementById("import-rejected")`, "the preview with a rejection")
			b.eval(openAll, nil)
			b.checkAccessibility("/diary/data")
			b.openDiaryPage(s.URL + "/diary/summary")
			b.checkAccessibility("/diary/summary")
			b.openDiaryPage(s.URL + "/profile")
			b.checkAccessibility("/profile")
		})
	}
}

// emulatePrint makes the page use its print styles.
func (b *browser) emulatePrint() {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		b.t.Fatal(err)
	}
}
