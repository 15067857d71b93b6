package diary

import (
	"errors"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"
)

const goodEntry = `{"id":"%s","at":"2026-03-02T23:00:00+01:00","pain":%s,"note":%s,"created":"2026-03-02T23:00:00Z","updated":"%s"}`

func entryJSON(id, pain, note, updated string) string {
	return fmt.Sprintf(goodEntry, id, pain, note, updated)
}

func file(entries ...string) []byte {
	return []byte(`{"format":"nightcramp-diary","schemaVersion":2,"exportedAt":"2026-03-03T00:00:00Z","entries":[` +
		strings.Join(entries, ",") + `],"contexts":[]}`)
}

func TestImportRejectsWholeFile(t *testing.T) {
	cases := map[string][]byte{
		"empty":         nil,
		"not json":      []byte("hello"),
		"truncated":     file(entryJSON("a", "3", `"x"`, "2026-03-02T23:00:00Z"))[:60],
		"array":         []byte(`[1,2]`),
		"wrong format":  []byte(`{"format":"other","schemaVersion":2}`),
		"no format":     []byte(`{"schemaVersion":2,"entries":[]}`),
		"format number": []byte(`{"format":1,"schemaVersion":2}`),
		"no version":    []byte(`{"format":"nightcramp-diary","entries":[]}`),
		"future":        []byte(fmt.Sprintf(`{"format":"nightcramp-diary","schemaVersion":%d,"entries":[]}`, SchemaVersion+1)),
		"entries obj":   []byte(`{"format":"nightcramp-diary","schemaVersion":2,"entries":{}}`),
		"too big":       file(entryJSON("a", "3", `"`+strings.Repeat("x", 10<<20)+`"`, "2026-03-02T23:00:00Z")),
	}
	for name, data := range cases {
		imp, err := ParseImport(data, ImportOptions{})
		if err == nil {
			t.Errorf("%s: accepted %+v", name, imp)
			continue
		}
		if len(err.Error()) > 300 {
			t.Errorf("%s: message of %d bytes", name, len(err.Error()))
		}
	}
	if _, err := ParseImport(make([]byte, 2000), ImportOptions{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "2 KB") {
		t.Fatalf("size message: %v", err)
	}
}

func TestImportPerEntryReasons(t *testing.T) {
	known := &Known{Remedy: func(id string) bool { return id == "drink-water" }}
	ok := "2026-03-02T23:00:00Z"
	data := file(
		entryJSON("good", "3", `"<img src=x onerror=alert(1)>"`, ok),
		entryJSON("pain-text", `"high"`, `""`, ok),
		entryJSON("pain-11", "11", `""`, ok),
		entryJSON("long", "3", `"`+strings.Repeat("y", MaxNoteRunes+1)+`"`, ok),
		entryJSON("BAD ID", "3", `""`, ok),
		entryJSON("old-date", "3", `""`, "1900-01-01T00:00:00Z"),
		`{"id":"tried","at":"2026-03-02T23:00:00Z","tried":[{"remedy":"eye-of-newt"}],"created":"`+ok+`","updated":"`+ok+`"}`,
		`{"id":"fine-tried","at":"2026-03-02T23:00:00Z","tried":[{"remedy":"drink-water","helped":"yes"}],"created":"`+ok+`","updated":"`+ok+`","extra":{"ignored":true}}`,
		`"just a string"`,
		`null`,
		`[]`,
		`{"id":"no-times","at":"2026-03-02T23:00:00Z"}`,
		entryJSON("dup", "1", `""`, "2026-03-02T23:00:00Z"),
		entryJSON("dup", "2", `""`, "2026-03-02T23:30:00Z"),
	)
	imp, err := ParseImport(data, ImportOptions{Known: known})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range imp.Entries {
		ids = append(ids, e.ID)
	}
	if strings.Join(ids, ",") != "good,fine-tried,dup" {
		t.Fatalf("accepted %v", ids)
	}
	if imp.Entries[0].Note != "<img src=x onerror=alert(1)>" {
		t.Fatal("note not kept as text")
	}
	if imp.Entries[2].Pain != 2 {
		t.Fatal("the copy changed last should win")
	}
	wantReason := map[string]string{
		"entry 2": "wrong kind of value", "entry 3": "between 0 and 10", "entry 4": "characters long",
		"entry 5": "id", "entry 6": "not believable", "entry 7": "unknown remedy", "entry 9": "not a record",
		"entry 10": "not believable", "entry 11": "not a record", "entry 12": "not believable", "entry 13": "more than once",
	}
	got := map[string]string{}
	for _, r := range imp.Rejected {
		got[r.What] = r.Reason
	}
	for what, part := range wantReason {
		if !strings.Contains(got[what], part) {
			t.Errorf("%s: reason %q, want it to mention %q", what, got[what], part)
		}
	}
	if len(imp.Rejected) != len(wantReason) {
		t.Errorf("rejected %+v", imp.Rejected)
	}
}

func TestImportContextsAndProfile(t *testing.T) {
	k := &Known{Cause: func(id string) bool { return id == "statins" }}
	data := []byte(`{"format":"nightcramp-diary","schemaVersion":2,"entries":[],
	 "contexts":[{"date":"2026-03-01","alcohol":true,"updated":"2026-03-02T00:00:00Z"},{"date":"2026-13-01","updated":"2026-03-02T00:00:00Z"},{"date":"2026-03-02","fluids":"oceans","updated":"2026-03-02T00:00:00Z"}],
	 "profile":{"ageGroup":"60-plus","causes":["statins","statins"],"updated":"2026-03-02T00:00:00Z"}}`)
	imp, err := ParseImport(data, ImportOptions{Known: k})
	if err != nil || len(imp.Contexts) != 1 || len(imp.Rejected) != 2 || imp.Profile == nil || len(imp.Profile.Causes) != 1 {
		t.Fatalf("%v %+v", err, imp)
	}
	bad := strings.Replace(string(data), `"statins","statins"`, `"statins","unicorns"`, 1)
	imp, _ = ParseImport([]byte(bad), ImportOptions{Known: k})
	if imp.Profile != nil || imp.Rejected[len(imp.Rejected)-1].What != "profile" {
		t.Fatalf("bad profile accepted: %+v", imp)
	}
}

func TestImportRejectionsAreCapped(t *testing.T) {
	many := make([]string, MaxRejectedListed+50)
	for i := range many {
		many[i] = "1"
	}
	imp, err := ParseImport(file(many...), ImportOptions{})
	if err != nil || len(imp.Rejected) != MaxRejectedListed || imp.MoreRejected != 50 {
		t.Fatalf("%v: %d listed, %d more", err, len(imp.Rejected), imp.MoreRejected)
	}
}

func TestMergeNewerWinsNothingChangesUntilApply(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	mine, _ := st.SaveEntry(entryAt(base, 5)) // updated base+1s
	older := mine
	older.Pain, older.Updated = 1, mine.Updated.Add(-time.Hour)
	newer := mine
	newer.Pain, newer.Updated = 9, mine.Updated.Add(time.Hour)
	added := entryAt(base.Add(-48*time.Hour), 2)
	added.ID, added.Created, added.Updated = "from-file", base, base

	before, _ := s.GetAll()
	plan := st.PlanImport(Import{Entries: []Entry{older}})
	if !plan.Empty() || plan.Skipped != 1 {
		t.Fatalf("older copy: %+v", plan)
	}
	plan = st.PlanImport(Import{Entries: []Entry{newer, added}})
	if len(plan.Update) != 1 || len(plan.Add) != 1 {
		t.Fatalf("plan %+v", plan)
	}
	if after, _ := s.GetAll(); !maps.Equal(before, after) {
		t.Fatal("planning changed storage")
	}
	if e, _ := st.Entry(mine.ID); e.Pain != 5 {
		t.Fatal("planning changed memory")
	}
	if n, err := st.ApplyImport(plan); n != 2 || err != nil {
		t.Fatalf("applied %d %v", n, err)
	}
	if e, _ := openMem(t, s).Entry(mine.ID); e.Pain != 9 {
		t.Fatalf("newer copy not applied: %+v", e)
	}
}

func TestMergeNeverWritesOverDamaged(t *testing.T) {
	s := NewMemStorage()
	s.Set(EntryKey("hurt"), "garbage")
	st, _ := Open(s)
	e := entryAt(base, 3)
	e.ID, e.Created, e.Updated = "hurt", base, base
	plan := st.PlanImport(Import{Entries: []Entry{e}})
	if !plan.Empty() || len(plan.Rejected) != 1 {
		t.Fatalf("plan %+v", plan)
	}
	if _, err := st.ApplyImport(Plan{Add: []Entry{e}}); err == nil {
		t.Fatal("applied over a damaged value")
	}
	if v, _, _ := s.Get(EntryKey("hurt")); v != "garbage" {
		t.Fatal("damaged value written over")
	}
}

func TestApplyStopsAtQuota(t *testing.T) {
	s := NewMemStorage()
	st := openMem(t, s)
	var list []Entry
	for i := range 10 {
		e := entryAt(base.Add(time.Duration(-i)*24*time.Hour), 4)
		e.ID, e.Created, e.Updated = fmt.Sprintf("q%d", i), base, base
		list = append(list, e)
	}
	used := 0
	all, _ := s.GetAll()
	for k, v := range all {
		used += len(k) + len(v)
	}
	// Room for three entries and the version note the first write adds.
	note := len(MetaKey) + len(encode(meta{Schema: SchemaVersion}))
	s.QuotaBytes = used + note + 3*(len(EntryKey("q0"))+len(encode(list[0]))) + 10
	n, err := st.ApplyImport(st.PlanImport(Import{Entries: list}))
	if n != 3 || !errors.Is(err, ErrQuota) {
		t.Fatalf("wrote %d, %v", n, err)
	}
	if got := len(openMem(t, s).Entries()); got != 3 || len(st.Entries()) != 3 {
		t.Fatalf("%d stored, %d in memory", got, len(st.Entries()))
	}
}

// fullDiary is a diary with every kind of record, for round trips.
func fullDiary(t *testing.T) *Store {
	st := openMem(t, seed(t, 3))
	st.SaveContext(DayContext{Date: Date(2026, 3, 1), Caffeine: true})
	st.SaveProfile(Profile{AgeGroup: Age40to59})
	st.CheckIn(Date(2026, 2, 20), CheckIn{NoCramps: true, Stretched: true})
	st.CheckIn(Date(2026, 2, 21), CheckIn{Stretched: true})
	st.SaveMedicine(Medicine{Name: "Magnesium", KBID: "magnesium", Start: Date(2026, 2, 1)})
	st.SaveMedicine(Medicine{Name: "Statin", Start: Date(2025, 1, 1), Stop: Date(2026, 1, 1)})
	return st
}

func TestExportImportRoundTripsCheckInsAndMedicines(t *testing.T) {
	snap := fullDiary(t).Snapshot()
	data, err := ExportJSON(snap, base)
	if err != nil {
		t.Fatal(err)
	}
	imp, err := ParseImport(data, ImportOptions{Today: DayOf(base)})
	if err != nil || len(imp.Rejected) > 0 {
		t.Fatalf("%v %+v", err, imp.Rejected)
	}
	dst := openMem(t, NewMemStorage())
	plan := dst.PlanImport(imp)
	if len(plan.CheckIns) != 2 || len(plan.Medicines) != 2 {
		t.Fatalf("plan %+v", plan)
	}
	if n, err := dst.ApplyImport(plan); n != 3+1+1+2+2 || err != nil {
		t.Fatalf("applied %d %v", n, err)
	}
	got := dst.Snapshot()
	if encode(got.CheckIns) != encode(snap.CheckIns) || encode(got.Medicines) != encode(snap.Medicines) || encode(got.Entries) != encode(snap.Entries) {
		t.Fatalf("round trip:\n%s\n%s", encode(got.CheckIns), encode(snap.CheckIns))
	}
	if again := dst.PlanImport(imp); !again.Empty() || again.Skipped != 3+1+2+2 {
		t.Fatalf("second import %+v", again)
	}
}

// A schema 2 file (no check-ins, no medicines) still imports.
func TestImportSchema2File(t *testing.T) {
	data := file(entryJSON("old", "3", `"x"`, "2026-03-02T23:00:00Z"))
	imp, err := ParseImport(data, ImportOptions{})
	if err != nil || len(imp.Entries) != 1 || len(imp.CheckIns)+len(imp.Medicines)+len(imp.Rejected) != 0 {
		t.Fatalf("%v %+v", err, imp)
	}
}

func TestImportHostileCheckInsAndMedicines(t *testing.T) {
	today := Date(2026, 3, 2)
	ok := `"updated":"2026-03-02T00:00:00Z"`
	data := []byte(`{"format":"nightcramp-diary","schemaVersion":3,"entries":[],"contexts":[],
	 "checkIns":[
	  {"night":"2026-03-01","noCramps":true,` + ok + `},
	  {"night":"2026-03-01","noCramps":true,"updated":"2026-03-01T00:00:00Z"},
	  {"night":"2099-01-01","noCramps":true,` + ok + `},
	  {"night":"2026-02-28",` + ok + `},
	  {"night":"2026-02-27","noCramps":"yes",` + ok + `},
	  {"night":"<script>","noCramps":true,` + ok + `},
	  {"night":"2026-02-26","noCramps":true,"updated":"1900-01-01T00:00:00Z"},
	  7],
	 "medicines":[
	  {"id":"m1","name":"<img src=x onerror=alert(1)>","start":"2026-01-01",` + ok + `},
	  {"id":"m2","name":"x","start":"2099-01-01",` + ok + `},
	  {"id":"m3","name":"x","start":"2026-02-01","stop":"2026-01-01",` + ok + `},
	  {"id":"m4","name":"` + strings.Repeat("n", MaxMedicineRunes+1) + `","start":"2026-01-01",` + ok + `},
	  {"id":"m5","name":"x","kbId":"unicorn","start":"2026-01-01",` + ok + `},
	  {"id":"m6","name":["x"],"start":"2026-01-01",` + ok + `},
	  {"id":"M 7","name":"x","start":"2026-01-01",` + ok + `}]}`)
	k := &Known{Remedy: func(id string) bool { return id == "magnesium" }}
	imp, err := ParseImport(data, ImportOptions{Known: k, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.CheckIns) != 1 || imp.CheckIns[0].Night != Date(2026, 3, 1) || !imp.CheckIns[0].Updated.Equal(base.Truncate(24*time.Hour)) {
		t.Fatalf("check-ins %+v", imp.CheckIns)
	}
	if len(imp.Medicines) != 1 || imp.Medicines[0].Name != "<img src=x onerror=alert(1)>" {
		t.Fatalf("medicines %+v", imp.Medicines)
	}
	want := map[string]string{
		"check-in 2": "more than once", "check-in 3": "not happened yet", "check-in 4": "says nothing",
		"check-in 5": "wrong kind of value", "check-in 6": "could not be read", "check-in 7": "not believable",
		"check-in 8": "not a record",
		"medicine 2": "future", "medicine 3": "before the start", "medicine 4": "characters long",
		"medicine 5": "unknown knowledge-base entry", "medicine 6": "wrong kind of value", "medicine 7": "not valid",
	}
	got := map[string]string{}
	for _, r := range imp.Rejected {
		got[r.What] = r.Reason
	}
	for what, part := range want {
		if !strings.Contains(got[what], part) {
			t.Errorf("%s: reason %q, want it to mention %q", what, got[what], part)
		}
	}
	if len(imp.Rejected) != len(want) {
		t.Errorf("rejected %+v", imp.Rejected)
	}
	// Nothing stored is lost: a diary with its own copy keeps the newer one.
	st := openMem(t, NewMemStorage())
	mine, _ := st.CheckIn(Date(2026, 3, 1), CheckIn{NoCramps: true, Stretched: true})
	if plan := st.PlanImport(imp); len(plan.CheckIns) != 0 || len(plan.Medicines) != 1 {
		t.Fatalf("plan %+v", plan)
	}
	if c, _ := st.CheckInOf(Date(2026, 3, 1)); c != mine {
		t.Fatal("planning changed a check-in")
	}
}
