package diarypages

import (
	"fmt"
	"html"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// noEvent is an event as handlers get it natively: a value with nothing in it.
var noEvent = app.Event{Value: app.ValueOf(nil)}

// openNew makes the log page at addr and runs what OnNav does in a browser.
func openNew(t *testing.T, f *uitest.Fixture, addr string) (*diaryNewPage, app.Context) {
	t.Helper()
	p := &diaryNewPage{site: f.Site}
	ctx, _ := uitest.MountAt(t, nil, addr)
	p.load(ctx)
	return p, ctx
}

func TestLogPageStartsAtTheTimeTheLinkSays(t *testing.T) {
	f := uitest.NewFixture(t)
	for _, c := range []struct {
		at   string
		want time.Time
	}{
		{"", now},
		{"2026-03-09T23:45:59Z", time.Date(2026, 3, 9, 23, 45, 0, 0, time.UTC).Local()},
		{"2026-03-08T04:30", time.Date(2026, 3, 8, 4, 30, 0, 0, time.Local)},
		{"<script>alert(1)</script>", now},
		{"2026-02-30T01:00", now},
		{strings.Repeat("9", 5000), now},
	} {
		p, _ := openNew(t, f, "/diary/new?at="+c.at)
		// The form shows the phone's own clock, whatever zone the link said.
		if !p.ready || p.err != nil || !p.form.entry.At.Equal(c.want.Truncate(time.Minute)) || p.form.entry.At.Location() != time.Local {
			t.Errorf("?at=%.40s: ready %t, err %v, at %v; want %v", c.at, p.ready, p.err, p.form.entry.At, c.want)
		}
		when := uitest.Render(t, p).MustID(t, "log-when")
		if when.Attrs["value"] != c.want.Format(whenLayout) || when.Attrs["type"] != "datetime-local" {
			t.Errorf("?at=%.40s: the field says %v", c.at, when.Attrs)
		}
	}
}

func TestLogFormStartsEmpty(t *testing.T) {
	f := uitest.NewFixture(t)
	p, _ := openNew(t, f, "/diary/new")
	doc := uitest.Render(t, p)
	form := doc.MustID(t, "log-form")
	if got := uitest.Checked(form, ""); len(got) != 0 {
		t.Errorf("a new form has %v ticked", got)
	}
	for _, s := range []string{"log-pain", "log-sleep"} {
		radios := doc.MustID(t, s).Select("input", "")
		if len(radios) != int(diary.MaxScore)+1 {
			t.Errorf("%s offers %d scores", s, len(radios))
		}
		for i, r := range radios {
			if r.Attrs["id"] != s+"-"+strconv.Itoa(i) || r.Attrs["name"] != s || r.Attrs["type"] != "radio" {
				t.Errorf("%s score %d: %v", s, i, r.Attrs)
			}
		}
	}
	if v := doc.MustID(t, "log-duration").Attrs["value"]; v != "" {
		t.Errorf("duration starts as %q", v)
	}
	if st := doc.MustID(t, "save-status"); st.Text() != "" || st.Attrs["role"] != "status" {
		t.Errorf("status %v %q before any save", st.Attrs, st.Text())
	}
	if doc.ByID("after-save") != nil || doc.ByID("delete-entry") != nil {
		t.Error("a new form offers what comes after a save, or a delete")
	}
	if d := doc.MustID(t, "log-day"); d.Has("open") {
		t.Error("the day note starts unfolded")
	}
	if a := doc.MustID(t, "log-cancel"); a.Attrs["href"] != site.DiaryPath {
		t.Errorf("cancel goes to %q", a.Attrs["href"])
	}
}

func TestRemedyChoicesSplitTheKnowledgeBase(t *testing.T) {
	f := uitest.NewFixture(t)
	common, others := remedyChoices(f.KB)
	seen := map[string]bool{}
	for _, e := range append(slices.Clone(common), others...) {
		if seen[e.ID] {
			t.Errorf("%s offered twice", e.ID)
		}
		seen[e.ID] = true
	}
	for _, e := range f.KB.FirstAid() {
		if !slices.Contains(common, e) {
			t.Errorf("first-aid step %s is not among the common choices", e.ID)
		}
	}
	remedies := f.KB.Entries(kb.TypeRemedy)
	if len(common)+len(others) != len(f.KB.FirstAid())+len(remedies) || len(others) == 0 {
		t.Errorf("%d common and %d others, from %d first-aid steps and %d remedies", len(common), len(others), len(f.KB.FirstAid()), len(remedies))
	}
	for _, e := range others {
		if slices.Contains(e.When, "during-attack") || slices.Contains(e.When, "after-attack") {
			t.Errorf("%s helps during or after a cramp but is folded away", e.ID)
		}
	}
	p, _ := openNew(t, f, "/diary/new")
	doc := uitest.Render(t, p)
	var listed []string
	for _, li := range doc.MustID(t, "log-tried").Select("li", "") {
		listed = append(listed, li.Attrs["data-remedy"])
	}
	if len(listed) != len(seen) {
		t.Errorf("the picker lists %d remedies, want %d", len(listed), len(seen))
	}
}

func TestLogFormHandlersChangeTheEntryAndMarkBusy(t *testing.T) {
	f := uitest.NewFixture(t)
	p, ctx := openNew(t, f, "/diary/new")
	if site.IsBusy(ctx) {
		t.Fatal("busy before anything was touched")
	}
	p.form.setPain(6)(ctx, noEvent)
	p.form.setSleep(0)(ctx, noEvent)
	p.form.toggleMuscle("calf")(ctx, noEvent)
	p.form.toggleMuscle("foot")(ctx, noEvent)
	p.form.toggleMuscle("calf")(ctx, noEvent)
	if !site.BusyWith(ctx)["diary"] {
		t.Errorf("busy with %v after touching the form, want diary", site.BusyWith(ctx))
	}
	if p.form.entry.Pain != 6 || p.form.entry.Sleep != 0 || !slices.Equal(p.form.entry.Muscles, []string{"foot"}) {
		t.Errorf("entry %+v", p.form.entry)
	}
	doc := uitest.Render(t, p)
	if got := uitest.Checked(doc, "log-"); !slices.Equal(got, []string{"log-muscle-foot", "log-pain-6", "log-sleep-0"}) {
		t.Errorf("ticked %v", got)
	}
	p.OnDismount(ctx)
	if site.IsBusy(ctx) {
		t.Error("leaving the page leaves it busy")
	}
}

func TestTickingARemedyAsksWhetherItHelped(t *testing.T) {
	f := uitest.NewFixture(t)
	p, ctx := openNew(t, f, "/diary/new")
	common, others := remedyChoices(f.KB)
	first, folded := common[0], others[0]
	p.form.toggleTried(first.ID)(ctx, noEvent)
	doc := uitest.Render(t, p)
	sel := doc.MustID(t, "helped-"+first.ID)
	if !strings.Contains(sel.Attrs["aria-label"], first.Title) {
		t.Errorf("the question %q does not name %q", sel.Attrs["aria-label"], first.Title)
	}
	var values []string
	for _, o := range sel.Select("option", "") {
		values = append(values, o.Attrs["value"])
	}
	if !slices.Equal(values, []string{"", "yes", "no", "unsure"}) {
		t.Errorf("answers %v", values)
	}
	if doc.ByID("helped-"+folded.ID) != nil {
		t.Error("an unticked remedy asks whether it helped")
	}
	more := doc.MustID(t, "log-tried").Select("details", "more-remedies")[0]
	if more.Has("open") {
		t.Error("the other remedies unfold though none is ticked")
	}

	p.form.toggleTried(folded.ID)(ctx, noEvent)
	p.form.entry.Tried[1].Helped = diary.HelpedYes
	doc = uitest.Render(t, p)
	if !doc.MustID(t, "log-tried").Select("details", "more-remedies")[0].Has("open") {
		t.Error("the other remedies stay folded with one of them ticked")
	}
	yes := doc.MustID(t, "helped-"+folded.ID).Find(func(n *uitest.Node) bool { return n.Tag == "option" && n.Attrs["selected"] == "true" })
	if len(yes) != 1 || yes[0].Attrs["value"] != "yes" {
		t.Errorf("the chosen answer is not selected: %v", yes)
	}
	p.form.toggleTried(first.ID)(ctx, noEvent)
	if want := []diary.Tried{{Remedy: folded.ID, Helped: diary.HelpedYes}}; !slices.Equal(p.form.entry.Tried, want) {
		t.Errorf("after unticking: %v, want %v", p.form.entry.Tried, want)
	}
}

func TestSavingANewCramp(t *testing.T) {
	f := uitest.NewFixture(t)
	p, ctx := openNew(t, f, "/diary/new")
	p.form.entry.Leg = diary.LegLeft
	p.form.toggleMuscle("calf")(ctx, noEvent)
	p.form.setPain(6)(ctx, noEvent)
	p.form.minutes = "2"
	p.form.entry.Note = `<img src=x onerror=alert(1)>`
	p.form.day.Exercise, p.form.dayEdit = true, true
	p.form.onSubmit(ctx, noEvent)

	entries := f.Store(t).Entries()
	if len(entries) != 1 {
		t.Fatalf("%d entries stored after one save (status %q)", len(entries), p.form.status)
	}
	e := entries[0]
	if !e.At.Equal(now.Truncate(time.Minute)) || e.Leg != diary.LegLeft || !slices.Equal(e.Muscles, []string{"calf"}) ||
		e.Pain != 6 || e.Sleep != diary.Unset || e.Duration != 120 || e.Note != p.form.entry.Note {
		t.Errorf("stored %+v", e)
	}
	if c, ok := f.Store(t).Context(e.Night()); !ok || !c.Exercise {
		t.Errorf("the day note of %s: %+v, %t", e.Night(), c, ok)
	}
	if site.IsBusy(ctx) {
		t.Error("still busy after the save")
	}
	doc := uitest.Render(t, p)
	st := doc.MustID(t, "save-status")
	if want := "Saved: " + entryHeadline(f.Site, e) + "."; st.Text() != want || st.Attrs["role"] != "status" {
		t.Errorf("status %q (%v), want %q", st.Text(), st.Attrs, want)
	}
	after := doc.MustID(t, "after-save")
	if after.MustID(t, "see-diary").Attrs["href"] != site.DiaryPath || after.ByID("log-another") == nil {
		t.Error("after a save the page offers neither the diary nor another cramp")
	}

	p.begin(ctx, diary.NewEntry(now.Add(time.Hour)))
	if p.form.saved || p.form.status != "" || p.form.entry.ID != "" || p.form.entry.Pain != diary.Unset {
		t.Errorf("log another did not start afresh: %+v", p.form)
	}
}

func TestASaveThatCannotHappenKeepsTheForm(t *testing.T) {
	for _, c := range []struct {
		name, says string
		prepare    func(f *uitest.Fixture, p *diaryNewPage)
	}{
		{"no time", "date and time", func(f *uitest.Fixture, p *diaryNewPage) { p.form.when = "" }},
		{"bad minutes", "number of minutes", func(f *uitest.Fixture, p *diaryNewPage) { p.form.minutes = "ten" }},
		{"phone full", "To make room", func(f *uitest.Fixture, p *diaryNewPage) { f.Mem.QuotaBytes = 10 }},
		{"write refused", "still in the form", func(f *uitest.Fixture, p *diaryNewPage) {
			f.Mem.FailSet = func(key string) bool { return true }
		}},
	} {
		f := uitest.NewFixture(t)
		p, ctx := openNew(t, f, "/diary/new")
		p.form.setPain(3)(ctx, noEvent)
		before, _ := f.Mem.GetAll()
		c.prepare(f, p)
		p.form.onSubmit(ctx, noEvent)
		if after, _ := f.Mem.GetAll(); !maps.Equal(before, after) {
			t.Errorf("%s: storage changed", c.name)
		}
		st := uitest.Render(t, p).MustID(t, "save-status")
		if !strings.Contains(st.Text(), c.says) || st.Attrs["role"] != "alert" || !st.HasClass("notice-danger") {
			t.Errorf("%s: status %q %v, want an alert saying %q", c.name, st.Text(), st.Attrs, c.says)
		}
		if p.form.entry.Pain != 3 || !site.IsBusy(ctx) || p.form.saved {
			t.Errorf("%s: the form lost what was typed or stopped being busy", c.name)
		}
	}
}

func TestSavingIntoANewerDiaryIsRefused(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Mem.Set(diary.MetaKey, fmt.Sprintf(`{"schema":%d}`, diary.SchemaVersion+1))
	before, _ := f.Mem.GetAll()
	p, ctx := openNew(t, f, "/diary/new")
	p.form.setPain(3)(ctx, noEvent)
	p.form.onSubmit(ctx, noEvent)
	if after, _ := f.Mem.GetAll(); !maps.Equal(before, after) {
		t.Error("a newer diary was written to")
	}
	if p.form.status != shell.SaveError(diary.ErrReadOnly) || !strings.Contains(p.form.status, "newer version") {
		t.Errorf("status %q", p.form.status)
	}
	if !slices.Equal(uitest.Checked(uitest.Render(t, p), "log-pain"), []string{"log-pain-3"}) {
		t.Error("the refused save emptied the pain")
	}
}

func TestADayNoteThatCannotBeSavedIsSaid(t *testing.T) {
	f := uitest.NewFixture(t)
	p, ctx := openNew(t, f, "/diary/new")
	p.form.day.Alcohol, p.form.dayEdit = true, true
	dayKeys := strings.TrimSuffix(diary.DayKey(0), diary.Day(0).String())
	f.Mem.FailSet = func(key string) bool { return strings.HasPrefix(key, dayKeys) }
	p.form.onSubmit(ctx, noEvent)
	if n := len(f.Store(t).Entries()); n != 1 {
		t.Fatalf("%d entries saved", n)
	}
	if !strings.HasPrefix(p.form.status, "The cramp is saved, but the note about the day is not.") || !p.form.failed {
		t.Errorf("status %q", p.form.status)
	}
	if p.form.entry.ID == "" {
		t.Error("the form forgot the saved entry, so saving again would double it")
	}
}

func TestDayNoteFieldsShowTheStoredNote(t *testing.T) {
	f := uitest.NewFixture(t)
	e := f.Seed(t, []diary.Entry{diary.NewEntry(now.Add(-time.Hour))})[0]
	medicine := `Dr "Quote" \ <b>`
	if _, err := f.Store(t).SaveContext(diary.DayContext{Date: e.Night(), Standing: true, Fluids: diary.FluidsLittle, NewMedicine: medicine}); err != nil {
		t.Fatal(err)
	}
	p, _ := openEdit(t, f, e.ID)
	doc := uitest.Render(t, p)
	if got := uitest.Checked(doc.MustID(t, "log-day"), "day-"); !slices.Equal(got, []string{"day-standing", "day-fluids-little"}) {
		t.Errorf("day note ticks %v", got)
	}
	// The server writes attributes Go-quoted, which a browser does not
	// read: the value is escaped for HTML, and the browser decodes it back.
	v := doc.MustID(t, "day-medicine").Attrs["value"]
	if strings.ContainsAny(v, `"<>\`) || html.UnescapeString(v) != medicine {
		t.Errorf("medicine field %q, want %q escaped for HTML", v, medicine)
	}
}

// openEdit makes the edit page for an id and runs what OnNav does.
func openEdit(t *testing.T, f *uitest.Fixture, id string) (*diaryEditPage, app.Context) {
	t.Helper()
	p := &diaryEditPage{site: f.Site}
	ctx, _ := uitest.MountAt(t, nil, "/diary/edit?id="+id)
	p.load(ctx)
	return p, ctx
}

func TestEditPageShowsTheSavedAnswers(t *testing.T) {
	f := uitest.NewFixture(t)
	e := diary.NewEntry(now.Add(-30 * time.Minute))
	e.Leg, e.Muscles, e.Pain, e.Sleep, e.Duration = diary.LegBoth, []string{"back-thigh"}, 9, 2, 90
	e.Tried = []diary.Tried{{Remedy: "stretch-the-cramp", Helped: diary.HelpedNo}}
	e.Note = "woke twice"
	e = f.Seed(t, []diary.Entry{e})[0]
	p, _ := openEdit(t, f, e.ID)
	doc := uitest.Render(t, p)
	want := []string{"leg-both", "log-muscle-back-thigh", "log-pain-9", "log-sleep-2", "tried-stretch-the-cramp"}
	if got := uitest.Checked(doc.MustID(t, "log-form"), ""); !slices.Equal(got, want) {
		t.Errorf("ticked %v, want %v", got, want)
	}
	if v := doc.MustID(t, "log-duration").Attrs["value"]; v != "1.5" {
		t.Errorf("90 s shows as %q minutes", v)
	}
	if v := doc.MustID(t, "log-when").Attrs["value"]; v != e.At.Format(whenLayout) {
		t.Errorf("when %q", v)
	}
	// go-app sets a textarea's text as its value.
	if got := doc.MustID(t, "log-note").Attrs["value"]; got != e.Note {
		t.Errorf("note %q", got)
	}
	if doc.ByID("delete-entry") == nil || doc.ByID("confirm-box") != nil {
		t.Error("the edit page does not offer a delete, or asks before being asked")
	}
}

func TestEditPageForACrampNotInTheDiary(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Seed(t, uitest.History(3, 4))
	for _, id := range []string{"", "no-such-id", `"><script>alert(1)</script>`, strings.Repeat("a", 3000)} {
		p, _ := openEdit(t, f, id)
		doc := uitest.Render(t, p)
		box := doc.ByID("entry-missing")
		if box == nil || doc.ByID("log-form") != nil {
			t.Errorf("id %.30q: no missing notice, or a form", id)
			continue
		}
		if a := box.Select("a", ""); len(a) != 1 || a[0].Attrs["href"] != site.DiaryPath {
			t.Errorf("id %.30q: the notice does not lead back", id)
		}
		if len(doc.Select("script", "")) != 0 {
			t.Errorf("id %.30q became markup", id)
		}
	}
}

func TestChangingACramp(t *testing.T) {
	f := uitest.NewFixture(t)
	e := f.Seed(t, []diary.Entry{diary.NewEntry(now.Add(-time.Hour))})[0]
	p, ctx := openEdit(t, f, e.ID)
	p.form.setPain(3)(ctx, noEvent)
	p.form.onSubmit(ctx, noEvent)
	got, ok := f.Store(t).Entry(e.ID)
	if !ok || got.Pain != 3 || !got.Created.Equal(e.Created) || len(f.Store(t).Entries()) != 1 {
		t.Errorf("after the change: %+v (%t), %d entries", got, ok, len(f.Store(t).Entries()))
	}
	if p.form.status != "Changes saved." || p.form.saved {
		t.Errorf("status %q, saved %t", p.form.status, p.form.saved)
	}
}

func TestDeletingACrampAsksFirst(t *testing.T) {
	f := uitest.NewFixture(t)
	e := f.Seed(t, []diary.Entry{diary.NewEntry(now.Add(-time.Hour))})[0]
	p, ctx := openEdit(t, f, e.ID)
	p.confirming = true
	box := uitest.Render(t, p).MustID(t, "confirm-box")
	if box.Attrs["role"] != "alertdialog" || box.Attrs["aria-labelledby"] != "confirm-question" {
		t.Errorf("the confirmation is %v", box.Attrs)
	}
	if box.ByID("confirm-delete") == nil || box.ByID("cancel-delete") == nil {
		t.Error("the confirmation has no yes and no")
	}
	if len(f.Store(t).Entries()) != 1 {
		t.Fatal("asking deleted")
	}
	p.delete(ctx, noEvent)
	if _, ok := f.Store(t).Entry(e.ID); ok || p.deleteErr != "" {
		t.Errorf("the entry is still there (error %q)", p.deleteErr)
	}
}

func TestADeleteThatFailsSaysWhy(t *testing.T) {
	f := uitest.NewFixture(t)
	e := f.Seed(t, []diary.Entry{diary.NewEntry(now.Add(-time.Hour))})[0]
	p, ctx := openEdit(t, f, e.ID)
	removeFails := &failingRemove{MemStorage: f.Mem}
	f.Site.Diary = site.NewSession(func() (diary.Storage, error) { return removeFails, nil }, func() time.Time { return now })
	p.confirming = true
	p.delete(ctx, noEvent)
	if p.deleteErr == "" {
		t.Fatal("a failed delete says nothing")
	}
	alert := uitest.Render(t, p).MustID(t, "delete-error")
	if alert.Attrs["role"] != "alert" || alert.Text() != p.deleteErr {
		t.Errorf("delete error shows as %v %q", alert.Attrs, alert.Text())
	}
	if _, ok, _ := removeFails.Get(diary.EntryKey(e.ID)); !ok {
		t.Error("the entry went though the delete failed")
	}
}

// failingRemove is storage that refuses every removal.
type failingRemove struct{ *diary.MemStorage }

func (s *failingRemove) Remove(key string) error { return diary.ErrQuota }

func TestTheGuidesLinkFillsTheForm(t *testing.T) {
	f := uitest.NewFixture(t)
	aid := f.KB.FirstAid()
	if len(aid) < 2 {
		t.Fatal("the knowledge base has fewer than two first-aid steps")
	}
	at := "2026-03-10T02:40:00%2B01:00"
	p, _ := openNew(t, f, "/diary/new?at="+at+"&steps="+aid[1].ID+",no-such-step,"+aid[0].ID+","+aid[1].ID+",%3Cb%3E&helped=yes")
	tried := p.form.entry.Tried
	if len(tried) != 2 || tried[0].Remedy != aid[1].ID || tried[1].Remedy != aid[0].ID {
		t.Fatalf("tried %+v, want %s then %s, each once", tried, aid[1].ID, aid[0].ID)
	}
	for _, tr := range tried {
		if tr.Helped != diary.HelpedYes {
			t.Errorf("%s: helped %q, want yes", tr.Remedy, tr.Helped)
		}
	}
	if want := time.Date(2026, 3, 10, 1, 40, 0, 0, time.UTC).Local().Format(whenLayout); p.form.when != want {
		t.Errorf("when %q, want %q", p.form.when, want)
	}
	doc := uitest.Render(t, p)
	doc.MustID(t, "from-guide")
	for _, a := range aid[:2] {
		box := doc.MustID(t, "tried-"+a.ID)
		if !box.Has("checked") {
			t.Errorf("%s is not ticked on the form", a.ID)
		}
	}
}

func TestJunkInTheGuidesLinkIsIgnored(t *testing.T) {
	f := uitest.NewFixture(t)
	for _, q := range []string{"steps=&helped=", "steps=,,,&helped=maybe", "steps=" + strings.Repeat("x,", 500) + "&helped=yes", "helped=yes"} {
		p, _ := openNew(t, f, "/diary/new?"+q)
		if len(p.form.entry.Tried) != 0 || p.fromGuide {
			t.Errorf("%.40s: tried %+v", q, p.form.entry.Tried)
		}
	}
	aid := f.KB.FirstAid()[0].ID
	p, _ := openNew(t, f, "/diary/new?steps="+aid+"&helped=maybe")
	if len(p.form.entry.Tried) != 1 || p.form.entry.Tried[0].Helped != "" {
		t.Errorf("an unknown answer was kept: %+v", p.form.entry.Tried)
	}
	ids := make([]string, 0, 40)
	for _, e := range f.KB.Entries(kb.TypeRemedy) {
		ids = append(ids, e.ID)
	}
	if got := guideSteps(f.KB, strings.Join(ids, ",")); len(got) != min(len(ids), maxGuideSteps) {
		t.Errorf("%d steps from a link of %d, want at most %d", len(got), len(ids), maxGuideSteps)
	}
}

func TestSaveIsTheStrongButtonOfAStickyBar(t *testing.T) {
	f := uitest.NewFixture(t)
	p, _ := openNew(t, f, "/diary/new")
	doc := uitest.Render(t, p)
	bar := doc.MustID(t, "save-bar")
	if !bar.HasClass("save-bar") || !bar.MustID(t, "log-save").HasClass("primary") || !bar.MustID(t, "log-cancel").HasClass("quiet") {
		t.Errorf("the save bar %v: want Save primary and the way back quiet", bar.Attrs)
	}
}
