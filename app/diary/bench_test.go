package diary

import (
	"encoding/json"
	"testing"
	"time"
)

// The bars: with about 2,000 entries (5 years of nights), opening the diary
// and drawing the 12-week chart under 100 ms in the browser, a save under
// 50 ms. Run natively and under Node:
//   go test -run '^$' -bench . -benchmem ./app/diary/
//   GOOS=js GOARCH=wasm go test -run '^$' -bench . -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./app/diary/

const benchEntries = 2000

func BenchmarkOpen2000(b *testing.B) {
	s := seed(b, benchEntries)
	b.ResetTimer()
	for b.Loop() {
		st, problems := Open(s)
		if len(problems) > 0 || len(st.Entries()) != benchEntries {
			b.Fatal(problems)
		}
	}
}

// BenchmarkOpenAndChart2000 is the first paint of /diary: open, then the
// 12-week and 4-week counts.
func BenchmarkOpenAndChart2000(b *testing.B) {
	s := seed(b, benchEntries)
	last := NightOf(base.Add(5 * time.Hour))
	b.ResetTimer()
	for b.Loop() {
		st, _ := Open(s)
		entries := st.Entries()
		if n := NightCounts(entries, last, 12); n[83].Cramps != 1 {
			b.Fatal(n[83])
		}
		NightCounts(entries, last, 4)
	}
}

func BenchmarkSaveEntry(b *testing.B) {
	s := seed(b, benchEntries)
	st := openMem(b, s)
	e := entryAt(base, 4)
	for b.Loop() {
		var err error
		if e, err = st.SaveEntry(e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNightCounts12Weeks(b *testing.B) {
	entries := openMem(b, seed(b, benchEntries)).Entries()
	last := NightOf(base.Add(5 * time.Hour))
	for b.Loop() {
		NightCounts(entries, last, 12)
	}
}

func BenchmarkSummarize2000(b *testing.B) {
	snap := openMem(b, seed(b, benchEntries)).Snapshot()
	last := NightOf(base.Add(5 * time.Hour))
	for b.Loop() {
		Summarize(snap, last-83, last)
	}
}

func BenchmarkImport2000(b *testing.B) {
	data, err := ExportJSON(openMem(b, seed(b, benchEntries)).Snapshot(), base)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		imp, err := ParseImport(data, ImportOptions{})
		if err != nil || len(imp.Entries) != benchEntries {
			b.Fatal(err)
		}
		st, _ := Open(NewMemStorage())
		if n, err := st.ApplyImport(st.PlanImport(imp)); n != benchEntries || err != nil {
			b.Fatal(n, err)
		}
	}
}

func BenchmarkExportJSON2000(b *testing.B) {
	snap := openMem(b, seed(b, benchEntries)).Snapshot()
	for b.Loop() {
		if _, err := ExportJSON(snap, base); err != nil {
			b.Fatal(err)
		}
	}
}

// jsonStorage stands for localStorage in the benchmarks: GetAll parses the
// text JSON.stringify(localStorage) gives, as LocalStorage.GetAll does.
type jsonStorage struct {
	*MemStorage
	text string
}

func (s jsonStorage) GetAll() (map[string]string, error) { return parseStringMap(s.text) }

// BenchmarkOpenFromText2000 is Open as in the browser, minus the browser's
// own JSON.stringify: parse the text of the whole storage, then decode.
func BenchmarkOpenFromText2000(b *testing.B) {
	mem := seed(b, benchEntries)
	all, _ := mem.GetAll()
	text, _ := json.Marshal(all)
	s := jsonStorage{mem, string(text)}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		st, problems := Open(s)
		if len(problems) > 0 || len(st.Entries()) != benchEntries {
			b.Fatal(problems)
		}
	}
}

// BenchmarkSaveAndChart2000 is a save as the person sees it: the save, then
// the sorted list and the 12-week counts drawn again.
func BenchmarkSaveAndChart2000(b *testing.B) {
	st := openMem(b, seed(b, benchEntries))
	last := NightOf(base.Add(5 * time.Hour))
	st.Entries()
	for b.Loop() {
		e, err := st.SaveEntry(entryAt(base.Add(5*time.Hour), 4))
		if err != nil {
			b.Fatal(err)
		}
		NightCounts(st.Entries(), last, 12)
		if err := st.DeleteEntry(e.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// insightDiary is 2,000 entries (as seed) plus a year of check-ins on the
// nights without a cramp, a day note every third day and two medicines:
// the largest diary "what helps me?" is drawn for.
func insightDiary(b *testing.B) (Snapshot, Day) {
	st := openMem(b, seed(b, benchEntries))
	last := NightOf(base.Add(5 * time.Hour))
	for i := range 365 {
		night := last - 2500 + Day(i) // before the seeded cramps: no clash
		if _, err := st.CheckIn(night, CheckIn{NoCramps: i%5 != 0, Stretched: i > 180}); err != nil {
			b.Fatal(err)
		}
		if i%3 == 0 {
			st.SaveContext(DayContext{Date: last - Day(i), Alcohol: i%2 == 0, Exercise: i%4 == 0, Fluids: FluidsLittle})
		}
	}
	st.SaveMedicine(Medicine{Name: "Magnesium", Start: last - 200})
	st.SaveMedicine(Medicine{Name: "Statin", Start: last - 2400, Stop: last - 100})
	return st.Snapshot(), last
}

// BenchmarkInsightsAndSummary2000 draws "what helps me?" over the whole
// diary and the doctor's summary over its default range.
func BenchmarkInsightsAndSummary2000(b *testing.B) {
	snap, last := insightDiary(b)
	first, _ := FirstNight(snap)
	b.ResetTimer()
	for b.Loop() {
		in := Insight(snap, first, last)
		if in.Logged < benchEntries {
			b.Fatal(in.Logged)
		}
		from, to := DefaultRange(snap, last)
		if sum := SummarizeWith(snap, from, to, SummaryOptions{Notes: true}); len(sum.Rows) != 84 {
			b.Fatal(len(sum.Rows))
		}
	}
}
