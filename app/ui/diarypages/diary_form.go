package diarypages

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// logForm is the form that logs a cramp or edits one. It is not a
// component of its own: the new and edit pages hold it, so that its events
// re-render the page that shows it, and a new id in the URL starts it anew.
type logForm struct {
	site    *site.Site
	entry   diary.Entry // what the form says; its ID is empty for a new one
	when    string      // the "when" field as typed (datetime-local)
	minutes string      // the duration field as typed
	day     diary.DayContext
	dayEdit bool // the day note was touched, so saving writes it
	dirty   bool
	status  string // what happened to the last save
	failed  bool   // the status is an error
	saved   bool   // a new entry was saved: show what next
}

// whenLayout is the value format of <input type="datetime-local">.
const whenLayout = "2006-01-02T15:04"

// start fills the form with e, and the day note of its night.
func (f *logForm) start(e diary.Entry, st *diary.Store) {
	*f = logForm{site: f.site, entry: e, when: e.At.Format(whenLayout)}
	if e.Duration > 0 {
		f.minutes = strconv.FormatFloat(float64(e.Duration)/60, 'f', -1, 64)
	}
	f.day = diary.DayContext{Date: e.Night()}
	if st != nil {
		if c, ok := st.Context(e.Night()); ok {
			f.day = c
		}
	}
}

// touch marks the form dirty, so that the update banner does not reload
// the page under the person's fingers.
func (f *logForm) touch(ctx app.Context) {
	if !f.dirty {
		f.dirty = true
		markBusy(ctx, true)
	}
	f.status, f.failed, f.saved = "", false, false
}

// settle says the form holds nothing unsaved any more.
func (f *logForm) settle(ctx app.Context) {
	if f.dirty {
		f.dirty = false
		markBusy(ctx, false)
	}
}

// markBusy sets the busy signal the update banner reads, so that a reload
// never drops what the form holds.
func markBusy(ctx app.Context, busy bool) {
	site.SetBusy(ctx, "diary", busy)
}

// render draws the form; extra goes below the save button (delete, on
// the edit page).
func (f *logForm) render(extra app.UI) app.UI {
	return app.Form().ID("log-form").Class("log-form").Attr("novalidate", true).OnSubmit(f.onSubmit).Body(
		f.whenField(),
		f.legField(),
		shell.MuscleMap{
			Legend:   "Which muscle? Tap one or more.",
			IDPrefix: "log-muscle-",
			Selected: f.hasMuscle,
			OnChange: f.toggleMuscle,
			Label:    func(m string) string { return f.site.KB.Label(kb.VocabMuscle, m) },
		}.Render(),
		f.durationField(),
		shell.ScoreField("log-pain", "How bad was the pain?", "No pain", "Worst pain", f.entry.Pain, f.setPain),
		shell.ScoreField("log-sleep", "How much did it disturb your sleep?", "Not at all", "Could not sleep again", f.entry.Sleep, f.setSleep),
		f.remedyPicker(),
		f.noteField(),
		f.dayFields(),
		f.saveRow(),
		extra,
	)
}

func (f *logForm) whenField() app.UI {
	return app.Div().Class("field").Body(
		app.Label().For("log-when").Text("When was it?"),
		app.Input().ID("log-when").Type("datetime-local").Value(f.when).Required(true).
			OnChange(func(ctx app.Context, e app.Event) {
				f.touch(ctx)
				f.when = ctx.JSSrc().Get("value").String()
			}),
	)
}

func (f *logForm) legField() app.UI {
	labels := map[diary.Leg]string{diary.LegLeft: "Left", diary.LegRight: "Right", diary.LegBoth: "Both"}
	return app.FieldSet().Body(
		app.Legend().Text("Which leg?"),
		app.Div().Class("choices").Body(app.Range(diary.Legs).Slice(func(i int) app.UI {
			leg := diary.Legs[i]
			return shell.Choice("leg-"+string(leg), "leg", labels[leg], f.entry.Leg == leg, func(ctx app.Context, e app.Event) {
				f.touch(ctx)
				f.entry.Leg = leg
			})
		})),
	)
}

func (f *logForm) hasMuscle(m string) bool {
	for _, have := range f.entry.Muscles {
		if have == m {
			return true
		}
	}
	return false
}

func (f *logForm) toggleMuscle(m string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		f.touch(ctx)
		if f.hasMuscle(m) {
			var kept []string
			for _, have := range f.entry.Muscles {
				if have != m {
					kept = append(kept, have)
				}
			}
			f.entry.Muscles = kept
			return
		}
		f.entry.Muscles = append(f.entry.Muscles, m)
	}
}

func (f *logForm) durationField() app.UI {
	return app.Div().Class("field").Body(
		app.Label().For("log-duration").Text("How long did it last, in minutes?"),
		app.Input().ID("log-duration").Type("number").Attr("inputmode", "decimal").
			Attr("min", 0).Attr("step", "any").Value(f.minutes).
			OnInput(func(ctx app.Context, e app.Event) {
				f.touch(ctx)
				f.minutes = ctx.JSSrc().Get("value").String()
			}),
		app.P().Class("hint").Text("A guess is fine. Leave it empty if you do not know."),
	)
}

func (f *logForm) setPain(s diary.Score) app.EventHandler {
	return func(ctx app.Context, e app.Event) { f.touch(ctx); f.entry.Pain = s }
}

func (f *logForm) setSleep(s diary.Score) app.EventHandler {
	return func(ctx app.Context, e app.Event) { f.touch(ctx); f.entry.Sleep = s }
}

func (f *logForm) noteField() app.UI {
	return app.Div().Class("field").Body(
		app.Label().For("log-note").Text("Anything else? (optional)"),
		app.Textarea().ID("log-note").Attr("maxlength", diary.MaxNoteRunes).Text(f.entry.Note).
			OnInput(func(ctx app.Context, e app.Event) {
				f.touch(ctx)
				f.entry.Note = ctx.JSSrc().Get("value").String()
			}),
	)
}

func (f *logForm) saveRow() app.UI {
	class := "save-status"
	role := "status"
	if f.failed {
		class += " notice notice-danger"
		role = "alert"
	}
	// The bar sticks to the bottom of the screen, so that Save is one
	// tap from the top of the form: the time alone is a whole entry.
	return app.Div().ID("save-bar").Class("save-bar").Body(
		app.P().ID("save-status").Class(class).Role(role).Text(f.status),
		app.Div().Class("form-buttons").Body(
			app.Button().ID("log-save").Class("primary").Type("submit").Text("Save"),
			app.A().ID("log-cancel").Class("button-link quiet").Href("/diary").Text("Back to the diary"),
		),
	)
}

// read turns the typed fields into the entry to save, or says what to fix.
func (f *logForm) read() (diary.Entry, string) {
	e := f.entry
	at, err := time.ParseInLocation(whenLayout, f.when, time.Local)
	if err != nil {
		return e, "Please give the date and time of the cramp."
	}
	e.At = at
	e.Duration = 0
	if m := strings.TrimSpace(f.minutes); m != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", "."), 64)
		if err != nil || v < 0 || v*60 > diary.MaxDuration || math.IsNaN(v) {
			return e, "How long it lasted should be a number of minutes, such as 2 or 0.5."
		}
		e.Duration = int(math.Round(v * 60))
	}
	return e, ""
}

// onSubmit saves the entry at once, then the day note if it was touched.
// A failed save keeps everything in the form.
func (f *logForm) onSubmit(ctx app.Context, ev app.Event) {
	ev.PreventDefault()
	st, err := f.site.Diary.Open()
	if err != nil {
		f.status, f.failed = "Your diary cannot be opened: "+err.Error(), true
		return
	}
	e, problem := f.read()
	if problem != "" {
		f.status, f.failed = problem, true
		return
	}
	isNew := e.ID == ""
	saved, err := st.SaveEntry(e)
	if err != nil {
		f.status, f.failed = shell.SaveError(err), true
		return
	}
	if f.dayEdit {
		f.day.Date = saved.Night()
		if _, err := st.SaveContext(f.day); err != nil {
			f.entry = saved
			f.status, f.failed = "The cramp is saved, but the note about the day is not. "+shell.SaveError(err), true
			return
		}
		f.dayEdit = false
	}
	f.entry = saved
	f.settle(ctx)
	f.failed, f.saved = false, isNew
	f.status = "Saved: " + entryHeadline(f.site, saved) + "."
	if !isNew {
		f.status = "Changes saved."
	}
}
