package diarypages

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// openData makes the data page and runs what OnNav does, with what it
// dispatches (the browser's answer about keeping the data).
func openData(t *testing.T, f *fixture) (*diaryDataPage, app.Context) {
	t.Helper()
	p := &diaryDataPage{site: f.site}
	ctx, e := testCtx(t, "/diary/data")
	p.load(ctx)
	e.ConsumeAll()
	return p, ctx
}

// exportOfHistory is the JSON export of another diary holding entries,
// day notes and a profile.
func exportOfHistory(t *testing.T, entries []diary.Entry) []byte {
	t.Helper()
	other := newFixture(t)
	other.seed(t, entries)
	st := other.store(t)
	if _, err := st.SaveContext(diary.DayContext{Date: diary.NightOf(now) - 2, Exercise: true}); err != nil {
		t.Fatal(err)
	}
	data, err := diary.ExportJSON(st.Snapshot(), now)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestDataPageSaysWhatIsStored(t *testing.T) {
	f := newFixture(t)
	entries := f.seed(t, history(10, 7))
	if _, err := f.store(t).SaveContext(diary.DayContext{Date: diary.NightOf(now), Caffeine: true}); err != nil {
		t.Fatal(err)
	}
	p, _ := openData(t, f)
	doc := render(t, p)
	want := plural(len(entries), "cramp", "cramps") + " and 1 day note are stored."
	if got := doc.mustID(t, "diary-size").textOf(); got != want {
		t.Errorf("size %q, want %q", got, want)
	}
	var answer string // natively the browser's answer comes at once: no
	site.Persisted(func(granted bool, err error) { answer = persistText(granted, err) })
	status := doc.mustID(t, "storage-status")
	if answer == "" || status.textOf() != answer || status.attrs["role"] != "status" {
		t.Errorf("keeping status %q, want the browser's answer", status.textOf())
	}
	if doc.byID("problems") != nil {
		t.Error("a healthy diary lists problems")
	}
	for _, id := range []string{"export-json", "export-csv", "import-file", "delete-all", "persist-ask"} {
		doc.mustID(t, id)
	}
	if doc.byID("import-preview") != nil || doc.byID("confirm-delete-all-box") != nil {
		t.Error("a preview or a confirmation shows before anything was asked")
	}
}

func TestPersistTextSaysWhatTheBrowserPromised(t *testing.T) {
	for _, c := range []struct {
		granted bool
		err     error
		says    string
	}{
		{true, nil, "will not clear it"},
		{true, errors.New("ignored"), "will not clear it"},
		{false, errors.New("no storage manager"), "(no storage manager)"},
		{false, nil, "may clear it"},
	} {
		got := persistText(c.granted, c.err)
		if !strings.Contains(got, c.says) {
			t.Errorf("granted %t, %v: %q lacks %q", c.granted, c.err, got, c.says)
		}
	}
}

func TestExportFilesAreTheDiarysOwn(t *testing.T) {
	f := newFixture(t)
	f.seed(t, history(12, 8))
	snap := f.store(t).Snapshot()
	wantCSV, _ := diary.ExportCSV(snap.Entries)
	wantJSON, _ := diary.ExportJSON(snap, now)
	for _, c := range []struct {
		format, name, mime string
		data               []byte
	}{
		{"csv", "nightcramp-diary-2026-03-10.csv", "text/csv", wantCSV},
		{"json", "nightcramp-diary-2026-03-10.json", "application/json", wantJSON},
		{"anything", "nightcramp-diary-2026-03-10.json", "application/json", wantJSON},
	} {
		data, name, mime, err := exportFile(snap, c.format, now)
		if err != nil || name != c.name || mime != c.mime || string(data) != string(c.data) {
			t.Errorf("%s: %s, %s, %d bytes, %v; want %s, %s, %d bytes", c.format, name, mime, len(data), err, c.name, c.mime, len(c.data))
		}
	}
	p, ctx := openData(t, f)
	p.onExport("csv")(ctx, noEvent)
	if got := render(t, p).mustID(t, "export-status").textOf(); got != "Downloaded nightcramp-diary-2026-03-10.csv." {
		t.Errorf("export status %q", got)
	}
}

func TestDataPageListsWhatCouldNotBeRead(t *testing.T) {
	f := newFixture(t)
	f.mem.Set(diary.EntryKey("half"), `{"id":"half","at":"2026-03-0`)
	f.mem.Set(diary.EntryKey("junk"), `not json`)
	f.mem.Set(diary.ProfileKey, `{"ageGroup":`)
	p, _ := openData(t, f)
	box := render(t, p).mustID(t, "problems")
	problems := f.store(t).Problems()
	summary := diary.SummarizeProblems(problems)
	var details []string
	for _, pr := range problems {
		details = append(details, pr.Error())
	}
	got := texts(box.all("ul", "problem-list")[0].all("li", ""))
	if !slices.Equal(got, summary) || len(summary) < 2 {
		t.Errorf("problem lines %q, want %q", got, summary)
	}
	if got := texts(box.mustID(t, "problem-details").all("li", "")); !slices.Equal(got, details) || len(details) != 3 {
		t.Errorf("details %q, want %q", got, details)
	}
	if box.byID("read-only") != nil {
		t.Error("a damaged diary is called read-only")
	}
}

func TestImportPreviewOfAGoodFile(t *testing.T) {
	f := newFixture(t)
	mine := f.seed(t, history(5, 9))
	file := exportOfHistory(t, append(slices.Clone(mine), history(30, 10)...))
	p, _ := openData(t, f)
	before, _ := f.mem.GetAll()
	p.imp.file = "copy.json"
	p.planImport(file)
	if after, _ := f.mem.GetAll(); !maps.Equal(before, after) {
		t.Fatal("the preview wrote to the diary")
	}
	imp, err := diary.ParseImport(file, diary.ImportOptions{Known: diary.KnownFrom(f.k)})
	if err != nil {
		t.Fatal(err)
	}
	plan := f.store(t).PlanImport(imp)
	if len(plan.Add) == 0 || len(plan.Add)+len(plan.Update) < len(mine) {
		t.Fatalf("the plan adds %d and updates %d", len(plan.Add), len(plan.Update))
	}
	doc := render(t, p)
	preview := doc.mustID(t, "import-preview")
	if h := preview.all("h3", "")[0].textOf(); h != "What “copy.json” would change" {
		t.Errorf("preview heading %q", h)
	}
	want := []string{
		fmt.Sprintf("New cramps to add: %d", len(plan.Add)),
		fmt.Sprintf("Cramps to update with a newer copy: %d", len(plan.Update)),
		fmt.Sprintf("Already in your diary, left as they are: %d", plan.Skipped),
		fmt.Sprintf("Day notes to add or update: %d", len(plan.Contexts)),
	}
	if got := texts(preview.mustID(t, "import-counts").all("li", "")); !slices.Equal(got, want) {
		t.Errorf("counts %q, want %q", got, want)
	}
	if preview.byID("import-confirm") == nil || preview.byID("import-rejected") != nil || preview.byID("import-nothing") != nil {
		t.Error("a good file's preview lacks its confirm button, or lists rejections")
	}

	p.confirmImport(app.Context{}, noEvent)
	written := len(plan.Add) + len(plan.Update) + len(plan.Contexts)
	if got := f.store(t).Snapshot(); len(got.Entries) != len(mine)+len(plan.Add) || len(got.Contexts) != len(plan.Contexts) {
		t.Errorf("after the import: %d entries, %d notes", len(got.Entries), len(got.Contexts))
	}
	status := render(t, p).mustID(t, "import-status")
	if status.textOf() != fmt.Sprintf("Imported: %s saved.", plural(written, "item", "items")) || status.attrs["role"] != "status" {
		t.Errorf("status %q", status.textOf())
	}
	if !strings.Contains(render(t, p).mustID(t, "diary-size").textOf(), plural(len(mine)+len(plan.Add), "cramp", "cramps")) {
		t.Error("the stored count was not refreshed after the import")
	}

	p.planImport(file)
	doc = render(t, p)
	if doc.byID("import-nothing") == nil || doc.byID("import-confirm") != nil {
		t.Error("a second import of the same file offers to import")
	}
	p.cancelImport(app.Context{}, noEvent)
	doc = render(t, p)
	if doc.byID("import-preview") != nil || doc.mustID(t, "import-status").textOf() != "Nothing was imported." {
		t.Error("closing the preview does not say nothing was imported")
	}
}

func TestImportOfAFileThatIsNotADiary(t *testing.T) {
	for name, data := range map[string][]byte{
		"not JSON":       []byte("hello"),
		"another format": []byte(`{"format":"something-else","entries":[]}`),
		"a newer schema": []byte(fmt.Appendf(nil, `{"format":"nightcramp-diary","schemaVersion":%d,"entries":[]}`, diary.SchemaVersion+1)),
		"cut short":      exportOfHistory(t, history(3, 11))[:100],
	} {
		f := newFixture(t)
		f.seed(t, history(3, 12))
		p, _ := openData(t, f)
		before, _ := f.mem.GetAll()
		p.planImport(data)
		_, parseErr := diary.ParseImport(data, diary.ImportOptions{Known: diary.KnownFrom(f.k)})
		doc := render(t, p)
		status := doc.mustID(t, "import-status")
		if parseErr == nil || status.textOf() != parseErr.Error()+" Nothing was changed." {
			t.Errorf("%s: status %q, parse error %v", name, status.textOf(), parseErr)
		}
		if status.attrs["role"] != "alert" || !status.hasClass("notice-danger") || doc.byID("import-preview") != nil {
			t.Errorf("%s: refusal shown as %v, with a preview: %t", name, status.attrs, doc.byID("import-preview") != nil)
		}
		if after, _ := f.mem.GetAll(); !maps.Equal(before, after) {
			t.Errorf("%s: the diary changed", name)
		}
	}
}

func TestImportPreviewListsWhatWasLeftOut(t *testing.T) {
	f := newFixture(t)
	at := now.Add(-time.Hour).Format(time.RFC3339)
	entry := func(id, extra string) string {
		return fmt.Sprintf(`{"id":%q,"at":%q,"created":%q,"updated":%q%s}`, id, at, at, at, extra)
	}
	file := []byte(`{"format":"nightcramp-diary","schemaVersion":2,"exportedAt":"2026-03-01T00:00:00Z","entries":[` + strings.Join([]string{
		`{"id":5,"at":"yesterday"}`, `"just a string"`,
		entry("too-painful", `,"pain":99`),
		entry("unknown-remedy", `,"tried":[{"remedy":"snake-oil"}]`),
		entry("fine", `,"note":"<b>hi</b>"`),
	}, ",") + `],"contexts":[]}`)
	p, _ := openData(t, f)
	p.planImport(file)
	if p.imp.plan == nil {
		t.Fatalf("no plan: %q", p.imp.status)
	}
	plan := *p.imp.plan
	box := render(t, p).mustID(t, "import-rejected")
	lines := texts(box.all("li", ""))
	if len(lines) != 4 || len(plan.Rejected) != 4 || len(plan.Add) != 1 {
		t.Fatalf("%d reasons listed, plan rejects %d and adds %d", len(lines), len(plan.Rejected), len(plan.Add))
	}
	for i, r := range plan.Rejected {
		if !strings.HasPrefix(lines[i], r.What) || !strings.HasSuffix(lines[i], ": "+r.Reason) {
			t.Errorf("reason %d %q, want %s … %s", i, lines[i], r.What, r.Reason)
		}
	}
	if !strings.Contains(box.textOf(), "Left out, 4 parts:") {
		t.Errorf("the rejections are not counted: %q", box.textOf())
	}
	p.imp.plan.MoreRejected = 3
	if got := render(t, p).mustID(t, "import-rejected").textOf(); !strings.Contains(got, "Left out, 7 parts:") || !strings.Contains(got, "…and 3 more.") {
		t.Errorf("rejections beyond the list are not counted: %q", got)
	}
	more := rejectedList(diary.Plan{Rejected: plan.Rejected[:1], MoreRejected: 250}, 251)
	if got := render(t, more).textOf(); !strings.Contains(got, "Left out, 251 parts:") || !strings.Contains(got, "…and 250 more.") {
		t.Errorf("a long list of rejections reads %q", got)
	}
}

func TestDeletingEverythingAsksFirstAndKeepsTheTheme(t *testing.T) {
	f := newFixture(t)
	f.mem.Set(diary.ThemeKey, "dark")
	f.seed(t, history(10, 13))
	if _, err := f.store(t).SaveProfile(diary.Profile{AgeGroup: diary.Age40to59}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store(t).SaveContext(diary.DayContext{Date: diary.NightOf(now), Sitting: true}); err != nil {
		t.Fatal(err)
	}
	p, ctx := openData(t, f)
	p.confirming = true
	doc := render(t, p)
	box := doc.mustID(t, "confirm-delete-all-box")
	if box.attrs["role"] != "alertdialog" || box.byID("confirm-delete-all") == nil || box.byID("cancel-delete-all") == nil || doc.byID("delete-all") != nil {
		t.Error("the confirmation is not a dialog with yes and no in place of the button")
	}
	p.deleteAll(ctx, noEvent)
	keys, _ := f.mem.Keys()
	entryKeys := strings.TrimSuffix(diary.EntryKey("x"), "x")
	dayKeys := strings.TrimSuffix(diary.DayKey(0), diary.Day(0).String())
	for _, k := range keys {
		if strings.HasPrefix(k, entryKeys) || strings.HasPrefix(k, dayKeys) || k == diary.ProfileKey {
			t.Errorf("%s is left after deleting everything", k)
		}
	}
	if theme, ok, _ := f.mem.Get(diary.ThemeKey); !ok || theme != "dark" {
		t.Error("deleting the diary deleted the theme")
	}
	if snap := f.store(t).Snapshot(); len(snap.Entries)+len(snap.Contexts) != 0 || !snap.Profile.Empty() {
		t.Errorf("the store still holds %+v", snap)
	}
	doc = render(t, p)
	if got := doc.mustID(t, "delete-status").textOf(); got != "Your diary is deleted." {
		t.Errorf("status %q", got)
	}
	if got := doc.mustID(t, "diary-size").textOf(); got != "0 cramps and 0 day notes are stored." {
		t.Errorf("size after deleting %q", got)
	}
	if p.confirming || doc.byID("delete-all") == nil {
		t.Error("the confirmation stays after the delete")
	}
}

func TestStatusClassAndRole(t *testing.T) {
	if statusClass(false) != "save-status" || statusRole(false) != "status" {
		t.Error("a good status is not plain")
	}
	if !strings.Contains(statusClass(true), "notice-danger") || statusRole(true) != "alert" {
		t.Error("a failure is not an alert")
	}
}

func TestPickingAgainClearsTheLastPreview(t *testing.T) {
	f := newFixture(t)
	p, ctx := openData(t, f)
	p.imp.file = "old.json"
	p.planImport(exportOfHistory(t, history(4, 14)))
	if render(t, p).byID("import-preview") == nil {
		t.Fatal("no preview to clear")
	}
	// Natively no file is ever chosen: what is left is the clearing.
	p.onPickFile(ctx, noEvent)
	doc := render(t, p)
	if doc.byID("import-preview") != nil || doc.mustID(t, "import-status").textOf() != "" || p.imp.file != "" {
		t.Error("a new pick keeps the last file's preview")
	}
}

func TestImportPreviewCountsCheckInsAndMedicines(t *testing.T) {
	other := newFixture(t)
	st := other.store(t)
	tonight := other.site.Diary.Tonight()
	for _, d := range []diary.Day{tonight - 1, tonight - 2} {
		if _, err := st.CheckIn(d, diary.CheckIn{NoCramps: true}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.SaveMedicine(diary.Medicine{Name: "Magnesium", Start: tonight - 9}); err != nil {
		t.Fatal(err)
	}
	file, err := diary.ExportJSON(st.Snapshot(), now)
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	p, ctx := openData(t, f)
	p.imp.file = "phone.json"
	p.planImport(file)
	doc := render(t, p)
	got := texts(doc.mustID(t, "import-counts").all("li", ""))
	for _, want := range []string{"Night check-ins to add or update: 2", "Medicines to add or update: 1"} {
		if !slices.Contains(got, want) {
			t.Errorf("counts %q lack %q", got, want)
		}
	}
	p.confirmImport(ctx, noEvent)
	mine := f.store(t).Snapshot()
	if len(mine.CheckIns) != 2 || len(mine.Medicines) != 1 || mine.Medicines[0].Name != "Magnesium" {
		t.Errorf("imported %d check-ins and %+v", len(mine.CheckIns), mine.Medicines)
	}
}
