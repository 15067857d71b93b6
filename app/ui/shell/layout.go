package shell

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/install"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Layout wraps a screen in the shared frame: skip link, header with the
// navigation and the always-visible way to help, main content, footer.
// current is the path of the screen, marked in the navigation.
func Layout(s *site.Site, current string, content ...app.UI) app.UI {
	if s.LoadErr != nil {
		content = []app.UI{loadFailed(s.LoadErr)}
	}
	return app.Div().Class("layout").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to content"),
		&topBar{Current: current, site: s},
		install.Banner(s),
		&offlineIndicator{},
		app.Main().ID("main").TabIndex(-1).Body(content...),
		// The install offer appears when the browser decides the app can be
		// installed, often after the page is drawn: below the content it
		// never pushes what a person is about to tap.
		install.Offer(),
		&siteFooter{},
	)
}

// loadFailed replaces a page when the knowledge base could not load: the
// build checks the data, so this says what happened rather than nothing.
func loadFailed(err error) app.UI {
	return app.Div().Class("notice notice-danger").Role("alert").Body(
		app.H1().Text("The knowledge base could not load"),
		app.P().Text(err.Error()),
		app.P().Text("If a leg is swollen, warm, red or dark, or you have chest pain or trouble breathing, get urgent help."),
	)
}
