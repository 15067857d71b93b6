package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
)

// offlineIndicator says, without alarm, when the phone has no connection:
// everything in Nightcramp works without one. It follows the browser's own
// view of the connection (navigator.onLine and the online and offline
// events). It does not probe the network: a probe would cost requests, and
// being wrong about "online" costs nothing here, since the app never needs
// the network.
type offlineIndicator struct {
	app.Compo
	offline bool
	stops   []func()
}

// OnMount reads the connection state and follows its changes.
func (o *offlineIndicator) OnMount(ctx app.Context) {
	o.offline = !browser.Online()
	o.stops = []func(){
		browser.FollowWindow(ctx, "offline", func(app.Context) { o.offline = true }),
		browser.FollowWindow(ctx, "online", func(app.Context) { o.offline = false }),
	}
}

// OnDismount stops following the connection.
func (o *offlineIndicator) OnDismount() {
	for _, stop := range o.stops {
		stop()
	}
	o.stops = nil
}

// Render draws the notice, or an empty live region while online, so that
// screen readers hear the change without being interrupted.
func (o *offlineIndicator) Render() app.UI {
	region := app.Div().ID("offline-indicator").Class("offline-indicator").Aria("live", "polite")
	if !o.offline {
		return region
	}
	return region.Body(
		app.Span().Class("offline-dot").Aria("hidden", "true"),
		app.Span().Text("No connection. Everything here still works offline."),
	)
}
