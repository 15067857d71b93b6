package e2e

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
)

// seededDiary is a diary with entries, day notes and a profile, as stored.
func seededDiary(t *testing.T) ([]diary.Entry, map[string]string) {
	entries := seedHistory(20*7, 3)
	contexts := []diary.DayContext{
		{Date: diary.NightOf(diaryNow) - 2, Exercise: true, Fluids: diary.FluidsLittle},
		{Date: diary.NightOf(diaryNow) - 5, Alcohol: true, NewMedicine: "<b>statin</b>"},
	}
	profile := diary.Profile{AgeGroup: diary.Age60Plus, Causes: []string{"statins", "diuretics"}}
	return entries, storedForm(t, entries, contexts, &profile)
}

// Export to JSON then import into a fresh browser profile gives the same
// diary, key for key; a second import of the same file adds nothing. The
// CSV download is app/diary's CSV of the same entries.
func TestDiaryExportThenImportIntoAFreshProfile(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	a := newBrowser(t)
	a.Guard.Allow(s.Addr)
	a.fixClock(diaryNow)
	a.onNewDocument(captureDownloadsJS)
	entries, stored := seededDiary(t)
	a.seedStorage(s.URL, stored)
	a.openDiaryPage(s.URL + "/diary/data")
	a.click("#export-json")
	a.waitTrue(`window.__blobs.length === 1`, "the JSON download")
	exported := a.lastDownload()
	var doc struct {
		Format        string
		SchemaVersion int
		Entries       []json.RawMessage
	}
	if err := json.Unmarshal([]byte(exported), &doc); err != nil || doc.Format != diary.ExportFormat || doc.SchemaVersion != diary.SchemaVersion || len(doc.Entries) != len(entries) {
		t.Fatalf("the JSON export: %v, format %q, version %d, %d entries (want %d)", err, doc.Format, doc.SchemaVersion, len(doc.Entries), len(entries))
	}
	a.click("#export-csv")
	a.waitTrue(`window.__blobs.length === 2`, "the CSV download")
	if got, want := a.lastDownload(), wantCSV(t, stored); got != want {
		t.Errorf("the CSV download differs from app/diary's CSV of the same entries:\n%.300s\nwant\n%.300s", got, want)
	}

	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.openDiaryPage(s.URL + "/diary/data")
	file := writeTemp(t, "nightcramp-diary.json", []byte(exported))
	b.chooseImportFile(file)
	b.waitTrue(`document.getElementById("import-preview")`, "the import preview")
	mustContain(t, "the preview", b.text("#import-counts"), fmt.Sprintf("New cramps to add: %d", len(entries)), "Day notes to add or update: 2")
	if n := len(b.diaryStorage()); n > 1 {
		t.Fatalf("the preview alone wrote %d keys", n)
	}
	b.click("#import-confirm")
	b.waitTrue(`document.getElementById("import-status").textContent.startsWith("Imported")`, "the import")
	if got := b.diaryStorage(); !maps.Equal(got, stored) {
		t.Errorf("the imported diary differs from the exported one: %d keys, want %d; first differences %v", len(got), len(stored), mapDiff(got, stored))
	}

	b.chooseImportFile(file)
	b.waitTrue(`document.getElementById("import-nothing")`, "the second import saying there is nothing new")
	mustContain(t, "the second preview", b.text("#import-counts"), "New cramps to add: 0", "Cramps to update with a newer copy: 0")
	if got := b.diaryStorage(); !maps.Equal(got, stored) {
		t.Error("the second import changed the diary")
	}
	b.openDiaryPage(s.URL + "/diary")
	b.expectChart(entries, 12)
}

// wantCSV is app/diary's CSV export of a stored diary.
func wantCSV(t *testing.T, stored map[string]string) string {
	mem := diary.NewMemStorage()
	for k, v := range stored {
		mem.Set(k, v)
	}
	st, _ := diary.Open(mem)
	csv, err := diary.ExportCSV(st.Snapshot().Entries)
	if err != nil {
		t.Fatal(err)
	}
	return string(csv)
}

func mapDiff(a, b map[string]string) []string {
	var out []string
	for _, k := range sortedKeys(a) {
		if b[k] != a[k] && len(out) < 3 {
			out = append(out, fmt.Sprintf("%s: %.120q vs %.120q", k, a[k], b[k]))
		}
	}
	for _, k := range sortedKeys(b) {
		if _, ok := a[k]; !ok && len(out) < 6 {
			out = append(out, "missing "+k)
		}
	}
	return out
}

// exportOf builds an export file around raw entry values.
func exportOf(entries ...string) []byte {
	return []byte(`{"format":"nightcramp-diary","schemaVersion":2,"exportedAt":"2026-03-01T00:00:00Z","entries":[` +
		strings.Join(entries, ",") + `],"contexts":[]}`)
}

func entryJSON(id string, at time.Time, extra string) string {
	return fmt.Sprintf(`{"id":%q,"at":%q,"created":%q,"updated":%q%s}`, id, at.Format(time.RFC3339), at.Format(time.RFC3339), at.Format(time.RFC3339), extra)
}

// Malformed, truncated, oversized and hostile files are refused whole or
// in part with a reason per part, and change nothing until the person
// confirms; what is accepted shows its markup as text.
func TestDiaryHostileImportsChangeNothingWithoutConfirmation(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.seedStorage(s.URL, storedForm(t, seedHistory(10, 4), nil, nil))
	before := b.diaryStorage()
	b.openDiaryPage(s.URL + "/diary/data")
	unchanged := func(what string) {
		t.Helper()
		if got := b.diaryStorage(); !maps.Equal(got, before) {
			t.Fatalf("%s changed the diary: %v", what, mapDiff(got, before))
		}
	}
	refused := func(what string, data []byte, says string) {
		t.Helper()
		b.chooseImportFile(writeTemp(t, "import.json", data))
		b.waitTrue(`document.getElementById("import-status").textContent.includes(`+jsString(says)+`)`, what+" refused with "+says)
		var preview bool
		b.eval(`!!document.getElementById("import-preview")`, &preview)
		if preview {
			t.Errorf("%s: a preview was offered", what)
		}
		unchanged(what)
	}
	good := exportOf(entryJSON("good-1", diaryNow.Add(-time.Hour), `,"pain":4`))
	refused("a truncated file", good[:len(good)/2], "cut short")
	refused("a file of another format", []byte(`{"format":"something-else","entries":[]}`), "does not say it is one")
	refused("a file from a future schema", []byte(fmt.Sprintf(`{"format":"nightcramp-diary","schemaVersion":%d,"entries":[]}`, diary.SchemaVersion+1)), "newer version")
	huge := exportOf(entryJSON("huge", diaryNow.Add(-time.Hour), `,"note":"`+strings.Repeat("x", 10<<20)+`"`))
	refused("a 10 MB note", huge, "too big")

	hostile := exportOf(
		`{"id":5,"at":"yesterday"}`,
		`"just a string"`,
		entryJSON("too-painful", diaryNow.Add(-2*time.Hour), `,"pain":99`),
		entryJSON("long-note", diaryNow.Add(-3*time.Hour), `,"note":"`+strings.Repeat("y", 3000)+`"`),
		entryJSON("unknown-remedy", diaryNow.Add(-4*time.Hour), `,"tried":[{"remedy":"snake-oil"}]`),
		entryJSON("script-note", diaryNow.Add(-time.Minute), `,"note":`+jsString(hostileNote)),
	)
	file := writeTemp(t, "hostile.json", hostile)
	b.chooseImportFile(file)
	b.waitTrue(`document.getElementById("import-preview")`, "the preview of a partly bad file")
	mustContain(t, "the preview", b.text("#import-counts"), "New cramps to add: 1")
	var reasons []string
	b.eval(`[...document.querySelectorAll("#import-rejected li")].map((li) => li.textContent)`, &reasons)
	if len(reasons) != 5 {
		t.Errorf("the preview lists %d reasons, want one for each of the 5 bad entries: %q", len(reasons), reasons)
	}
	unchanged("the preview")
	b.click("#import-cancel")
	b.waitTrue(`document.getElementById("import-status").textContent === "Nothing was imported."`, "the cancelled import")
	unchanged("a cancelled import")

	b.chooseImportFile(file)
	b.waitTrue(`document.getElementById("import-confirm")`, "the preview again")
	b.click("#import-confirm")
	b.waitTrue(`document.getElementById("import-status").textContent.startsWith("Imported")`, "the import")
	stored := b.storedEntries()
	if len(stored) != len(before)-1+1 || stored["script-note"].Note != hostileNote {
		t.Errorf("after confirming, storage holds %d entries (want %d) and the script note %q", len(stored), len(before), stored["script-note"].Note)
	}
	b.openDiaryPage(s.URL + "/diary")
	b.waitTrue(`document.querySelector("#timeline li")`, "the timeline")
	if ids := b.timelineIDs(); ids[0] != "script-note" {
		t.Fatalf("the newest entry is %s, want script-note", ids[0])
	}
	b.expectNoteAsText(hostileNote)
}

// A stored diary with damaged values, or from a future schema, keeps the
// app working: it says what it found, keeps the raw values (in the export
// too) and never writes over them.
func TestDiaryCorruptOrFutureStorageIsReportedAndKept(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	entries := seedHistory(5*7, 5)
	corrupt := storedForm(t, entries, nil, nil)
	corrupt[diary.EntryKey("half-written")] = `{"id":"half-written","at":"2026-03-0`
	corrupt[diary.EntryKey("not-json")] = `not json at all`

	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.fixClock(diaryNow)
	b.onNewDocument(captureDownloadsJS)
	b.seedStorage(s.URL, corrupt)
	b.openDiaryPage(s.URL + "/diary")
	b.waitTrue(`document.getElementById("storage-problems")`, "the problems notice")
	mustContain(t, "the notice", b.text("#storage-problems"), "2 entries could not be read")
	b.expectChart(entries, 12)
	b.logQuickCramp(s.URL, "2")
	after := b.diaryStorage()
	for _, k := range []string{diary.EntryKey("half-written"), diary.EntryKey("not-json")} {
		if after[k] != corrupt[k] {
			t.Errorf("%s was changed to %q", k, after[k])
		}
	}
	b.openDiaryPage(s.URL + "/diary/data")
	mustContain(t, "the data page", b.text("#problems"), "2 entries could not be read")
	b.click("#export-json")
	b.waitTrue(`window.__blobs.length === 1`, "the JSON download")
	var doc struct{ Unreadable []diary.Raw }
	if err := json.Unmarshal([]byte(b.lastDownload()), &doc); err != nil {
		t.Fatal(err)
	}
	raw := map[string]string{}
	for _, r := range doc.Unreadable {
		raw[r.Key] = r.Value
	}
	if raw[diary.EntryKey("half-written")] != corrupt[diary.EntryKey("half-written")] || raw[diary.EntryKey("not-json")] != corrupt[diary.EntryKey("not-json")] {
		t.Errorf("the export's unreadable values are %q", raw)
	}

	future := storedForm(t, entries, nil, nil)
	future[diary.MetaKey] = fmt.Sprintf(`{"schema":%d}`, diary.SchemaVersion+1)
	future["nightcramp/v9/entry/x"] = `{"shape":"of the future"}`
	f := newBrowser(t)
	f.Guard.Allow(s.Addr)
	f.fixClock(diaryNow)
	f.seedStorage(s.URL, future)
	f.openDiaryPage(s.URL + "/diary")
	f.waitTrue(`document.getElementById("storage-problems")`, "the read-only notice")
	mustContain(t, "the notice", f.text("#storage-problems"), "newer version")
	f.openDiaryPage(s.URL + "/diary/new")
	f.click("#log-pain-3")
	f.click("#log-save")
	f.waitTrue(`document.getElementById("save-status").getAttribute("role") === "alert"`, "the refused save")
	mustContain(t, "the refused save", f.text("#save-status"), "newer version")
	var pain bool
	f.eval(`document.getElementById("log-pain-3").checked`, &pain)
	if !pain {
		t.Error("the refused save emptied the form")
	}
	if got := f.diaryStorage(); !maps.Equal(got, future) {
		t.Errorf("a future schema's diary was written over: %v", mapDiff(got, future))
	}
}
