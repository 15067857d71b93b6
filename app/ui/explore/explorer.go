package explore

import (
	"fmt"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// explorer is the home screen: search, facet filters, the body map and the
// results. The URL holds the query, so a link shares the view and back and
// forward walk through it.
type explorer struct {
	app.Compo
	site    *site.Site
	query   kb.Query
	result  kb.Result
	groups  []kb.ResultGroup
	ignored []string
	// filtersOpen follows the filter sheet: closed on arrival on a phone,
	// where it would cover the answers (the chosen filters show as chips),
	// open on a wide screen (OnMount); then as the person leaves it.
	filtersOpen bool
	navigated   bool
	// showAll lifts the cap of firstResults cards, until the query changes.
	showAll bool
	// applying lists the causes the person's profile says apply to them;
	// hasProfile says whether this device holds a profile at all.
	applying   []string
	hasProfile bool
	// urlDue is when the typed text is written to the URL; zero when the
	// URL is up to date.
	urlDue time.Time
}

// urlDelay is how long typing must pause before the URL follows it:
// rewriting the history entry costs more than a whole keystroke's render.
const urlDelay = 250 * time.Millisecond

// firstResults is how many cards a query shows at first: a phone shows
// three or four on screen, and every card is drawn again on each keystroke.
const firstResults = 6

// OnInit reads the query before the first drawing, so that the wasm takes
// over the pre-rendered results without flashing others (see browser.PageURL).
func (e *explorer) OnInit() {
	if u := browser.PageURL(func(path string) bool { return path == site.HomePath }); u != nil {
		e.read(u)
	}
}

// wideScreen matches where the filters sit beside the results.
const wideScreen = "(min-width: 62.5rem)"

// OnMount opens the filters on a wide screen, where they are not a sheet
// over the results but a column beside them.
func (e *explorer) OnMount(ctx app.Context) {
	if browser.Matches(wideScreen) {
		e.filtersOpen = true
	}
}

// OnNav reads the query from the URL, on the server and in the browser.
func (e *explorer) OnNav(ctx app.Context) {
	e.read(ctx.Page().URL())
}

// read shows the query the address holds.
func (e *explorer) read(u *url.URL) {
	if e.site.KB == nil {
		return
	}
	q, ignored := e.site.KB.ParseQuery(u.Query())
	if !e.navigated {
		// The profile can only change on another screen, and coming back
		// makes a new explorer: one read per visit, none per filter tap.
		e.applying, e.hasProfile = applyingCauses(e.site)
		e.navigated = true
	}
	e.show(q)
	syncSearchField(q.Text)
	e.ignored = ignored
}

func (e *explorer) show(q kb.Query) {
	q.Applying = e.applying
	e.query = q
	// Every match, so that each group takes its best; only the first
	// firstResults cards are drawn (see resultGroups).
	e.result = e.site.KB.Search(q)
	e.groups = e.site.KB.Grouped(e.result)
}

// syncSearchField puts text in the search field when the query changes
// other than by typing (back, forward, clear); typing needs no sync. go-app renders an empty value
// by removing the attribute, which leaves the typed text in the field.
func syncSearchField(text string) {
	browser.SetInputValue("search", text)
}

// onType answers every keystroke. The URL follows once typing pauses or
// the field loses focus, by replacing the history entry, so that back goes
// to the previous filter choice, not the previous letter.
func (e *explorer) onType(ctx app.Context, ev app.Event) {
	// Besides the result, the page draws the notice of a strange URL, every
	// card after "Show all", and the Clear all button whenever there is
	// text: a keystroke may change those even when the result stays.
	before, hadText, hadExtras := e.result, e.query.Text != "", e.showAll || len(e.ignored) > 0
	e.showAll = false
	e.show(e.query.WithText(ctx.JSSrc().Get("value").String()))
	e.ignored = nil
	if !hadExtras && hadText == (e.query.Text != "") && before.Same(e.result) {
		// More of the same word: the page already shows this, and the field
		// shows the letter. Drawing it again would cost the whole keystroke.
		ctx.PreventUpdate()
	}
	if e.urlDue.IsZero() {
		ctx.After(urlDelay, e.writeURLWhenDue)
	}
	e.urlDue = time.Now().Add(urlDelay)
}

// writeURLWhenDue writes the typed text to the URL once typing has paused
// for urlDelay, without re-rendering.
func (e *explorer) writeURLWhenDue(ctx app.Context) {
	ctx.PreventUpdate()
	if wait := time.Until(e.urlDue); wait > 0 && !e.urlDue.IsZero() {
		ctx.After(wait, e.writeURLWhenDue)
		return
	}
	e.writeURL(ctx, app.Event{})
}

// writeURL puts a pending typed query into the URL at once: on leaving the
// field, before a tap can navigate away from the explorer.
func (e *explorer) writeURL(ctx app.Context, ev app.Event) {
	if e.urlDue.IsZero() {
		return
	}
	e.urlDue = time.Time{}
	browser.SetAddress(e.href(e.query))
}

// apply shows a new query and records it as a history entry.
func (e *explorer) apply(ctx app.Context, q kb.Query) {
	e.writeURL(ctx, app.Event{})
	e.showAll = false
	e.show(q)
	syncSearchField(q.Text)
	e.ignored = nil
	u := *ctx.Page().URL()
	u.RawQuery = q.Values().Encode()
	u.Fragment = ""
	ctx.NavigateTo(&u)
}

func (e *explorer) toggle(f kb.Facet, value string) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		e.apply(ctx, e.query.Toggle(f, value))
	}
}

func (e *explorer) clearAll(ctx app.Context, ev app.Event) {
	e.apply(ctx, kb.Query{})
}

// href is the relative URL of a query: it keeps the page's path, which
// matters under a static host's path prefix.
func (e *explorer) href(q kb.Query) string {
	if v := q.Values(); len(v) > 0 {
		return "?" + v.Encode()
	}
	return "?"
}

// Render draws the page. On a phone the first screen is the search field
// and the results: the filters, with the body map, open as a sheet over
// them; the way into the diary and the profile come after the results.
func (e *explorer) Render() app.UI {
	if e.site.KB == nil {
		return shell.Layout(e.site, "/")
	}
	return shell.Layout(e.site, "/",
		app.Div().Class("explorer").Body(
			app.Div().Class("explorer-head").Body(
				app.H1().Text("Night leg cramps"),
				ignoredNotice(e.ignored),
				e.mineEmptyNotice(),
				e.searchField(),
			),
			e.filters(),
			app.Div().Class("explorer-results").Body(
				e.notCovered(),
				app.Div().Class("result-head").Body(
					app.P().ID("result-count").Class("result-count").Aria("live", "polite").DataSet("count", e.result.Total).Text(countText(e.result.Total)),
					e.activeFilters(),
				),
				e.results(),
				// In the morning, a night without cramps is one tap too;
				// below the answers, which come first at any hour.
				&shell.MorningCheckIn{Site: e.site},
				e.appliesToMe(),
				shell.LogCrampLink(),
				app.P().Class("bedtime-entry").Body(
					app.A().ID("bedtime-home").Href(site.BedtimePath).Text(fmt.Sprintf("Bedtime stretches: about %d minutes", e.site.KB.RoutineMinutes())),
				),
			),
		),
	)
}

// searchField is the search box, labelled for screen readers; the
// placeholder shows what to type.
func (e *explorer) searchField() app.UI {
	return app.Div().Class("search").Body(
		app.Label().For("search").Class("visually-hidden").Text("Search causes and remedies"),
		app.Input().ID("search").Type("search").Value(shell.SafeAttr(e.query.Text)).
			Placeholder("Search: calf, magnesium, pregnancy…").AutoComplete(false).
			Attr("enterkeyhint", "search").Attr("spellcheck", "false").
			OnInput(e.onType).OnBlur(e.writeURL),
	)
}

// countText words the result count; the figure itself is in data-count,
// which the end-to-end tests read.
func countText(n int) string {
	switch n {
	case 0:
		return "No entries match"
	case 1:
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}

// results lists the matching entries in groups, as a person thinks of
// them, or says how to widen the search.
func (e *explorer) results() app.UI {
	if e.result.Total == 0 {
		return e.emptyState()
	}
	limit := firstResults
	if e.showAll {
		limit = e.result.Total
	}
	return app.Div().Body(
		app.Div().ID("results").Class("result-groups").Body(e.resultGroups(limit)...),
		app.If(limit < e.result.Total, func() app.UI {
			return app.Button().ID("show-all").Type("button").Class("show-all").
				Text(fmt.Sprintf("Show all %d entries", e.result.Total)).
				OnClick(e.showEverything)
		}),
	)
}

// showEverything lifts the cap on cards for the current query.
func (e *explorer) showEverything(ctx app.Context, ev app.Event) {
	e.showAll = true
	e.show(e.query)
}

func (e *explorer) emptyState() app.UI {
	tips := []app.UI{}
	if e.query.Text != "" {
		tips = append(tips, app.Li().Text("Try fewer or shorter words, such as “calf” or “magnesium”."))
	}
	if len(e.query.Values()) > 0 {
		tips = append(tips, app.Li().Text("Remove a filter: each filter narrows the list."))
	}
	return app.Div().ID("empty-state").Class("empty").Body(
		app.P().Text("Nothing matches all of that."),
		app.Ul().Body(tips...),
		app.Button().ID("clear-all-empty").Type("button").Text("Show everything").OnClick(e.clearAll),
	)
}

// ignoredNotice says which parts of a strange URL were left out.
func ignoredNotice(ignored []string) app.UI {
	if len(ignored) == 0 {
		return nil
	}
	return app.Div().ID("ignored-notice").Class("notice").Role("status").Body(
		app.P().Text("Some of the link was not understood and was left out:"),
		app.Ul().Body(app.Range(ignored).Slice(func(i int) app.UI { return app.Li().Text(ignored[i]) })),
		app.A().Href("/").Text("Start again from the full list"),
	)
}
