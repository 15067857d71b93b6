package diarypages

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// checkInState is the diary's one-tap check-in for last night: "no
// cramps" makes a quiet night a logged one, and "I did my stretches" lets
// the diary compare nights before and after the habit began.
type checkInState struct {
	night  diary.Day
	cramps int
	stored diary.CheckIn
	status string
	failed bool
}

// load reads what is stored for last night; entries are the diary's,
// newest first.
func (c *checkInState) load(s *site.Site, st *diary.Store, entries []diary.Entry) {
	*c = checkInState{night: shell.LastNight(s.Diary.Now())}
	c.stored, _ = st.CheckInOf(c.night)
	c.cramps = shell.NightCramps(entries, c.night)
}

// card draws the check-in; a read-only diary has none, since it cannot
// be saved.
func (c *checkInState) card(p *diaryPage) app.UI {
	if p.snap.ReadOnly {
		return nil
	}
	return shell.CheckInCard(shell.CheckIn{
		IDPrefix: "checkin-", Night: c.night, Cramps: c.cramps, Stored: c.stored,
		Status: c.status, Failed: c.failed,
		OnNoCramps:  c.toggle(p, func(ci *diary.CheckIn) { ci.NoCramps = !ci.NoCramps }),
		OnStretched: c.toggle(p, func(ci *diary.CheckIn) { ci.Stretched = !ci.Stretched }),
	})
}

// toggle saves the check-in with one answer flipped, and redraws the
// charts from the diary as now stored.
func (c *checkInState) toggle(p *diaryPage, change func(*diary.CheckIn)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		next := c.stored
		change(&next)
		saved, err := shell.SaveCheckIn(p.site, c.night, next)
		if err != nil {
			c.status, c.failed = shell.CheckInError(err), true
			return
		}
		c.stored, c.status, c.failed = saved, shell.CheckInWording(saved, c.cramps), false
		p.refresh()
	}
}
