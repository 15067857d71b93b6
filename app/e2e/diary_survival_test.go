package e2e

import (
	"slices"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
)

// logQuickCramp logs a cramp from the form with only the pain given, and
// returns its stored id.
func (b *browser) logQuickCramp(base string, pain string) string {
	b.t.Helper()
	before := b.diaryStorage()
	b.openDiaryPage(base + "/diary/new")
	b.click("#log-pain-" + pain)
	b.click("#log-save")
	b.waitTrue(`document.getElementById("save-status").textContent.startsWith("Saved")`, "the saved message")
	// The first save also writes the schema's meta key: look at entries only.
	for k := range b.diaryStorage() {
		if _, old := before[k]; !old && strings.HasPrefix(k, diary.EntryKey("")) {
			return strings.TrimPrefix(k, diary.EntryKey(""))
		}
	}
	b.t.Fatal("the save stored no new entry")
	return ""
}

// expectTimeline waits until the diary's timeline lists exactly ids (in
// any order).
func (b *browser) expectTimeline(what string, ids ...string) {
	b.t.Helper()
	b.waitTrue(`document.getElementById("timeline")`, "the timeline "+what)
	got := b.timelineIDs()
	slices.Sort(got)
	want := slices.Sorted(slices.Values(ids))
	if !slices.Equal(got, want) {
		b.t.Errorf("%s the timeline lists %v, want %v", what, got, want)
	}
}

// Entries survive a reload, the network going away (with a cramp logged
// offline), and a reload offline.
func TestDiarySurvivesReloadAndOffline(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.open(s.URL + "/")
	b.waitWorker(precache(t, s.URL+"/app-worker.js"))
	first := b.logQuickCramp(s.URL, "4")
	b.openDiaryPage(s.URL + "/diary")
	b.expectTimeline("after the save", first)
	b.reload()
	b.waitDiaryFilled()
	b.expectTimeline("after a reload", first)

	b.setOffline(true)
	if !b.networkIsDown() {
		t.Fatal("the emulated offline mode let a request through")
	}
	b.reload()
	b.waitDiaryFilled()
	b.expectTimeline("offline", first)
	second := b.logQuickCramp(s.URL, "7")
	b.openDiaryPage(s.URL + "/diary")
	b.expectTimeline("offline after a second cramp", first, second)
	b.reload()
	b.waitDiaryFilled()
	b.expectTimeline("after a reload offline", first, second)
}

// Entries survive an app update: version 2 is deployed while a half-filled
// form is open; the page is not reloaded under it, the cramp is saved, and
// after the reload version 2 shows every entry, stored exactly as before.
func TestDiarySurvivesAnAppUpdate(t *testing.T) {
	v1 := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(v1.Addr)
	b.fixClock(diaryNow)
	entries := seedHistory(14*7, 2)
	b.seedStorage(v1.URL, storedForm(t, entries, nil, nil))
	b.waitWorker(precache(t, v1.URL+"/app-worker.js"))
	before := b.diaryStorage()

	b.openDiaryPage(v1.URL + "/diary/new")
	b.eval(`window.__sameDocument = true`, nil)
	b.click("#log-pain-5")
	v2 := deployChangedCSS(t, v1)
	// The app may find the update by itself first: then this check finds
	// nothing new, which is fine; the worker of version 2 is what counts.
	b.checkForUpdate()
	b.waitWorker(precache(t, v2.URL+"/app-worker.js"))
	var same bool
	b.eval(`window.__sameDocument === true && document.getElementById("log-pain-5").checked`, &same)
	if !same {
		t.Fatal("the update reloaded the page or emptied the half-filled form")
	}
	b.click("#log-save")
	b.waitTrue(`document.getElementById("save-status").textContent.startsWith("Saved")`, "the saved message")
	b.reload()
	b.waitTrue(`document.getElementById("app-version").textContent === "Version `+v2.Version+`"`, "version 2 after the reload")
	b.waitDiaryFilled()

	after := b.diaryStorage()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("the update changed %s", k)
		}
	}
	if len(after) != len(before)+1 {
		t.Errorf("after the update storage holds %d keys, want %d (seeded plus the new cramp)", len(after), len(before)+1)
	}
	b.openDiaryPage(v2.URL + "/diary")
	b.expectChart(append(entries, diary.NewEntry(diaryNow)), 12)
}
