package profile

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// medicineList is the profile's list of medicines with their dates: the
// diary compares nights before and while each was taken, and the summary
// lists them for the doctor.
type medicineList struct {
	list   []diary.Medicine
	name   string // the name field as typed
	start  string // the start field, YYYY-MM-DD
	today  diary.Day
	status string
	failed bool
}

// load reads the list and resets the form to today.
func (m *medicineList) load(st *diary.Store, now time.Time) {
	today := diary.DayOf(now)
	*m = medicineList{list: st.Medicines(), today: today, start: today.String()}
}

// kbMedicines are the knowledge base's medicines: causes in the medicine
// category, suggested as the person types.
func kbMedicines(k *kb.KB) []*kb.Entry {
	var out []*kb.Entry
	for _, e := range k.Entries(kb.TypeCause) {
		if e.Category == "medicine" {
			out = append(out, e)
		}
	}
	return out
}

// kbIDOf is the knowledge-base medicine a typed name is, or "".
func kbIDOf(k *kb.KB, name string) string {
	for _, e := range kbMedicines(k) {
		if strings.EqualFold(strings.TrimSpace(name), e.Title) {
			return e.ID
		}
	}
	return ""
}

func (m *medicineList) render(s *site.Site) app.UI {
	suggestions := kbMedicines(s.KB)
	class, role := "save-status", "status"
	if m.failed {
		class, role = "save-status notice notice-danger", "alert"
	}
	return app.Section().ID("medicines").Class("medicines").Aria("labelledby", "medicines-heading").Body(
		app.H2().ID("medicines-heading").Text("Your medicines"),
		app.P().Class("muted").Text("Add a medicine with the day you started it, and the diary compares your nights before and after. The summary lists them for your doctor."),
		app.If(len(m.list) == 0, func() app.UI { return app.P().ID("medicines-none").Text("No medicines added.") }).
			Else(func() app.UI {
				return app.Ul().ID("medicine-list").Class("medicine-list").Body(app.Range(m.list).Slice(func(i int) app.UI {
					return m.item(s, m.list[i])
				}))
			}),
		app.Div().ID("medicine-add").Class("medicine-add").Body(
			app.Div().Class("field").Body(
				app.Label().For("medicine-name").Text("Medicine"),
				app.Input().ID("medicine-name").Type("text").List("medicine-suggestions").Attr("autocomplete", "off").
					Attr("maxlength", diary.MaxMedicineRunes).Value(m.name).
					OnInput(func(ctx app.Context, e app.Event) { m.name = ctx.JSSrc().Get("value").String() }),
				app.DataList().ID("medicine-suggestions").Body(app.Range(suggestions).Slice(func(i int) app.UI {
					return app.Option().Value(suggestions[i].Title)
				})),
			),
			app.Div().Class("field").Body(
				app.Label().For("medicine-start").Text("Started on"),
				app.Input().ID("medicine-start").Type("date").Value(m.start).
					OnChange(func(ctx app.Context, e app.Event) { m.start = ctx.JSSrc().Get("value").String() }),
			),
			app.Button().ID("medicine-save").Type("button").Text("Add the medicine").
				OnClick(func(ctx app.Context, e app.Event) { m.add(s) }),
		),
		app.P().ID("medicine-status").Class(class).Role(role).Text(m.status),
	)
}

func (m *medicineList) item(s *site.Site, med diary.Medicine) app.UI {
	return app.Li().Class("medicine").DataSet("id", med.ID).Body(
		app.Span().Class("medicine-name").Text(med.Name),
		app.Span().Class("medicine-dates").Text(" "+shell.MedicineDates(med)),
		app.Div().Class("form-buttons").Body(
			app.If(med.Stop == 0, func() app.UI {
				return app.Button().ID("medicine-stop-"+med.ID).Type("button").Class("quiet").
					Text("Stopped today").Aria("label", "I stopped "+med.Name+" today").
					OnClick(func(ctx app.Context, e app.Event) { m.stop(s, med.ID) })
			}),
			app.Button().ID("medicine-delete-"+med.ID).Type("button").Class("quiet").
				Text("Delete").Aria("label", "Delete "+med.Name+" from the list").
				OnClick(func(ctx app.Context, e app.Event) { m.remove(s, med.ID) }),
		),
	)
}

// add saves the typed medicine; the form keeps what was typed if it fails.
func (m *medicineList) add(s *site.Site) {
	start, err := diary.ParseDay(m.start)
	if err != nil {
		m.status, m.failed = "Please give the day you started it.", true
		return
	}
	saved, err := m.apply(s, func(st *diary.Store) (diary.Medicine, error) {
		return st.SaveMedicine(diary.Medicine{Name: m.name, KBID: kbIDOf(s.KB, m.name), Start: start})
	})
	if err == nil {
		m.status, m.name, m.start = "Added: "+saved.Name+", "+shell.MedicineDates(saved)+".", "", m.today.String()
		// go-app drops an empty value attribute rather than clear the
		// field, so the typed name is cleared on the element itself.
		browser.SetInputValue("medicine-name", "")
	}
}

// stop marks a medicine stopped today.
func (m *medicineList) stop(s *site.Site, id string) {
	saved, err := m.apply(s, func(st *diary.Store) (diary.Medicine, error) { return st.StopMedicine(id, m.today) })
	if err == nil {
		m.status = "Saved: " + saved.Name + ", " + shell.MedicineDates(saved) + "."
	}
}

// remove deletes a medicine from the list.
func (m *medicineList) remove(s *site.Site, id string) {
	_, err := m.apply(s, func(st *diary.Store) (diary.Medicine, error) { return diary.Medicine{}, st.DeleteMedicine(id) })
	if err == nil {
		m.status = "Deleted."
	}
}

// apply runs one change on the open diary and reads the list back, or
// words why it failed.
func (m *medicineList) apply(s *site.Site, change func(*diary.Store) (diary.Medicine, error)) (diary.Medicine, error) {
	st, err := s.Diary.Open()
	var saved diary.Medicine
	if err == nil {
		saved, err = change(st)
	}
	if err != nil {
		m.status, m.failed = shell.MedicineError(err), true
		return saved, err
	}
	m.list, m.failed = st.Medicines(), false
	return saved, nil
}
