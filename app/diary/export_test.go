package diary

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestExportImportRoundTrip(t *testing.T) {
	s := seed(t, 30)
	st := openMem(t, s)
	st.SaveContext(DayContext{Date: Date(2026, 3, 1), Caffeine: true, NewMedicine: "<b>x</b>"})
	st.SaveProfile(Profile{AgeGroup: Age40to59, Causes: []string{"statins"}})
	odd := entryAt(time.Date(2026, 2, 1, 2, 0, 0, 123, cet), Unset)
	odd.Note = "=cmd|' /C calc'!A0 \"quoted\", line\nbreak <script>alert(1)</script>"
	odd.Leg, odd.Muscles, odd.Tried = "", nil, nil
	st.SaveEntry(odd)
	snap := st.Snapshot()

	data, err := ExportJSON(snap, base)
	if err != nil {
		t.Fatal(err)
	}
	var head struct {
		Format        string    `json:"format"`
		SchemaVersion int       `json:"schemaVersion"`
		ExportedAt    time.Time `json:"exportedAt"`
	}
	if json.Unmarshal(data, &head); head.Format != ExportFormat || head.SchemaVersion != SchemaVersion || !head.ExportedAt.Equal(base) {
		t.Fatalf("head %+v", head)
	}

	fresh := NewMemStorage()
	dst := openMem(t, fresh)
	imp, err := ParseImport(data, ImportOptions{})
	if err != nil || len(imp.Rejected) > 0 {
		t.Fatalf("parse: %v %v", err, imp.Rejected)
	}
	plan := dst.PlanImport(imp)
	if len(plan.Add) != 31 || len(plan.Contexts) != 1 || plan.Profile == nil || plan.Skipped != 0 {
		t.Fatalf("plan: %d add, %d contexts, profile %v, %d skipped", len(plan.Add), len(plan.Contexts), plan.Profile, plan.Skipped)
	}
	if len(dst.Entries()) != 0 {
		t.Fatal("planning wrote")
	}
	if n, err := dst.ApplyImport(plan); err != nil || n != 33 {
		t.Fatalf("applied %d, %v", n, err)
	}
	again, _ := ExportJSON(openMem(t, fresh).Snapshot(), base)
	if !bytes.Equal(again, data) {
		t.Fatalf("export after import differs:\n%s\n---\n%s", again, data)
	}

	// The same file twice adds nothing.
	imp2, _ := ParseImport(data, ImportOptions{})
	plan2 := dst.PlanImport(imp2)
	if !plan2.Empty() || plan2.Skipped != 32 {
		t.Fatalf("second import: %+v", plan2)
	}
	before, _ := fresh.GetAll()
	if n, err := dst.ApplyImport(plan2); n != 0 || err != nil {
		t.Fatalf("second apply wrote %d (%v)", n, err)
	}
	if after, _ := fresh.GetAll(); len(after) != len(before) {
		t.Fatal("second import changed storage")
	}
}

func TestExportKeepsUnreadable(t *testing.T) {
	s := seed(t, 1)
	s.Set(EntryKey("bad"), `{"id":"bad","at":`)
	st, _ := Open(s)
	data, _ := ExportJSON(st.Snapshot(), base)
	var doc exportDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Unreadable) != 1 || doc.Unreadable[0].Value != `{"id":"bad","at":` || len(doc.Entries) != 1 {
		t.Fatalf("export %s", data)
	}
	// Importing it back brings the readable part and ignores the raw values.
	imp, err := ParseImport(data, ImportOptions{})
	if err != nil || len(imp.Entries) != 1 {
		t.Fatalf("%v %+v", err, imp)
	}
}

func TestExportCSV(t *testing.T) {
	e := entryAt(time.Date(2026, 3, 3, 3, 4, 0, 0, cet), 6)
	e.ID = "x1"
	e.Note = "=HYPERLINK(\"http://evil\") and, \"quotes\"\nsecond line"
	e.Tried = []Tried{{Remedy: "drink-water"}, {Remedy: "stretch-before-bed", Helped: HelpedNo}}
	e.Muscles = []string{"calf", "foot"}
	plain := NewEntry(time.Date(2026, 3, 4, 23, 0, 0, 0, time.UTC))
	plain.ID, plain.Note = "x2", "-5 minutes, +2 @home"
	data, err := ExportCSV([]Entry{e, plain})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) || !bytes.Contains(data, []byte("\r\nx1,")) {
		t.Fatalf("not CRLF rows: %q", data)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("rows %q", rows)
	}
	r := rows[1]
	want := []string{"x1", "2026-03-02", "2026-03-03T03:04:00+01:00", "left", "calf; foot", "90", "6", "3",
		"drink-water; stretch-before-bed (helped: no)", "'" + e.Note}
	if strings.Join(r[:10], "|") != strings.Join(want, "|") {
		t.Fatalf("row\n%q\nwant\n%q", r[:10], want)
	}
	if rows[2][6] != "" || rows[2][7] != "" || rows[2][9] != "'-5 minutes, +2 @home" {
		t.Fatalf("row 2 %q", rows[2])
	}
	for _, c := range []string{"=1", "+1", "-1", "@x", "\tx", "\rx"} {
		if defuse(c) != "'"+c {
			t.Errorf("defuse(%q) = %q", c, defuse(c))
		}
	}
}
