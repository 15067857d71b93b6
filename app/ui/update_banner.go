package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// UpdateBanner says, calmly, that a new version is installed and ready, and
// offers the reload. It never reloads by itself.
type UpdateBanner struct {
	app.Compo
	ready bool
}

// OnMount picks up an update that arrived before this page was shown.
func (u *UpdateBanner) OnMount(ctx app.Context) {
	u.check(ctx)
}

// OnAppUpdate is called by go-app when a new service worker took over.
func (u *UpdateBanner) OnAppUpdate(ctx app.Context) {
	u.check(ctx)
}

// check confirms an update go-app reports. go-app also reports the very
// first install when the new worker claims the page; then the only cache is
// this page's own version, and there is nothing newer to offer.
func (u *UpdateBanner) check(ctx app.Context) {
	if !ctx.AppUpdateAvailable() {
		return
	}
	own := "app-" + app.Getenv("GOAPP_VERSION")
	app.Window().Get("caches").Call("keys").Then(func(keys app.Value) {
		newer := false
		for i := 0; i < keys.Length(); i++ {
			newer = newer || keys.Index(i).String() != own
		}
		ctx.Dispatch(func(ctx app.Context) { u.ready = newer })
	})
}

// Render draws the banner, or an empty live region while there is nothing
// to say, so that screen readers announce the banner when it appears.
func (u *UpdateBanner) Render() app.UI {
	region := app.Div().ID("update-banner").Class("update-banner").Role("status")
	if !u.ready {
		return region
	}
	return region.Body(
		app.Span().Text("A new version is ready."),
		app.Button().ID("update-reload").Type("button").Text("Reload").OnClick(u.reload),
	)
}

func (u *UpdateBanner) reload(ctx app.Context, e app.Event) {
	ctx.Reload()
}
