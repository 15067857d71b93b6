package shell

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// morningSite is a site over a diary in memory whose clock says at.
func morningSite(t *testing.T, at time.Time) (*site.Site, *diary.MemStorage) {
	mem := diary.NewMemStorage()
	return site.NewWith(uitest.KB(t), func() (diary.Storage, error) { return mem, nil }, func() time.Time { return at }), mem
}

func TestLastNightIsTheNightJustEnded(t *testing.T) {
	mon := diary.Date(2026, 3, 9)
	for _, at := range []time.Time{
		time.Date(2026, 3, 10, 3, 10, 0, 0, time.Local),  // woken in the night
		time.Date(2026, 3, 10, 8, 0, 0, 0, time.Local),   // the morning after
		time.Date(2026, 3, 10, 11, 59, 0, 0, time.Local), // just before noon
		time.Date(2026, 3, 10, 22, 0, 0, 0, time.Local),  // Tuesday evening, not yet asleep
	} {
		if got := LastNight(at); got != mon {
			t.Errorf("%s: last night is %s, want %s", at.Format("Mon 15:04"), got, mon)
		}
	}
	if got := LastNight(time.Date(2026, 3, 9, 23, 30, 0, 0, time.Local)); got != mon-1 {
		t.Errorf("in bed on Monday, last night is %s, want Sunday's", got)
	}
	if got := LastNight(time.Date(2026, 3, 11, 0, 30, 0, 0, time.Local)); got != mon+1 {
		t.Errorf("after midnight on Wednesday, last night is %s, want Tuesday's", got)
	}
}

func TestTheMorningCheckInAsksOnlyInTheMorning(t *testing.T) {
	for _, c := range []struct {
		hour  int
		shown bool
	}{{3, false}, {4, true}, {8, true}, {11, true}, {12, false}, {20, false}} {
		s, _ := morningSite(t, time.Date(2026, 3, 10, c.hour, 0, 0, 0, time.Local))
		m := &MorningCheckIn{Site: s}
		m.Load(uitest.Context(t))
		doc := uitest.Render(t, m)
		if got := doc.ByID("morning-no-cramps") != nil; got != c.shown {
			t.Errorf("at %02d:00 the check-in shows: %t, want %t", c.hour, got, c.shown)
		}
	}
}

func TestTheMorningCheckInSavesANightWithoutCramps(t *testing.T) {
	s, _ := morningSite(t, time.Date(2026, 3, 10, 8, 0, 0, 0, time.Local))
	m := &MorningCheckIn{Site: s}
	ctx := uitest.Context(t)
	m.Load(ctx)
	doc := uitest.Render(t, m)
	if h := doc.MustID(t, "morning-heading").Text(); h != "Last night, Mon 9 Mar" {
		t.Errorf("heading %q", h)
	}
	noEvent := app.Event{Value: app.ValueOf(nil)}
	m.toggle(func(c *diary.CheckIn) { c.NoCramps = !c.NoCramps })(ctx, noEvent)
	m.toggle(func(c *diary.CheckIn) { c.Stretched = !c.Stretched })(ctx, noEvent)
	st, _ := s.Diary.Open()
	if c, ok := st.CheckInOf(diary.Date(2026, 3, 9)); !ok || !c.NoCramps || !c.Stretched {
		t.Fatalf("stored %+v %t", c, ok)
	}
	doc = uitest.Render(t, m)
	if !pressed(doc.MustID(t, "morning-no-cramps")) || !pressed(doc.MustID(t, "morning-stretched")) {
		t.Errorf("the saved answers are not shown pressed: %v %v", doc.MustID(t, "morning-no-cramps").Attrs, doc.MustID(t, "morning-stretched").Attrs)
	}
	if got := doc.MustID(t, "morning-status").Text(); got != "Saved: no cramps, and you stretched." {
		t.Errorf("status %q", got)
	}
	// The next visit has nothing to ask: the night is logged.
	again := &MorningCheckIn{Site: s}
	again.Load(ctx)
	if doc := uitest.Render(t, again); doc.ByID("morning-card") != nil {
		t.Error("a logged night is asked about again")
	}
}

func TestTheMorningCheckInSkipsANightWithCramps(t *testing.T) {
	s, _ := morningSite(t, time.Date(2026, 3, 10, 8, 0, 0, 0, time.Local))
	st, _ := s.Diary.Open()
	if _, err := st.SaveEntry(diary.NewEntry(time.Date(2026, 3, 10, 2, 0, 0, 0, time.Local))); err != nil {
		t.Fatal(err)
	}
	m := &MorningCheckIn{Site: s}
	m.Load(uitest.Context(t))
	if doc := uitest.Render(t, m); doc.ByID("morning-card") != nil {
		t.Error("a night with a cramp logged is asked about")
	}
}

func TestTheMorningCheckInSaysWhyItDidNotSave(t *testing.T) {
	s, mem := morningSite(t, time.Date(2026, 3, 10, 8, 0, 0, 0, time.Local))
	m := &MorningCheckIn{Site: s}
	ctx := uitest.Context(t)
	m.Load(ctx)
	mem.QuotaBytes = 1
	m.toggle(func(c *diary.CheckIn) { c.NoCramps = true })(ctx, app.Event{Value: app.ValueOf(nil)})
	doc := uitest.Render(t, m)
	status := doc.MustID(t, "morning-status")
	if status.Attrs["role"] != "alert" || !strings.Contains(status.Text(), "full") {
		t.Errorf("status %v %q", status.Attrs, status.Text())
	}
	if pressed(doc.MustID(t, "morning-no-cramps")) {
		t.Error("an unsaved answer shows pressed")
	}
}

// pressed reads aria-pressed as the server writes it: a true value is a
// bare attribute.
func pressed(n *uitest.Node) bool {
	v := n.Attrs["aria-pressed"]
	return v == "true" || v == "aria-pressed"
}

func TestCheckInWordingSaysWhatIsStored(t *testing.T) {
	for _, c := range []struct {
		in     diary.CheckIn
		cramps int
		want   string
	}{
		{diary.CheckIn{NoCramps: true, Stretched: true}, 0, "Saved: no cramps, and you stretched."},
		{diary.CheckIn{NoCramps: true}, 0, "Saved: a night without cramps."},
		{diary.CheckIn{Stretched: true}, 2, "Saved: you stretched."},
		{diary.CheckIn{Stretched: true}, 0, "Saved: you stretched. Tap “No cramps last night” too if none woke you."},
		{diary.CheckIn{}, 0, "Cleared for that night."},
	} {
		if got := CheckInWording(c.in, c.cramps); got != c.want {
			t.Errorf("%+v with %d cramps: %q, want %q", c.in, c.cramps, got, c.want)
		}
	}
}
