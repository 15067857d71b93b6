package explore

import (
	"net/url"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/shell"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// entryPage shows one entry whole: what it is, what the articles claim next
// to what the evidence says, its grade, its sources and its links.
type entryPage struct {
	app.Compo
	site  *site.Site
	id    string
	entry *kb.Entry
}

// OnInit reads the entry from the address before the first drawing (see
// browser.PageURL).
func (p *entryPage) OnInit() {
	if u := browser.PageURL(func(path string) bool { return strings.HasPrefix(path, site.EntryPrefix) }); u != nil {
		p.read(u)
	}
}

// OnNav reads the entry id from the path.
func (p *entryPage) OnNav(ctx app.Context) {
	p.read(ctx.Page().URL())
	if p.entry != nil {
		ctx.Page().SetTitle(p.entry.Title + " · Nightcramp")
	}
}

// read finds the entry the path names.
func (p *entryPage) read(u *url.URL) {
	path := strings.TrimSuffix(u.Path, "/") // PATH/ is the same page
	p.id = path[strings.LastIndex(path, "/")+1:]
	p.entry = nil
	if p.site.KB != nil {
		p.entry, _ = p.site.KB.Entry(p.id)
	}
}

// Render draws the page.
func (p *entryPage) Render() app.UI {
	if p.entry == nil {
		return shell.Layout(p.site, "", p.notFound())
	}
	e, k := p.entry, p.site.KB
	return shell.Layout(p.site, "",
		app.Article().Class("entry").ID("entry-"+e.ID).Body(
			app.P().Class("card-meta").Body(
				app.Span().Class("type").Text(k.Label(kb.VocabType, string(e.Type))),
				shell.GradeBadge(k, e),
			),
			app.H1().Text(e.Title),
			notAdviceNotice(e),
			app.P().Class("lede").Text(e.Summary),
			routineLink(k, e),
			app.P().Text(e.Body),
			redFlagAction(k, e),
			claimsAndEvidence(k, e),
			gradeExplained(k, e),
			relatedList(k, e),
			shell.Citations(k, e.Sources),
			reviewedLine(e),
			redFlagNotice(),
		),
	)
}

func (p *entryPage) notFound() app.UI {
	return app.Div().ID("entry-not-found").Class("notice").Body(
		app.H1().Text("No such entry"),
		app.P().Text("This link points to an entry that does not exist (it may have been renamed)."),
		app.A().Href("/").Text("Search all causes and remedies"),
	)
}

// notAdviceNotice marks a claim the evidence does not back, so that it can
// never be read as advice.
func notAdviceNotice(e *kb.Entry) app.UI {
	if e.Type != kb.TypeRemedy || e.IsAdvice() {
		return nil
	}
	text := "Not advised: the evidence does not support this."
	switch e.Grade {
	case kb.GradeContradicted:
		text = "Not advised: better evidence contradicts this claim."
	case kb.GradeHarmful:
		text = "Not advised: the risk of harm outweighs any benefit."
	}
	return app.P().ID("not-advice").Class("notice notice-danger").Role("note").Text(text)
}

func redFlagAction(k *kb.KB, e *kb.Entry) app.UI {
	if e.Type != kb.TypeRedFlag {
		return nil
	}
	return app.Div().Class("notice notice-danger").Body(
		app.P().Class("urgency").Text(k.Label(kb.VocabUrgency, string(e.Urgency))),
		app.P().Text(e.Action),
	)
}

// claimsAndEvidence sets what the articles say beside what the evidence
// says, where the entry has either.
func claimsAndEvidence(k *kb.KB, e *kb.Entry) app.UI {
	if len(e.ArticleClaims) == 0 && e.Evidence == "" {
		return nil
	}
	return app.Section().Class("compare").Aria("label", "The article and the evidence").Body(
		app.If(len(e.ArticleClaims) > 0, func() app.UI {
			return app.Div().Class("compare-side claim").Body(
				app.H2().Text("What the article says"),
				app.Range(e.ArticleClaims).Slice(func(i int) app.UI {
					c := e.ArticleClaims[i]
					return app.Blockquote().Body(
						app.P().Text(c.Claim),
						app.P().Class("cite").Body(app.Text("— "), shell.SourceLink(k, c.Source)),
					)
				}),
			)
		}),
		app.If(e.Evidence != "", func() app.UI {
			return app.Div().Class("compare-side evidence").Body(
				app.H2().Text("What the evidence says"),
				app.P().Text(e.Evidence),
			)
		}),
	)
}

func gradeExplained(k *kb.KB, e *kb.Entry) app.UI {
	if e.Grade == "" {
		return nil
	}
	term, _ := k.Term(kb.VocabGrade, string(e.Grade))
	return app.Section().Class("grade").Body(
		app.H2().Text("Evidence grade: "+term.Label),
		app.P().Text(term.Description),
		app.A().Href("/sources#grades").Text("How grades work"),
	)
}

// relatedList links the entry to its causes or remedies, both ways, each
// with the reason for the link.
func relatedList(k *kb.KB, e *kb.Entry) app.UI {
	related := k.Related(e.ID)
	if len(related) == 0 {
		return nil
	}
	heading := "Related"
	switch e.Type {
	case kb.TypeCause:
		heading = "What may help"
	case kb.TypeRemedy:
		heading = "What it addresses"
	}
	return app.Section().Class("related").Body(
		app.H2().Text(heading),
		app.Ul().ID("related").Body(app.Range(related).Slice(func(i int) app.UI {
			r := related[i]
			return app.Li().DataSet("id", r.Entry.ID).Body(
				app.A().Href(site.EntryPrefix+r.Entry.ID).Text(r.Entry.Title),
				app.Text(" "),
				shell.GradeBadge(k, r.Entry),
				app.P().Class("reason").Text(r.Reason),
			)
		})),
	)
}

// reviewedLine says when the entry was last clinically reviewed, as NHS
// pages do, e.g. "Last reviewed 7 December 2026".
func reviewedLine(e *kb.Entry) app.UI {
	if e.Reviewed == "" {
		return nil
	}
	text := e.Reviewed
	if d, err := time.Parse("2006-01-02", e.Reviewed); err == nil {
		text = d.Format("2 January 2006")
	}
	return app.P().ID("entry-reviewed").Class("reviewed").Body(
		app.Text("Last reviewed "),
		app.Time().DateTime("%s", e.Reviewed).Text(text),
	)
}

// redFlagNotice keeps the way to urgent help on every entry.
func redFlagNotice() app.UI {
	return app.Aside().Class("notice red-flag-notice").Aria("label", "When to get help").Body(
		app.P().Text("One leg swollen, warm, red or dark, chest pain or trouble breathing? Get help now."),
		app.A().Href("/red-flags").Text("When to get help"),
	)
}

// routineLink offers the bedtime routine, to do rather than read, on the
// pages of its steps and of the remedy they belong to.
func routineLink(k *kb.KB, e *kb.Entry) app.UI {
	offer := e.Type == kb.TypeRoutine
	for _, r := range k.Related(e.ID) {
		offer = offer || (e.Type == kb.TypeRemedy && r.Entry.Type == kb.TypeRoutine)
	}
	if !offer {
		return nil
	}
	return app.P().Body(app.A().ID("start-routine").Class("routine-link").Href(site.BedtimePath).
		Text("Start the bedtime routine"))
}
