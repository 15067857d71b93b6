package install

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Banner is the update banner of a page, which also starts the page's
// background work.
func Banner(s *site.Site) app.UI { return &updateBanner{site: s} }

// updateBanner says, calmly, that a new version is installed and ready, and
// offers the reload. It never reloads by itself, and while the person is in
// the middle of something (see SetBusy) it asks before reloading.
type updateBanner struct {
	app.Compo
	// site is what the page's background work reads.
	site  *site.Site
	ready bool
	// asking is true while the banner asks whether to reload anyway, and
	// loss says what reloading would lose.
	asking bool
	loss   string
}

// OnMount starts the page's background work (the periodic update checks,
// and startIdleWork) and picks up an update that arrived before this page
// was shown. The banner is on every screen, so it starts it.
func (u *updateBanner) OnMount(ctx app.Context) {
	watchForUpdates(u.site.Background)
	startIdleWork(ctx, u.site)
	u.check(ctx)
}

// OnAppUpdate is called by go-app when a new service worker took over.
func (u *updateBanner) OnAppUpdate(ctx app.Context) {
	u.check(ctx)
}

// check confirms an update go-app reports. go-app also reports the very
// first install when the new worker claims the page; then the only cache is
// this page's own version, and there is nothing newer to offer.
func (u *updateBanner) check(ctx app.Context) {
	if !ctx.AppUpdateAvailable() {
		return
	}
	own := "app-" + app.Getenv("GOAPP_VERSION")
	browser.CacheNames(func(names []string) {
		newer := false
		for _, name := range names {
			newer = newer || name != own
		}
		ctx.Dispatch(func(ctx app.Context) { u.ready = newer })
	})
}

// Render draws the banner, or an empty live region while there is nothing
// to say, so that screen readers announce the banner when it appears.
func (u *updateBanner) Render() app.UI {
	region := app.Div().ID("update-banner").Class("update-banner").Role("status")
	switch {
	case !u.ready:
		return region
	case u.asking:
		return region.Body(
			app.Span().ID("update-busy").Text(u.loss+" Reload when you are done."),
			app.Div().Class("update-actions").Body(
				app.Button().ID("update-later").Type("button").Class("quiet").Text("Not now").OnClick(u.later),
				app.Button().ID("update-reload-anyway").Type("button").Text("Reload anyway").OnClick(u.reloadNow),
			),
		)
	}
	return region.Body(
		app.Span().Text("A new version is ready."),
		app.Button().ID("update-reload").Type("button").Text("Reload").OnClick(u.reload),
	)
}

// reload reloads at once, unless something is under way: then it asks.
func (u *updateBanner) reload(ctx app.Context, e app.Event) {
	if site.IsBusy(ctx) {
		u.asking, u.loss = true, busyLoss(ctx)
		return
	}
	ctx.Reload()
}

func (u *updateBanner) later(ctx app.Context, e app.Event) {
	u.asking = false
}

func (u *updateBanner) reloadNow(ctx app.Context, e app.Event) {
	ctx.Reload()
}
