package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// The bedtime stretching routine (app/ui/guide, at /bedtime): the same
// guide engine as Cramp now, over the routine's steps.

// bedtimeShortcut reads the routine's shortcut from the served manifest.
func bedtimeShortcut(t *testing.T, base string) string {
	t.Helper()
	_, body := httpGet(t, base+"/manifest.webmanifest")
	var m struct {
		Shortcuts []struct{ Name, URL string }
	}
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Shortcuts {
		if c.Name == "Bedtime stretches" {
			return c.URL
		}
	}
	t.Fatalf("the manifest offers no Bedtime stretches shortcut: %+v", m.Shortcuts)
	return ""
}

// waitRoutinePlace waits until the routine shows a place, and checks its
// address and step against the knowledge base.
func (b *browser) waitRoutinePlace(place int) guideView {
	b.t.Helper()
	b.waitTrue(fmt.Sprintf(`(document.getElementById("guide") || {dataset: {}}).dataset.place === "%d" && document.getElementById("guide").dataset.live === "true"`, place),
		fmt.Sprintf("routine place %d", place))
	v := b.guide()
	steps := knowledge().Routine()
	want := site.BedtimePath
	switch {
	case place > len(steps):
		want += "?step=end"
	case place > 0:
		want += fmt.Sprintf("?step=%d", place)
	}
	if v.Location != want {
		b.t.Errorf("routine place %d: address %q, want %q", place, v.Location, want)
	}
	if place >= 1 && place <= len(steps) {
		s := steps[place-1]
		if v.StepID != s.ID || v.Sentence != s.Title || v.Progress != fmt.Sprintf("Step %d of %d", place, len(steps)) {
			b.t.Errorf("routine place %d shows %q %q (%s), want %s %q", place, v.StepID, v.Sentence, v.Progress, s.ID, s.Title)
		}
	}
	return v
}

// holdLabels are the names of a routine step's holds, as the screen shows
// them: "Left leg, 1 of 3" and so on.
func holdLabels(s *kb.Entry) []string {
	legs := []string{""}
	if s.EachLeg {
		legs = []string{"Left leg", "Right leg"}
	}
	var out []string
	for _, leg := range legs {
		for n := 1; n <= s.Repeats; n++ {
			label := leg
			if s.Repeats > 1 {
				label = strings.TrimPrefix(fmt.Sprintf("%s, %d of %d", leg, n, s.Repeats), ", ")
			}
			out = append(out, label)
		}
	}
	return out
}

// runHolds times every hold of the shown step, moving the page's clock
// through each, and checks each hold's name.
func (b *browser) runHolds(s *kb.Entry) {
	b.t.Helper()
	labels := holdLabels(s)
	for i, label := range labels {
		b.click("#guide-timer-start")
		b.waitTrue(`document.getElementById("guide-timer").dataset.state === "running"`, "hold "+label)
		if got := b.text("#guide-hold"); got != label {
			b.t.Errorf("%s hold %d is named %q, want %q", s.ID, i+1, got, label)
		}
		b.skewClock(float64(s.HoldSeconds) + 1)
		b.waitTrue(`document.getElementById("guide-timer").dataset.state === "done"`, "the end of hold "+label)
		want := "Time it again"
		if i+1 < len(labels) {
			want = "Next: " + labels[i+1]
		}
		if got := strings.TrimSpace(b.text("#guide-timer-start")); got != want {
			b.t.Errorf("%s after hold %d: button %q, want %q", s.ID, i+1, got, want)
		}
	}
}

func TestBedtimeRoutineFromItsShortcutOfflineToTheDiary(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	shortcut := bedtimeShortcut(t, s.URL)
	version, paths := precache(t, s.URL+"/app-worker.js")
	mustList(t, paths, shortcut)
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(guideInstruments("record", true))

	// The stretching remedy's page offers the routine.
	b.open(s.URL + site.EntryPath("stretch-before-bed"))
	if href := b.attr("#start-routine", "href"); href != site.BedtimePath {
		t.Errorf("the remedy's routine link goes to %q", href)
	}
	b.click("#start-routine")
	b.waitRoutinePlace(0)
	b.waitWorker(version, paths)

	s.Stop()
	if !b.networkIsDown() {
		t.Fatal("the server still answers after it was stopped")
	}
	b.open(s.URL + shortcut)
	v := b.waitRoutinePlace(0)
	if v.Progress != "Bedtime stretches" || v.NextLabel != "Start" || len(v.StartFlags) != 0 {
		t.Errorf("the routine's start: %+v", v)
	}
	steps := knowledge().Routine()
	for i, step := range steps {
		b.click("#guide-next")
		b.waitRoutinePlace(i + 1)
		if i == 0 || i == len(steps)-1 {
			b.runHolds(step)
		}
	}
	b.click("#guide-next")
	b.waitRoutinePlace(len(steps) + 1)
	b.click("#guide-record-button")
	b.waitTrue(`!!document.getElementById("guide-recorded")`, "the record to be made")
	if got := b.text("#guide-recorded"); !strings.HasPrefix(got, "Recorded for tonight.") {
		t.Errorf("after the record: %q", got)
	}

	// The record is the diary's own nightly check-in, read back by the
	// diary's code from what the page stored.
	mem := diary.NewMemStorage()
	for k, v := range b.diaryStorage() {
		if err := mem.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	st, problems := diary.Open(mem)
	if len(problems) > 0 {
		t.Errorf("the stored diary has problems: %v", problems)
	}
	night := diary.NightOf(time.Now())
	if c, ok := st.CheckInOf(night); !ok || !c.Stretched {
		t.Errorf("the diary has no stretches for the night of %s: %+v (found %v) in %v", night, c, ok, b.diaryStorage())
	}
	// The diary, offline, opens with it; the routine's end remembers it.
	b.click("#guide-recorded a")
	b.waitTrue(`location.pathname === "/diary" && !!document.querySelector("main h1")`, "the diary")
	b.open(s.URL + site.BedtimePath + "?step=end")
	b.waitRoutinePlace(len(steps) + 1)
	b.waitTrue(`!!document.getElementById("guide-recorded") && !document.getElementById("guide-record-button")`, "the record, remembered")
	b.checkNoPageProblems()
}

func TestBedtimeAndVoiceAccessibilityInBothThemes(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	n := len(knowledge().Routine())
	for _, theme := range []string{"dark", "light"} {
		t.Run(theme, func(t *testing.T) {
			b := newBrowser(t)
			b.Guard.Allow(s.Addr)
			b.onNewDocument(fmt.Sprintf(`localStorage.setItem("nightcramp-theme", %q)`, theme))
			b.onNewDocument(guideInstruments("record", true))
			b.onNewDocument(speechInstruments("record"))
			w := b.watchPolicies()
			b.do(chromedp.EmulateViewport(360, 740))
			b.open(s.URL + site.BedtimePath)
			b.waitRoutinePlace(0)
			b.checkAccessibility("routine start")
			b.open(s.URL + site.BedtimePath + "?step=1")
			b.waitRoutinePlace(1)
			b.eval(`document.getElementById("guide-why").open = true`, nil)
			b.click("#guide-timer-start")
			b.waitTrue(`document.getElementById("guide-timer").dataset.state === "running"`, "the timer to run")
			b.checkAccessibility("routine step, hold running")
			// The voice on, the automatic mode on, then paused.
			b.click("#guide-voice-switch")
			b.click("#guide-auto-switch")
			b.waitTrue(`document.getElementById("guide-auto-switch").getAttribute("aria-checked") === "true"`, "automatic on")
			b.click("#guide-sentence")
			b.waitTrue(`!!document.getElementById("guide-paused")`, "the pause")
			b.checkAccessibility("routine, voice on, paused")
			b.open(s.URL + site.BedtimePath + "?step=end")
			b.waitRoutinePlace(n + 1)
			b.checkAccessibility("routine end")
			b.click("#guide-record-button")
			b.waitTrue(`!!document.getElementById("guide-recorded")`, "the record")
			b.checkAccessibility("routine end, recorded")
			// First aid with the voice on (remembered) and the automatic mode.
			b.open(s.URL + site.CrampNowPath + "?step=1")
			b.waitTrue(`document.getElementById("guide-auto-switch") && document.getElementById("guide").dataset.live === "true"`, "first aid with the voice on")
			b.checkAccessibility("first aid, voice on")
			b.checkNoViolations(w, "both guides")
		})
	}
	// No voice on the device: the note is part of the page too.
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(speechInstruments("absent"))
	b.open(s.URL + site.BedtimePath + "?step=1")
	b.waitTrue(`!!document.getElementById("guide-voice-note")`, "the note")
	b.checkAccessibility("routine, no voice")
}
