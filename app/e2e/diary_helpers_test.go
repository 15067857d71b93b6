package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/nightcramp/nightcramp/app/diary"
)

// diaryNow is the fixed "now" of the diary tests: a Tuesday, 03:10 in the
// night, on UTC, so that "tonight" is Monday 9 March 2026 both in the page
// and in the tests' own sums.
var diaryNow = time.Date(2026, 3, 10, 3, 10, 0, 0, time.UTC)

// fixClock makes the page's clock start at at and run on from there, and
// its time zone UTC, before any of the page's code runs: the wasm reads the
// time through Date, so the code under test is the one shipped.
func (b *browser) fixClock(at time.Time) {
	b.t.Helper()
	b.onNewDocument(fmt.Sprintf(`(() => {
  const RealDate = Date, shift = %d - RealDate.now();
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + shift); else super(...args); }
    static now() { return RealDate.now() + shift; }
  }
  window.Date = FixedDate;
})();`, at.UnixMilli()))
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "UTC"}); err != nil {
		b.t.Fatal(err)
	}
}

// seedHistory makes nights of entries ending the night before now's: a
// seeded random number of cramps a night (0 to 3), with pains, legs,
// muscles and remedies, the way app/diary itself stores them.
func seedHistory(nights int, seed uint64) []diary.Entry {
	r := rand.New(rand.NewPCG(seed, 7))
	muscles := []string{"calf", "foot", "back-thigh", "front-thigh"}
	remedies := []string{"stretch-the-cramp", "walk-or-jiggle", "pickle-juice", "warm-the-muscle"}
	helped := []diary.Helped{diary.HelpedYes, diary.HelpedNo, diary.HelpedUnsure, ""}
	last := diary.NightOf(diaryNow)
	var out []diary.Entry
	for n := 1; n <= nights; n++ {
		night := last - diary.Day(n)
		cramps := r.IntN(4)
		for c := 0; c < cramps; c++ {
			at := night.Time().Add(time.Duration(22*60+r.IntN(10*60)) * time.Minute)
			e := diary.NewEntry(at)
			e.ID = fmt.Sprintf("seed-%d-%d", n, c)
			e.Leg = diary.Legs[r.IntN(3)]
			e.Muscles = []string{muscles[r.IntN(len(muscles))]}
			e.Duration = 30 + r.IntN(600)
			if r.IntN(5) > 0 {
				e.Pain = diary.Score(r.IntN(11))
			}
			if r.IntN(3) > 0 {
				e.Sleep = diary.Score(r.IntN(11))
			}
			if r.IntN(2) == 0 {
				e.Tried = []diary.Tried{{Remedy: remedies[r.IntN(len(remedies))], Helped: helped[r.IntN(len(helped))]}}
			}
			out = append(out, e)
		}
	}
	return out
}

// storedForm saves entries (and a profile, and day notes) through
// app/diary's own Store into memory and returns the keys and values it
// wrote: the exact storage format the app reads.
func storedForm(t testing.TB, entries []diary.Entry, contexts []diary.DayContext, profile *diary.Profile) map[string]string {
	t.Helper()
	mem := diary.NewMemStorage()
	st, problems := diary.Open(mem)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	st.SetClock(func() time.Time { return diaryNow.Add(-time.Hour) })
	for _, e := range entries {
		if _, err := st.SaveEntry(e); err != nil {
			t.Fatalf("seeding %s: %v", e.ID, err)
		}
	}
	for _, c := range contexts {
		if _, err := st.SaveContext(c); err != nil {
			t.Fatal(err)
		}
	}
	if profile != nil {
		if _, err := st.SaveProfile(*profile); err != nil {
			t.Fatal(err)
		}
	}
	all, err := mem.GetAll()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// seedStorage writes key/value pairs into the origin's localStorage from
// a page of the app that has not opened the diary (the about page), so the
// next navigation's wasm reads them fresh.
func (b *browser) seedStorage(base string, pairs map[string]string) {
	b.t.Helper()
	b.open(base + "/about")
	data, _ := json.Marshal(pairs)
	b.eval(fmt.Sprintf(`(() => { const p = %s; for (const k in p) localStorage.setItem(k, p[k]); return true; })()`, data), nil)
}

// diaryStorage reads every diary key of the origin's localStorage.
func (b *browser) diaryStorage() map[string]string {
	b.t.Helper()
	var all map[string]string
	b.eval(`Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("nightcramp/")).map((k) => [k, localStorage.getItem(k)]))`, &all)
	return all
}

// storedEntries decodes the entries of the origin's localStorage.
func (b *browser) storedEntries() map[string]diary.Entry {
	b.t.Helper()
	out := map[string]diary.Entry{}
	for k, v := range b.diaryStorage() {
		if id, ok := strings.CutPrefix(k, "nightcramp/v2/entry/"); ok {
			e := diary.NewEntry(time.Time{})
			if err := json.Unmarshal([]byte(v), &e); err != nil {
				b.t.Fatalf("stored entry %s: %v", k, err)
			}
			out[id] = e
		}
	}
	return out
}

// openDiaryPage opens a diary route and waits until the wasm has filled it.
func (b *browser) openDiaryPage(url string) {
	b.t.Helper()
	b.open(url)
	b.waitDiaryFilled()
}

func (b *browser) waitDiaryFilled() {
	b.t.Helper()
	b.waitTrue(`document.querySelector("main") && !document.getElementById("diary-opening") && document.querySelector("main h1") && !document.querySelector('main [aria-busy="true"]')`, "the diary screen to be filled")
}

// setField sets an input's value as a person would, with input and change
// events.
func (b *browser) setField(selector, value string) {
	b.t.Helper()
	b.eval(fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.value = %s;
	  el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`,
		selector, jsString(value)), nil)
}

// timelineIDs lists the entry ids of the timeline, top to bottom.
func (b *browser) timelineIDs() []string {
	var ids []string
	b.eval(`[...document.querySelectorAll("#timeline li")].map((li) => li.dataset.id)`, &ids)
	return ids
}

// chartView is what the cramps-per-night chart shows: every bar's night and
// count, and every table cell's.
type chartView struct {
	Bars  map[string]int
	Cells map[string]int
}

const chartViewJS = `(() => {
  const bars = {}, cells = {};
  document.querySelectorAll("#nights-chart rect.bar").forEach((r) => { bars[r.dataset.night] = Number(r.dataset.count); });
  document.querySelectorAll("#nights-chart-table td[data-night]").forEach((td) => { cells[td.dataset.night] = Number(td.textContent); });
  return { Bars: bars, Cells: cells };
})()`

// expectChart checks the chart's bars and table against app/diary's
// NightCounts for the same entries and the same night, over weeks or, for
// a diary begun more recently, the whole weeks back to its first night.
func (b *browser) expectChart(entries []diary.Entry, weeks int) {
	b.t.Helper()
	last := diary.NightOf(diaryNow)
	if first, ok := diary.FirstNight(diary.Snapshot{Entries: entries}); ok && first > last-diary.Day(7*weeks) {
		weeks = max(int(last-first+7)/7, 1)
	}
	want := diary.NightCounts(entries, last, weeks)
	b.eval(`document.getElementById("nights-numbers").open = true`, nil)
	b.waitTrue(fmt.Sprintf(`document.querySelectorAll("#nights-chart-table td[data-night]").length === %d`, len(want)), "the table of the chart")
	var got chartView
	b.eval(chartViewJS, &got)
	if len(got.Cells) != len(want) {
		b.t.Errorf("%d weeks: the table has %d nights, want %d", weeks, len(got.Cells), len(want))
	}
	bars := 0
	for _, n := range want {
		night := n.Night.String()
		if c, ok := got.Cells[night]; !ok || c != n.Cramps {
			b.t.Errorf("%d weeks: table for the night of %s shows %d (present %t), want %d", weeks, night, c, ok, n.Cramps)
		}
		if n.Cramps > 0 {
			bars++
			if got.Bars[night] != n.Cramps {
				b.t.Errorf("%d weeks: bar for the night of %s shows %d, want %d", weeks, night, got.Bars[night], n.Cramps)
			}
		}
	}
	if len(got.Bars) != bars {
		b.t.Errorf("%d weeks: %d bars drawn, want %d", weeks, len(got.Bars), bars)
	}
}

// writeTemp writes data to a file in a fresh directory and returns its path.
func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "nightcramp-import-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// chooseImportFile picks a file in the data page's import field.
func (b *browser) chooseImportFile(path string) {
	b.t.Helper()
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
}

// captureDownloadsJS keeps every Blob the page turns into an object URL, so
// a test can read what a download button made.
const captureDownloadsJS = `(() => {
  const real = URL.createObjectURL;
  window.__blobs = [];
  URL.createObjectURL = (blob) => { window.__blobs.push(blob); return real.call(URL, blob); };
})();`

// lastDownload returns the text of the last Blob the page offered.
func (b *browser) lastDownload() string {
	b.t.Helper()
	var text string
	b.eval(`window.__blobs[window.__blobs.length - 1].text()`, &text)
	return text
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
