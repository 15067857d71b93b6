package install

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// busyLoss says what a reload would lose, for the question the update
// banner asks: specific for the busy names the app uses, general otherwise.
func busyLoss(ctx app.Context) string {
	now := site.BusyWith(ctx)
	switch {
	case len(now) == 1 && now["timer"]:
		return "Reloading now would stop your timer."
	case len(now) == 1 && now["diary"]:
		return "Reloading now would lose the diary entry you have not saved."
	}
	return "Reloading now would stop what you are doing and lose anything not saved."
}
