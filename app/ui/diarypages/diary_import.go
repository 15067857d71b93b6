package diarypages

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
)

// diaryImport is the import panel's state: a file is read and checked, its
// plan shown, and nothing is written until the person confirms.
type diaryImport struct {
	plan    *diary.Plan
	file    string
	status  string
	failed  bool
	reading bool
}

// importSection picks a file, previews what it would change, and asks.
func (p *diaryDataPage) importSection() app.UI {
	im := &p.imp
	return app.Section().Aria("labelledby", "import-heading").Body(
		app.H2().ID("import-heading").Text("Bring in a copy"),
		app.P().Text("Choose a JSON file exported from Nightcramp. You will see what it would change before anything is saved. Cramps already in your diary are not doubled."),
		app.Div().Class("field file-pick").Body(
			app.Label().For("import-file").Text("File to import"),
			app.Input().ID("import-file").Type("file").Accept(".json,application/json").OnChange(p.onPickFile),
		),
		app.If(im.plan != nil, func() app.UI { return p.importPreview(*im.plan) }),
		app.P().ID("import-status").Class(statusClass(im.failed)).Role(statusRole(im.failed)).Text(im.status),
	)
}

// onPickFile refuses a file over the limit before reading it, then reads
// it as text and plans the merge.
func (p *diaryDataPage) onPickFile(ctx app.Context, e app.Event) {
	p.imp = diaryImport{}
	file, ok := browser.PickedFile(ctx.JSSrc())
	if !ok {
		return
	}
	p.imp.file = file.Name
	if size := file.Size; size > diary.MaxImportBytes {
		p.imp.status, p.imp.failed = fmt.Sprintf("This file is too big to be a Nightcramp diary (%.1f MB; the most is %d MB). Nothing was changed.",
			float64(size)/(1<<20), diary.MaxImportBytes>>20), true
		return
	}
	p.imp.reading, p.imp.status = true, "Reading the file…"
	file.Read(func(data []byte) {
		ctx.Dispatch(func(ctx app.Context) { p.planImport(data) })
	})
}

func (p *diaryDataPage) planImport(data []byte) {
	p.imp.reading, p.imp.status = false, ""
	imp, err := diary.ParseImport(data, diary.ImportOptions{Known: diary.KnownFrom(p.site.KB)})
	if err != nil {
		p.imp.status, p.imp.failed = err.Error()+" Nothing was changed.", true
		return
	}
	st, err := p.site.Diary.Open()
	if err != nil {
		p.imp.status, p.imp.failed = err.Error(), true
		return
	}
	plan := st.PlanImport(imp)
	p.imp.plan = &plan
}

// importPreview says what the file would change, and why parts of it were
// left out, with the confirm and cancel buttons.
func (p *diaryDataPage) importPreview(plan diary.Plan) app.UI {
	lines := []string{
		fmt.Sprintf("New cramps to add: %d", len(plan.Add)),
		fmt.Sprintf("Cramps to update with a newer copy: %d", len(plan.Update)),
		fmt.Sprintf("Already in your diary, left as they are: %d", plan.Skipped),
		fmt.Sprintf("Day notes to add or update: %d", len(plan.Contexts)),
	}
	// Files from before check-ins and medicines have none: say them only
	// when there are some.
	if n := len(plan.CheckIns); n > 0 {
		lines = append(lines, fmt.Sprintf("Night check-ins to add or update: %d", n))
	}
	if n := len(plan.Medicines); n > 0 {
		lines = append(lines, fmt.Sprintf("Medicines to add or update: %d", n))
	}
	if plan.Profile != nil {
		lines = append(lines, "Your profile would be replaced by the file's newer one")
	}
	rejected := len(plan.Rejected) + plan.MoreRejected
	return app.Div().ID("import-preview").Class("import-preview").Body(
		app.H3().Text("What “"+p.imp.file+"” would change"),
		app.Ul().ID("import-counts").Body(app.Range(lines).Slice(func(i int) app.UI { return app.Li().Text(lines[i]) })),
		app.If(rejected > 0, func() app.UI { return rejectedList(plan, rejected) }),
		app.If(plan.Empty(), func() app.UI {
			return app.Div().Body(
				app.P().ID("import-nothing").Text("Nothing to bring in: your diary already has all of it."),
				app.Button().ID("import-cancel").Type("button").Class("quiet").Text("Close").OnClick(p.cancelImport),
			)
		}).Else(func() app.UI {
			return app.Div().Class("form-buttons").Body(
				app.Button().ID("import-confirm").Type("button").Text("Import").OnClick(p.confirmImport),
				app.Button().ID("import-cancel").Type("button").Class("quiet").Text("Cancel").OnClick(p.cancelImport),
			)
		}),
	)
}

func rejectedList(plan diary.Plan, total int) app.UI {
	return app.Div().ID("import-rejected").Body(
		app.P().Text(fmt.Sprintf("Left out, %s:", plural(total, "part", "parts"))),
		app.Ul().Class("problem-list").Body(app.Range(plan.Rejected).Slice(func(i int) app.UI {
			r := plan.Rejected[i]
			what := r.What
			if r.ID != "" {
				what += " " + r.ID
			}
			return app.Li().Text(what + ": " + r.Reason)
		})),
		app.If(plan.MoreRejected > 0, func() app.UI {
			return app.P().Text(fmt.Sprintf("…and %d more.", plan.MoreRejected))
		}),
	)
}

func (p *diaryDataPage) cancelImport(ctx app.Context, e app.Event) {
	p.imp = diaryImport{status: "Nothing was imported."}
	p.clearFilePicker()
}

func (p *diaryDataPage) confirmImport(ctx app.Context, e app.Event) {
	st, err := p.site.Diary.Open()
	if err != nil || p.imp.plan == nil {
		return
	}
	written, err := st.ApplyImport(*p.imp.plan)
	p.imp = diaryImport{status: fmt.Sprintf("Imported: %s saved.", plural(written, "item", "items"))}
	if err != nil {
		p.imp.status, p.imp.failed = fmt.Sprintf("The import stopped after %s: %v", plural(written, "item", "items"), err), true
	}
	p.clearFilePicker()
	p.refresh(st)
}

// clearFilePicker empties the file field, so the same file can be chosen
// again (a change event needs a change).
func (p *diaryDataPage) clearFilePicker() {
	browser.SetInputValue("import-file", "")
}

func statusClass(failed bool) string {
	if failed {
		return "save-status notice notice-danger"
	}
	return "save-status"
}

func statusRole(failed bool) string {
	if failed {
		return "alert"
	}
	return "status"
}
