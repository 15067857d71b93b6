package install

import (
	"runtime"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// startIdleWork runs, once per page life and when the browser is first idle
// after start, the work that would otherwise fall on a person's first taps:
//   - reading the diary and sorting its entries, so that the Diary tab opens
//     at once (five years of entries take tens of milliseconds);
//   - building the knowledge base's text index (kb.KB.Prepare), left out of
//     the start so that the first screen comes sooner, before the first
//     keystroke needs it;
//   - collecting the garbage start-up left (about 11 MB). Go collects on the
//     page's only thread: left to itself, that collection fell on the fifth
//     keystroke of a search, 330 ms with the CPU slowed 4x.
//
// The first-aid guide is left alone: nothing may slow it down.
func startIdleWork(ctx app.Context, s *site.Site) {
	if strings.HasPrefix(browser.Path(), site.CrampNowPath) {
		return
	}
	s.Background.IdleWork.Do(func() {
		browser.WhenIdle(func() {
			// Dispatch, not Defer: go-app runs deferred work only after some
			// dispatch, which would be the tap on Diary itself.
			ctx.Dispatch(func(app.Context) {
				if st, _ := s.Diary.Open(); st != nil {
					st.Entries()
				}
				if s.KB != nil {
					s.KB.Prepare()
				}
				runtime.GC()
			})
		})
	})
}
