package shell

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// LastNight is the night a morning check-in is about: the latest night
// that has ended, or is ending. Twelve hours back from now lands inside it
// whether the person checks in at 3 a.m., 8 a.m. or late that evening.
func LastNight(now time.Time) diary.Day {
	return diary.NightOf(now.Add(-12 * time.Hour))
}

// CheckIn is what a check-in card shows: the night, what is already
// stored for it, and the handlers of its two buttons.
type CheckIn struct {
	IDPrefix    string // "checkin-" on the diary, "morning-" on the home page
	Night       diary.Day
	Cramps      int // cramps logged for the night
	Stored      diary.CheckIn
	Status      string // what the last tap did, or why it failed
	Failed      bool
	OnNoCramps  app.EventHandler
	OnStretched app.EventHandler
}

// CheckInCard draws the one-tap check-in for a night: "No cramps last
// night" (left out once cramps are logged for it: the night is logged
// already) and "I did my stretches". Each is a toggle, pressed when stored.
func CheckInCard(c CheckIn) app.UI {
	class, role := "save-status", "status"
	if c.Failed {
		class, role = "save-status notice notice-danger", "alert"
	}
	return app.Section().ID(c.IDPrefix+"card").Class("check-in").Aria("labelledby", c.IDPrefix+"heading").Body(
		app.H2().ID(c.IDPrefix+"heading").Text("Last night, "+c.Night.Time().Format("Mon 2 Jan")),
		app.Div().Class("check-in-buttons").Body(
			app.If(c.Cramps > 0, func() app.UI {
				return app.P().ID(c.IDPrefix + "cramps").Class("check-in-logged").Text(crampsLogged(c.Cramps))
			}).Else(func() app.UI {
				return checkInButton(c.IDPrefix+"no-cramps", "No cramps last night", c.Stored.NoCramps, c.OnNoCramps)
			}),
			checkInButton(c.IDPrefix+"stretched", "I did my stretches", c.Stored.Stretched, c.OnStretched),
		),
		app.P().ID(c.IDPrefix+"status").Class(class).Role(role).Text(c.Status),
	)
}

func crampsLogged(n int) string {
	if n == 1 {
		return "1 cramp logged"
	}
	return strconv.Itoa(n) + " cramps logged"
}

func checkInButton(id, label string, pressed bool, onClick app.EventHandler) app.UI {
	return app.Button().ID(id).Type("button").Class("check-in-button").Aria("pressed", strconv.FormatBool(pressed)).
		Text(label).OnClick(onClick)
}

// CheckInWording says what a saved check-in now records, in a few words.
func CheckInWording(c diary.CheckIn, cramps int) string {
	switch {
	case c.NoCramps && c.Stretched:
		return "Saved: no cramps, and you stretched."
	case c.NoCramps:
		return "Saved: a night without cramps."
	case c.Stretched && cramps > 0:
		return "Saved: you stretched."
	case c.Stretched:
		return "Saved: you stretched. Tap “No cramps last night” too if none woke you."
	}
	return "Cleared for that night."
}

// MorningCheckIn is the home page's check-in: shown in the morning (from
// 04:00 to noon) while last night is not yet logged, so that a night
// without cramps is one tap too. It opens the diary after the page's first
// paint, so the home page is never slower to show.
type MorningCheckIn struct {
	app.Compo
	Site *site.Site

	opened  bool
	night   diary.Day
	cramps  int
	stored  diary.CheckIn
	touched bool // tapped in this visit: stays shown to say it is saved
	status  string
	failed  bool
}

// morningFrom and morningTo are the hours the home page asks.
const morningFrom, morningTo = 4, 12

// OnMount opens the diary once the page is painted.
func (m *MorningCheckIn) OnMount(ctx app.Context) {
	browser.AfterPaint(ctx, m.Load)
}

// Load reads last night from the diary; apart from OnMount so that native
// tests can run it.
func (m *MorningCheckIn) Load(ctx app.Context) {
	now := m.Site.Diary.Now()
	if h := now.Hour(); h < morningFrom || h >= morningTo {
		return
	}
	st, err := m.Site.Diary.Open()
	if err != nil || st == nil {
		return
	}
	snap := st.Snapshot()
	if snap.ReadOnly {
		return
	}
	m.night = LastNight(now)
	m.stored, _ = st.CheckInOf(m.night)
	m.cramps = NightCramps(snap.Entries, m.night)
	m.opened = true
}

// NightCramps counts the entries of one night; entries are newest first,
// as a diary snapshot holds them, so the walk stops at the first older one.
func NightCramps(entries []diary.Entry, night diary.Day) int {
	n := 0
	for _, e := range entries {
		d := e.Night()
		if d < night {
			break
		}
		if d == night {
			n++
		}
	}
	return n
}

// Render draws the card, or nothing when there is nothing to ask.
func (m *MorningCheckIn) Render() app.UI {
	logged := m.cramps > 0 || m.stored.NoCramps
	if !m.opened || logged && !m.touched {
		return app.Div().ID("morning-check-in").Class("morning-check-in-empty")
	}
	return app.Div().ID("morning-check-in").Body(CheckInCard(CheckIn{
		IDPrefix: "morning-", Night: m.night, Cramps: m.cramps, Stored: m.stored,
		Status: m.status, Failed: m.failed,
		OnNoCramps:  m.toggle(func(c *diary.CheckIn) { c.NoCramps = !c.NoCramps }),
		OnStretched: m.toggle(func(c *diary.CheckIn) { c.Stretched = !c.Stretched }),
	}))
}

func (m *MorningCheckIn) toggle(change func(*diary.CheckIn)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		m.touched = true
		next := m.stored
		change(&next)
		saved, err := SaveCheckIn(m.Site, m.night, next)
		if err != nil {
			m.status, m.failed = err.Error(), true
			return
		}
		m.stored, m.status, m.failed = saved, CheckInWording(saved, m.cramps), false
	}
}

// SaveCheckIn stores a night's check-in through the site's diary.
func SaveCheckIn(s *site.Site, night diary.Day, c diary.CheckIn) (diary.CheckIn, error) {
	st, err := s.Diary.Open()
	if err != nil {
		return diary.CheckIn{}, err
	}
	return st.CheckIn(night, c)
}
