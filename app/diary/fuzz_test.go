package diary

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"
	"time"
)

// The seed corpora in testdata/fuzz/ hold real exports, truncated and
// hostile files (wrong types, huge and scripted notes, deep nesting), and
// damaged stored values; plain `go test` replays them. Explore with
// `go test -run '^$' -fuzz FuzzImport ./app/diary`.

// FuzzImport: whatever the file, ParseImport never panics, gives short
// reasons, accepts only entries that pass the checks, and what it accepts
// imports into an empty diary and reads back the same; a second import of
// the same file adds nothing.
func FuzzImport(f *testing.F) {
	s := seed(f, 3)
	st := openMem(f, s)
	st.SaveProfile(Profile{AgeGroup: Age60Plus, Causes: []string{"statins"}})
	st.SaveContext(DayContext{Date: Date(2026, 3, 1), Alcohol: true})
	st.CheckIn(Date(2026, 2, 27), CheckIn{NoCramps: true, Stretched: true})
	st.SaveMedicine(Medicine{Name: "Magnesium", KBID: "magnesium", Start: Date(2026, 2, 1), Stop: Date(2026, 3, 1)})
	good, _ := ExportJSON(st.Snapshot(), base)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(`{"format":"nightcramp-diary","schemaVersion":2,"entries":[{"id":"a","pain":"x"}]}`))
	f.Add([]byte(`{"format":"nightcramp-diary","schemaVersion":3,"checkIns":[{"night":"2026-03-01","noCramps":true,"updated":"2026-03-02T00:00:00Z"},{"night":"2099-01-01","stretched":1}],"medicines":[{"id":"m","name":"<b>","start":"2026-01-01","stop":"2025-01-01","updated":"2026-03-02T00:00:00Z"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastAgrees(t, string(data))
		today := Date(2026, 3, 3)
		imp, err := ParseImport(data, ImportOptions{MaxBytes: 1 << 20, Today: today})
		if err != nil {
			if len(err.Error()) > 400 {
				t.Fatalf("message of %d bytes", len(err.Error()))
			}
			return
		}
		ids := map[string]bool{}
		for _, e := range imp.Entries {
			if reasons := CheckEntry(e, nil); len(reasons) > 0 || ids[e.ID] {
				t.Fatalf("accepted a bad or duplicate entry %q: %v", e.ID, reasons)
			}
			ids[e.ID] = true
		}
		nights := map[Day]bool{}
		for _, c := range imp.CheckIns {
			if len(checkCheckIn(c)) > 0 || c.Empty() || c.Night > today+1 || nights[c.Night] {
				t.Fatalf("accepted a bad or duplicate check-in %+v", c)
			}
			nights[c.Night] = true
		}
		meds := map[string]bool{}
		for _, m := range imp.Medicines {
			if len(checkMedicine(m, nil, today)) > 0 || meds[m.ID] || len(meds) >= MaxMedicines {
				t.Fatalf("accepted a bad or duplicate medicine %+v", m)
			}
			meds[m.ID] = true
		}
		for _, r := range imp.Rejected {
			if r.Reason == "" || len(r.Reason) > 2000 || len(r.ID) > 80 {
				t.Fatalf("rejection %+v", r)
			}
		}
		mem := NewMemStorage()
		dst, _ := Open(mem)
		if _, err := dst.ApplyImport(dst.PlanImport(imp)); err != nil {
			t.Fatal(err)
		}
		re, problems := Open(mem)
		if len(problems) > 0 || len(re.Entries()) != len(imp.Entries) {
			t.Fatalf("read back %d of %d entries, problems %v", len(re.Entries()), len(imp.Entries), problems)
		}
		for _, e := range imp.Entries {
			if got, _ := re.Entry(e.ID); encode(got) != encode(e) {
				t.Fatalf("entry %q changed on the way: %s -> %s", e.ID, encode(e), encode(got))
			}
		}
		for _, c := range imp.CheckIns {
			if got, _ := re.CheckInOf(c.Night); got != c {
				t.Fatalf("check-in %v changed on the way: %+v -> %+v", c.Night, c, got)
			}
		}
		for _, m := range imp.Medicines {
			if got, _ := re.Medicine(m.ID); got != m {
				t.Fatalf("medicine %q changed on the way: %+v -> %+v", m.ID, m, got)
			}
		}
		if plan := re.PlanImport(imp); !plan.Empty() {
			t.Fatalf("second import would change %+v", plan)
		}
	})
}

// FuzzDecodeStored: whatever value sits under whichever key, Open never
// panics and never writes over it; a diary key is either read or kept raw,
// as found, with a reason; other stored entries still read.
func FuzzDecodeStored(f *testing.F) {
	for _, c := range corrupt {
		f.Add(c.key, c.value)
	}
	f.Add(MetaKey, `{"schema":3}`)
	f.Add(MetaKey, `{"schema":-1}`)
	f.Add(MetaKey, `{"schema":1}`)
	f.Add(MetaKey, `{"schema":2}`)
	f.Add(ProfileKey, `{"ageGroup":"60-plus","causes":["statins"],"updated":"2026-03-02T22:00:00Z"}`)
	f.Add(DayKey(Date(2026, 3, 2)), `{"date":"2026-03-02","alcohol":true,"updated":"2026-03-02T22:00:00Z"}`)
	f.Add(EntryKey("e1"), `{"id":"e1","at":"2026-03-02T23:00:00+01:00","pain":3,"created":"2026-03-02T22:00:00Z","updated":"2026-03-02T22:00:00Z"}`)
	f.Add(ThemeKey, "light")
	f.Add(CheckInKey(Date(2026, 3, 1)), `{"night":"2026-03-01","noCramps":true,"stretched":true,"updated":"2026-03-02T22:00:00Z"}`)
	f.Add(CheckInKey(Date(2026, 3, 1)), `{"night":"2026-03-01","updated":"2026-03-02T22:00:00Z"}`)
	f.Add(MedicineKey("m1"), `{"id":"m1","name":"Magnesium","kbId":"magnesium","start":"2026-02-01","stop":"2026-03-01","updated":"2026-03-02T22:00:00Z"}`)
	f.Add(MedicineKey("m1"), `{"id":"m1","name":"","start":"2026-02-01","updated":"2026-03-02T22:00:00Z"}`)
	base := seed(f, 2)
	f.Fuzz(func(t *testing.T, key, value string) {
		checkFastAgrees(t, value)
		s := NewMemStorage()
		all, _ := base.GetAll()
		for k, v := range all {
			s.Set(k, v)
		}
		s.Set(key, value)
		before, _ := s.GetAll()
		st, problems := Open(s)
		after, _ := s.GetAll()
		if v, err := decodeMeta(before[MetaKey]); err == nil && v < SchemaVersion {
			// Migration writes the new version, and only that.
			if after[MetaKey] != encode(meta{Schema: SchemaVersion}) {
				t.Fatalf("migration wrote meta %q", after[MetaKey])
			}
			before[MetaKey] = after[MetaKey]
		}
		if !maps.Equal(before, after) {
			t.Fatalf("open changed storage: %v -> %v", before, after)
		}
		snap := st.Snapshot()
		kind, _ := kindOf(key)
		raw := map[string]Raw{}
		for _, r := range snap.Unreadable {
			raw[r.Key] = r
		}
		if r, ok := raw[key]; ok && (r.Value != value || r.Reason == "") {
			t.Fatalf("kept %q as %+v", value, r)
		}
		switch kind {
		case kindEntry:
			_, read := st.Entry(strings.TrimPrefix(key, keyEntry))
			if _, kept := raw[key]; !read && !kept {
				t.Fatalf("entry %q neither read nor kept", key)
			}
		case kindCheckIn:
			d, err := ParseDay(strings.TrimPrefix(key, keyNight))
			_, read := st.CheckInOf(d)
			if _, kept := raw[key]; (err != nil || !read) && !kept {
				t.Fatalf("check-in %q neither read nor kept", key)
			}
		case kindMedicine:
			_, read := st.Medicine(strings.TrimPrefix(key, keyMed))
			if _, kept := raw[key]; !read && !kept {
				t.Fatalf("medicine %q neither read nor kept", key)
			}
		case kindUnknown:
			if _, kept := raw[key]; !kept {
				t.Fatalf("unknown key %q not kept", key)
			}
		}
		if kind != kindMeta && !strings.HasPrefix(key, EntryKey("seed-")) && len(snap.Entries) < 2 {
			t.Fatalf("%d of 2 seeded entries read (problems %v)", len(snap.Entries), problems)
		}
		if len(problems) > 0 && len(SummarizeProblems(problems)) == 0 {
			t.Fatal("problems without a summary")
		}
	})
}

// checkFastAgrees fails when the hand-written entry reader answers
// differently from encoding/json.
func checkFastAgrees(t *testing.T, data string) {
	fast, ok := fastEntry(data)
	if !ok {
		return
	}
	slow := NewEntry(time.Time{})
	if err := decodeStrict(data, &slow); err != nil {
		t.Fatalf("fast reader accepted what encoding/json refuses (%v): %q", err, data)
	}
	if encode(fast) != encode(slow) {
		t.Fatalf("readers disagree on %q:\nfast %s\nslow %s", data, encode(fast), encode(slow))
	}
}

// FuzzStringMap: the fast reader of JSON.stringify(localStorage) agrees
// with encoding/json.
func FuzzStringMap(f *testing.F) {
	f.Add(`{"a":"b","nightcramp/meta":"{\"schema\":2}"}`)
	f.Add(`{}`)
	f.Add(`{"a":"\u00e9\ud83d\ude00","b":"\n\t\\\/"}`)
	f.Fuzz(func(t *testing.T, data string) {
		fast, err := parseStringMap(data)
		var slow map[string]string
		slowErr := json.Unmarshal([]byte(data), &slow)
		if (err == nil) != (slowErr == nil) || err == nil && !maps.Equal(fast, slow) {
			t.Fatalf("%q: fast %v (%v), slow %v (%v)", data, fast, err, slow, slowErr)
		}
	})
}
