package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
)

// nightlyHistory is one cramp a night for n nights before now's night:
// n = 2,000 is five and a half years of nightly entries.
func nightlyHistory(n int) []diary.Entry {
	out := make([]diary.Entry, 0, n)
	last := diary.NightOf(diaryNow)
	for i := 1; i <= n; i++ {
		e := diary.NewEntry((last - diary.Day(i)).Time().Add(26 * time.Hour))
		e.ID = fmt.Sprintf("night-%04d", i)
		e.Leg = diary.Legs[i%3]
		e.Muscles = []string{mapMuscleOf(i)}
		e.Duration = 60 + i%300
		e.Pain, e.Sleep = diary.Score(i%11), diary.Score((i/3)%11)
		e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedYes}}
		e.Note = "Woke at three, calf tight."
		out = append(out, e)
	}
	return out
}

func mapMuscleOf(i int) string {
	return []string{"calf", "foot", "back-thigh", "front-thigh"}[i%4]
}

// linkWatchJS clicks a link in the part of the page where selects and
// records, in ms, the time until the first frame painted after the page
// shows what done selects.
func linkWatchJS(where string) string {
	return `((href, done) => {
  window.__navMs = undefined;
  const t0 = performance.now();
  new MutationObserver((_, observer) => {
    if (!document.querySelector(done)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__navMs = performance.now() - t0; }, 0));
  }).observe(document.body, { childList: true, subtree: true });
  document.querySelector('` + where + ` a[href="' + href + '"]').click();
  return true;
})`
}

// navWatchJS clicks a header link (see linkWatchJS).
var navWatchJS = linkWatchJS("header")

// openDiaryJS opens the diary until its 12-week chart is painted;
// openAboutJS opens the about page, the floor of an in-app navigation.
var (
	openDiaryJS = navWatchJS + `("/diary", "#nights-chart rect.bar")`
	openAboutJS = navWatchJS + `("/about", "#disclaimer")`
)

// saveWatchJS clicks Save and records, in ms, the time until the entry is
// in localStorage and the first frame painted after "Saved" appeared.
const saveWatchJS = `(() => {
  window.__saveMs = undefined;
  const keys = Object.keys(localStorage).length;
  const status = document.getElementById("save-status");
  const t0 = performance.now();
  new MutationObserver((_, observer) => {
    if (!status.textContent.startsWith("Saved") || Object.keys(localStorage).length !== keys + 1) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__saveMs = performance.now() - t0; }, 0));
  }).observe(status, { childList: true, characterData: true, subtree: true });
  document.getElementById("log-save").click();
  return true;
})()`

// BenchmarkDiary seeds 2,000 nightly entries and measures, unthrottled,
// opening the diary (a click on the header's Diary link until the 12-week
// chart is painted: the stats and the drawing, on the diary the app read
// when the browser was first idle) in a fresh page session and again once
// it is open, beside opening the about page the same way (the floor of
// go-app's in-app navigation), and saving an entry (a click on Save until
// it is stored and "Saved" is painted). Bars: 100 ms to open, 50 ms to
// save. Run with -benchtime 1x.
//
// p95 of ten samples is the slowest of them.
func BenchmarkDiary(b *testing.B) {
	s := startServer(b, builds.server, builds.web, "127.0.0.1:0")
	br := newBrowser(b)
	br.Guard.Allow(s.Addr)
	br.fixClock(diaryNow)
	entries := nightlyHistory(2000)
	br.seedStorage(s.URL, storedForm(b, entries, nil, nil))

	var first, again, about []float64
	var coldFirst, coldAbout float64
	home := br.goHome
	// Round 0 is the first start of a new browser profile, before V8 has
	// cached the compiled wasm: reported alone, not mixed into the others.
	for round := 0; round <= 10; round++ {
		br.open(s.URL + "/")
		// The app reads the diary when the browser is first idle; a person
		// reaches for the Diary tab after that, and so does this.
		br.waitIdle()
		a := br.timed(openAboutJS, "__navMs")
		home()
		f := br.timed(openDiaryJS, "__navMs")
		home()
		g := br.timed(openDiaryJS, "__navMs")
		if round == 0 {
			coldFirst, coldAbout = f, a
			continue
		}
		about, first, again = append(about, a), append(first, f), append(again, g)
	}
	br.expectChart(entries, 12)

	var saves []float64
	br.open(s.URL + "/diary/new")
	for round := 0; round < 20; round++ {
		br.waitTrue(`document.getElementById("log-save") && !document.getElementById("after-save")`, "an empty form")
		br.click("#log-pain-5")
		saves = append(saves, br.timed(saveWatchJS, "__saveMs"))
		br.click("#log-another")
	}
	report := func(name string, v []float64, bar float64) {
		p50, p95 := percentile(v, 50), percentile(v, 95)
		verdict := "within"
		if p95 > bar {
			verdict = "OVER"
		}
		fmt.Printf("%s with %d entries: median %.1f ms, p95 %.1f ms (bar %.0f ms: %s; %d samples)\n", name, len(entries), p50, p95, bar, verdict, len(v))
		b.ReportMetric(p50, name+"-p50-ms")
		b.ReportMetric(p95, name+"-p95-ms")
	}
	fmt.Printf("in a new browser profile (round 0, not in the figures below): open-about %.1f ms, open-diary-first %.1f ms\n", coldAbout, coldFirst)
	b.ReportMetric(coldAbout, "open-about-cold-profile-ms")
	b.ReportMetric(coldFirst, "open-diary-cold-profile-ms")
	report("open-about-floor", about, 100)
	report("open-diary-first", first, 100)
	report("open-diary-again", again, 100)
	report("save-entry", saves, 50)
}

// timed runs a watch script and waits for the time it records.
func (b *browser) timed(js, result string) float64 {
	b.t.Helper()
	b.eval(js, nil)
	b.waitTrue("window."+result+" !== undefined", result)
	var ms float64
	b.eval("window."+result, &ms)
	return ms
}

// goHome taps the app's name and waits for the home page.
func (b *browser) goHome() {
	b.t.Helper()
	b.click("a.brand")
	b.waitTrue(`location.pathname === "/" && document.getElementById("search")`, "the home page")
}
