package install

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// go-app v10 checks for a new version only when a page loads. People keep
// Nightcramp open for days on a phone, so the app also asks the service
// worker to look: at start, every updateEvery while the page is shown and
// online, and when it comes back into view. What it finds is offered by
// UpdateBanner; nothing here reloads anything.
const (
	updateEvery = 30 * time.Minute
	// updateGap spaces checks out: a phone woken ten times a night asks
	// once, not ten times.
	updateGap = 5 * time.Minute
)

// updateSchedule decides when a check is due. It is plain Go so that the
// policy is tested natively.
type updateSchedule struct {
	last time.Time
}

// due reports whether a check should run now and, if so, records it. able
// is false while the page is hidden or offline. force skips the gap, for the
// periodic timer, which is spaced already.
func (s *updateSchedule) due(now time.Time, able, force bool) bool {
	if !able || (!force && !s.last.IsZero() && now.Sub(s.last) < updateGap) {
		return false
	}
	s.last = now
	return true
}

// watchForUpdates starts the checks once for the life of the page, however
// many pages mount the banner. The timer and the event are the browser's
// own (setInterval, visibilitychange), so the checks run on the page's
// event loop with the rest of go-app.
func watchForUpdates(b *site.Background) {
	b.UpdateChecks.Do(func() {
		var schedule updateSchedule
		// Offline, a check can only fail (and log an error): skip it; the
		// next one comes soon enough.
		check := func(force bool) {
			if schedule.due(time.Now(), browser.Visible() && browser.Online(), force) {
				app.TryUpdate()
			}
		}
		check(false)
		browser.Every(int(updateEvery.Milliseconds()), func() { check(true) })
		browser.OnVisibilityChange(func() { check(false) })
	})
}
