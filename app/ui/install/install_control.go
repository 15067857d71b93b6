package install

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
)

// Offer is the install offer of a page.
func Offer() app.UI { return &installControl{} }

// installControl offers to put Nightcramp on the home screen, and only when
// that can happen: an Install button while the browser offers installation
// (Chromium's beforeinstallprompt, through go-app), or, on iPhone and iPad,
// where there is no prompt, a button that shows how (installSheet). Inside
// the installed app it shows nothing.
type installControl struct {
	app.Compo
	offered bool // the browser holds an install prompt
	iOS     bool // an iPhone or iPad browser, not installed
	// asked hides the button once its prompt was shown: a prompt serves
	// once. If the person dismissed it, the button returns when the browser
	// offers again.
	asked     bool
	sheetOpen bool
	stop      func()
}

// standaloneQuery matches when the page runs as the installed app.
const standaloneQuery = "(display-mode: standalone)"

// OnMount reads what the browser offers and follows the display mode, which
// changes when the page is opened as the installed app.
func (c *installControl) OnMount(ctx app.Context) {
	c.refresh(ctx)
	c.stop = browser.FollowMedia(ctx, standaloneQuery, c.refresh)
}

// OnDismount stops following the display mode.
func (c *installControl) OnDismount() {
	if c.stop != nil {
		c.stop()
	}
}

// OnAppInstallChange is called by go-app when the browser offers a prompt
// or the app was installed.
func (c *installControl) OnAppInstallChange(ctx app.Context) {
	c.asked = false
	c.refresh(ctx)
}

func (c *installControl) refresh(ctx app.Context) {
	installed := isInstalled()
	// go-app calls every Apple browser installable, prompt or not: the
	// prompt is Chromium's alone.
	c.offered = !installed && !ctx.IsAppleBrowser() && ctx.IsAppInstallable()
	c.iOS = !installed && isIOSBrowser()
}

// isInstalled reports whether the page runs as the installed app: the
// standalone display mode, or iOS's own flag for home-screen apps.
func isInstalled() bool {
	return browser.HomeScreenApp() || browser.Matches(standaloneQuery)
}

// isIOSBrowser reports an iPhone or iPad, where installing is Safari's
// Share menu, then Add to Home Screen.
func isIOSBrowser() bool { return browser.IOS() }

// Render draws the offer, a landmark of its own beside the main content, or
// an empty box when there is none.
func (c *installControl) Render() app.UI {
	box := app.Aside().ID("install").Class("install-offer").Aria("label", "Install Nightcramp")
	switch {
	case c.offered && !c.asked:
		return box.Body(
			app.P().Text("Keep Nightcramp on your home screen: it opens at once, even with no signal."),
			app.Button().ID("install-button").Type("button").Text("Install").OnClick(c.install),
		)
	case c.iOS:
		return box.Body(
			app.P().Text("Keep Nightcramp on your home screen: it opens at once, even with no signal."),
			app.Button().ID("install-how").Type("button").Class("quiet").
				Aria("expanded", strconv.FormatBool(c.sheetOpen)).Aria("controls", "install-sheet").
				Text("How to add it").OnClick(c.toggleSheet),
			app.If(c.sheetOpen, func() app.UI { return installSheet(c.toggleSheet) }),
		)
	}
	return app.Div().ID("install")
}

func (c *installControl) install(ctx app.Context, e app.Event) {
	ctx.ShowAppInstallPrompt()
	c.asked = true
}

func (c *installControl) toggleSheet(ctx app.Context, e app.Event) {
	c.sheetOpen = !c.sheetOpen
}
