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
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// openData makes the data page and runs what OnNav does, with what it
// dispatches (the browser's answer about keeping the data).
func openData(t *testing.T, f *uitest.Fixture) (*diaryDataPage, app.Context) {
	t.Helper()
	p := &diaryDataPage{site: f.Site}
	ctx, e := uitest.MountAt(t, nil, "/diary/data")
	p.load(ctx)
	e.ConsumeAll()
	return p, ctx
}

// exportOfHistory is the JSON export of another diary holding entries,
// day notes and a profile.
func exportOfHistory(t *testing.T, entries []diary.Entry) []byte {
	t.Helper()
	other := uitest.NewFixture(t)
	other.Seed(t, entries)
	st := other.Store(t)
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
	f := uitest.NewFixture(t)
	entries := f.Seed(t, uitest.History(10, 7))
	if _, err := f.Store(t).SaveContext(diary.DayContext{Date: diary.NightOf(now), Caffeine: true}); err != nil {
		t.Fatal(err)
	}
	p, _ := openData(t, f)
	doc := uitest.Render(t, p)
	want := plural(len(entries), "cramp", "cramps") + " and 1 day note are stored."
	if got := doc.MustID(t, "diary-size").Text(); got != want {
		t.Errorf("size %q, want %q", got, want)
	}
	var answer string // natively the browser's answer comes at once: no
	site.Persisted(func(granted bool, err error) { answer = persistText(granted, err) })
	status := doc.MustID(t, "storage-status")
	if answer == "" || status.Text() != answer || status.Attrs["role"] != "status" {
		t.Errorf("keeping status %q, want the browser's answer", status.Text())
	}
	if doc.ByID("problems") != nil {
		t.Error("a healthy diary lists problems")
	}
	for _, id := range []string{"export-json", "export-csv", "import-file", "delete-all", "persist-ask"} {
		doc.MustID(t, id)
	}
	if doc.ByID("import-preview") != nil || doc.ByID("confirm-delete-all-box") != nil {
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
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(12, 8))
	snap := f.Store(t).Snapshot()
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
	if got := uitest.Render(t, p).MustID(t, "export-status").Text(); got != "Downloaded nightcramp-diary-2026-03-10.csv." {
		t.Errorf("export status %q", got)
	}
}

func TestDataPageListsWhatCouldNotBeRead(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Mem.Set(diary.EntryKey("half"), `{"id":"half","at":"2026-03-0`)
	f.Mem.Set(diary.EntryKey("junk"), `not json`)
	f.Mem.Set(diary.ProfileKey, `{"ageGroup":`)
	p, _ := openData(t, f)
	box := uitest.Render(t, p).MustID(t, "problems")
	problems := f.Store(t).Problems()
	summary := diary.SummarizeProblems(problems)
	var details []string
	for _, pr := range problems {
		details = append(details, pr.Error())
	}
	got := uitest.Texts(box.Select("ul", "problem-list")[0].Select("li", ""))
	if !slices.Equal(got, summary) || len(summary) < 2 {
		t.Errorf("problem lines %q, want %q", got, summary)
	}
	if got := uitest.Texts(box.MustID(t, "problem-details").Select("li", "")); !slices.Equal(got, details) || len(details) != 3 {
		t.Errorf("details %q, want %q", got, details)
	}
	if box.ByID("read-only") != nil {
		t.Error("a damaged diary is called read-only")
	}
}

func TestImportPreviewOfAGoodFile(t *testing.T) {
	f := uitest.NewFixture(t)
	mine := f.Seed(t, uitest.History(5, 9))
	file := exportOfHistory(t, append(slices.Clone(mine), uitest.History(30, 10)...))
	p, _ := openData(t, f)
	before, _ := f.Mem.GetAll()
	p.imp.file = "copy.json"
	p.planImport(file)
	if after, _ := f.Mem.GetAll(); !maps.Equal(before, after) {
		t.Fatal("the preview wrote to the diary")
	}
	imp, err := diary.ParseImport(file, diary.ImportOptions{Known: diary.KnownFrom(f.KB)})
	if err != nil {
		t.Fatal(err)
	}
	plan := f.Store(t).PlanImport(imp)
	if len(plan.Add) == 0 || len(plan.Add)+len(plan.Update) < len(mine) {
		t.Fatalf("the plan adds %d and updates %d", len(plan.Add), len(plan.Update))
	}
	doc := uitest.Render(t, p)
	preview := doc.MustID(t, "import-preview")
	if h := preview.Select("h3", "")[0].Text(); h != "What “copy.json” would change" {
		t.Errorf("preview heading %q", h)
	}
	want := []string{
		fmt.Sprintf("New cramps to add: %d", len(plan.Add)),
		fmt.Sprintf("Cramps to update with a newer copy: %d", len(plan.Update)),
		fmt.Sprintf("Already in your diary, left as they are: %d", plan.Skipped),
		fmt.Sprintf("Day notes to add or update: %d", len(plan.Contexts)),
	}
	if got := uitest.Texts(preview.MustID(t, "import-counts").Select("li", "")); !slices.Equal(got, want) {
		t.Errorf("counts %q, want %q", got, want)
	}
	if preview.ByID("import-confirm") == nil || preview.ByID("import-rejected") != nil || preview.ByID("import-nothing") != nil {
		t.Error("a good file's preview lacks its confirm button, or lists rejections")
	}

	p.confirmImport(app.Context{}, noEvent)
	written := len(plan.Add) + len(plan.Update) + len(plan.Contexts)
	if got := f.Store(t).Snapshot(); len(got.Entries) != len(mine)+len(plan.Add) || len(got.Contexts) != len(plan.Contexts) {
		t.Errorf("after the import: %d entries, %d notes", len(got.Entries), len(got.Contexts))
	}
	status := uitest.Render(t, p).MustID(t, "import-status")
	if status.Text() != fmt.Sprintf("Imported: %s saved.", plural(written, "item", "items")) || status.Attrs["role"] != "status" {
		t.Errorf("status %q", status.Text())
	}
	if !strings.Contains(uitest.Render(t, p).MustID(t, "diary-size").Text(), plural(len(mine)+len(plan.Add), "cramp", "cramps")) {
		t.Error("the stored count was not refreshed after the import")
	}

	p.planImport(file)
	doc = uitest.Render(t, p)
	if doc.ByID("import-nothing") == nil || doc.ByID("import-confirm") != nil {
		t.Error("a second import of the same file offers to import")
	}
	p.cancelImport(app.Context{}, noEvent)
	doc = uitest.Render(t, p)
	if doc.ByID("import-preview") != nil || doc.MustID(t, "import-status").Text() != "Nothing was imported." {
		t.Error("closing the preview does not say nothing was imported")
	}
}

func TestImportOfAFileThatIsNotADiary(t *testing.T) {
	for name, data := range map[string][]byte{
		"not JSON":       []byte("hello"),
		"another format": []byte(`{"format":"something-else","entries":[]}`),
		"a newer schema": []byte(fmt.Appendf(nil, `{"format":"nightcramp-diary","schemaVersion":%d,"entries":[]}`, diary.SchemaVersion+1)),
		"cut short":      exportOfHistory(t, uitest.History(3, 11))[:100],
	} {
		f := uitest.NewFixture(t)
		f.Seed(t, uitest.History(3, 12))
		p, _ := openData(t, f)
		before, _ := f.Mem.GetAll()
		p.planImport(data)
		_, parseErr := diary.ParseImport(data, diary.ImportOptions{Known: diary.KnownFrom(f.KB)})
		doc := uitest.Render(t, p)
		status := doc.MustID(t, "import-status")
		if parseErr == nil || status.Text() != parseErr.Error()+" Nothing was changed." {
			t.Errorf("%s: status %q, parse error %v", name, status.Text(), parseErr)
		}
		if status.Attrs["role"] != "alert" || !status.HasClass("notice-danger") || doc.ByID("import-preview") != nil {
			t.Errorf("%s: refusal shown as %v, with a preview: %t", name, status.Attrs, doc.ByID("import-preview") != nil)
		}
		if after, _ := f.Mem.GetAll(); !maps.Equal(before, after) {
			t.Errorf("%s: the diary changed", name)
		}
	}
}

func TestImportPreviewListsWhatWasLeftOut(t *testing.T) {
	f := uitest.NewFixture(t)
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
	box := uitest.Render(t, p).MustID(t, "import-rejected")
	lines := uitest.Texts(box.Select("li", ""))
	if len(lines) != 4 || len(plan.Rejected) != 4 || len(plan.Add) != 1 {
		t.Fatalf("%d reasons listed, plan rejects %d and adds %d", len(lines), len(plan.Rejected), len(plan.Add))
	}
	for i, r := range plan.Rejected {
		if !strings.HasPrefix(lines[i], r.What) || !strings.HasSuffix(lines[i], ": "+r.Reason) {
			t.Errorf("reason %d %q, want %s … %s", i, lines[i], r.What, r.Reason)
		}
	}
	if !strings.Contains(box.Text(), "Left out, 4 parts:") {
		t.Errorf("the rejections are not counted: %q", box.Text())
	}
	p.imp.plan.MoreRejected = 3
	if got := uitest.Render(t, p).MustID(t, "import-rejected").Text(); !strings.Contains(got, "Left out, 7 parts:") || !strings.Contains(got, "…and 3 more.") {
		t.Errorf("rejections beyond the list are not counted: %q", got)
	}
	more := rejectedList(diary.Plan{Rejected: plan.Rejected[:1], MoreRejected: 250}, 251)
	if got := uitest.Render(t, more).Text(); !strings.Contains(got, "Left out, 251 parts:") || !strings.Contains(got, "…and 250 more.") {
		t.Errorf("a long list of rejections reads %q", got)
	}
}

func TestDeletingEverythingAsksFirstAndKeepsTheTheme(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Mem.Set(diary.ThemeKey, "dark")
	f.Seed(t, uitest.History(10, 13))
	if _, err := f.Store(t).SaveProfile(diary.Profile{AgeGroup: diary.Age40to59}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Store(t).SaveContext(diary.DayContext{Date: diary.NightOf(now), Sitting: true}); err != nil {
		t.Fatal(err)
	}
	p, ctx := openData(t, f)
	p.confirming = true
	doc := uitest.Render(t, p)
	box := doc.MustID(t, "confirm-delete-all-box")
	if box.Attrs["role"] != "alertdialog" || box.ByID("confirm-delete-all") == nil || box.ByID("cancel-delete-all") == nil || doc.ByID("delete-all") != nil {
		t.Error("the confirmation is not a dialog with yes and no in place of the button")
	}
	p.deleteAll(ctx, noEvent)
	keys, _ := f.Mem.Keys()
	entryKeys := strings.TrimSuffix(diary.EntryKey("x"), "x")
	dayKeys := strings.TrimSuffix(diary.DayKey(0), diary.Day(0).String())
	for _, k := range keys {
		if strings.HasPrefix(k, entryKeys) || strings.HasPrefix(k, dayKeys) || k == diary.ProfileKey {
			t.Errorf("%s is left after deleting everything", k)
		}
	}
	if theme, ok, _ := f.Mem.Get(diary.ThemeKey); !ok || theme != "dark" {
		t.Error("deleting the diary deleted the theme")
	}
	if snap := f.Store(t).Snapshot(); len(snap.Entries)+len(snap.Contexts) != 0 || !snap.Profile.Empty() {
		t.Errorf("the store still holds %+v", snap)
	}
	doc = uitest.Render(t, p)
	if got := doc.MustID(t, "delete-status").Text(); got != "Your diary is deleted." {
		t.Errorf("status %q", got)
	}
	if got := doc.MustID(t, "diary-size").Text(); got != "0 cramps and 0 day notes are stored." {
		t.Errorf("size after deleting %q", got)
	}
	if p.confirming || doc.ByID("delete-all") == nil {
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
	f := uitest.NewFixture(t)
	p, ctx := openData(t, f)
	p.imp.file = "old.json"
	p.planImport(exportOfHistory(t, uitest.History(4, 14)))
	if uitest.Render(t, p).ByID("import-preview") == nil {
		t.Fatal("no preview to clear")
	}
	// Natively no file is ever chosen: what is left is the clearing.
	p.onPickFile(ctx, noEvent)
	doc := uitest.Render(t, p)
	if doc.ByID("import-preview") != nil || doc.MustID(t, "import-status").Text() != "" || p.imp.file != "" {
		t.Error("a new pick keeps the last file's preview")
	}
}

func TestImportPreviewCountsCheckInsAndMedicines(t *testing.T) {
	other := uitest.NewFixture(t)
	st := other.Store(t)
	tonight := other.Site.Diary.Tonight()
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
	f := uitest.NewFixture(t)
	p, ctx := openData(t, f)
	p.imp.file = "phone.json"
	p.planImport(file)
	doc := uitest.Render(t, p)
	got := uitest.Texts(doc.MustID(t, "import-counts").Select("li", ""))
	for _, want := range []string{"Night check-ins to add or update: 2", "Medicines to add or update: 1"} {
		if !slices.Contains(got, want) {
			t.Errorf("counts %q lack %q", got, want)
		}
	}
	p.confirmImport(ctx, noEvent)
	mine := f.Store(t).Snapshot()
	if len(mine.CheckIns) != 2 || len(mine.Medicines) != 1 || mine.Medicines[0].Name != "Magnesium" {
		t.Errorf("imported %d check-ins and %+v", len(mine.CheckIns), mine.Medicines)
	}
}
