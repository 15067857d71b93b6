package explore

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// entryAt is an entry page that has read the address raw.
func entryAt(t *testing.T, s *site.Site, raw string) *entryPage {
	t.Helper()
	p := &entryPage{site: s}
	p.read(uitest.URL(t, raw))
	return p
}

// Every entry's page shows it whole, as the knowledge base holds it. The
// kinds are drawn in parallel: the server draws pages for many requests at
// once over one knowledge base, and the race detector watches.
func TestEveryEntryPageShowsItsEntry(t *testing.T) {
	k := uitest.KB(t)
	s := uitest.Site(t, diary.NewMemStorage())
	if entries := uitest.AllEntries(k); len(entries) != k.Len() {
		t.Fatalf("%d entries listed, the knowledge base has %d", len(entries), k.Len())
	}
	for _, typ := range []kb.EntryType{kb.TypeCause, kb.TypeRemedy, kb.TypeFirstAid, kb.TypeRedFlag, kb.TypeMimic, kb.TypeMuscle, kb.TypeRoutine} {
		t.Run(string(typ), func(t *testing.T) {
			t.Parallel()
			for _, e := range k.Entries(typ) {
				expectEntryPage(t, k, e, render(t, entryAt(t, s, site.EntryPath(e.ID))))
			}
		})
	}
}

// expectEntryPage checks one entry's page against the knowledge base.
func expectEntryPage(t *testing.T, k *kb.KB, e *kb.Entry, page *uitest.Node) {
	t.Helper()
	article := page.ByID("entry-" + e.ID)
	if article == nil {
		t.Errorf("%s: no article", e.ID)
		return
	}
	if h := article.Tagged("h1"); len(h) != 1 || h[0].Text() != squash(e.Title) {
		t.Errorf("%s: heading %v, want %q", e.ID, h, e.Title)
	}
	if lede := article.WithClass("lede"); len(lede) != 1 || lede[0].Text() != squash(e.Summary) {
		t.Errorf("%s: the summary is not the lede", e.ID)
	}
	if kind := article.WithClass("type")[0].Text(); kind != k.Label(kb.VocabType, string(e.Type)) {
		t.Errorf("%s: kind %q", e.ID, kind)
	}
	expectRelated(t, k, e, article)
	expectSources(t, k, e, article)
	expectReviewed(t, e, page)
	expectNotAdvice(t, e, page)
	expectGrade(t, k, e, article)
	if (len(article.WithClass("urgency")) > 0) != (e.Type == kb.TypeRedFlag) {
		t.Errorf("%s: urgency shown %t", e.ID, len(article.WithClass("urgency")) > 0)
	}
	if e.Type == kb.TypeRedFlag && !strings.Contains(article.Text(), squash(e.Action)) {
		t.Errorf("%s: the red flag does not say what to do", e.ID)
	}
	claims := article.WithClass("claim")
	if (len(claims) > 0) != (len(e.ArticleClaims) > 0) || (len(claims) > 0 && len(claims[0].Tagged("blockquote")) != len(e.ArticleClaims)) {
		t.Errorf("%s: %d article claims drawn, the entry has %d", e.ID, len(claims), len(e.ArticleClaims))
	}
	if (len(article.WithClass("evidence")) > 0) != (e.Evidence != "") {
		t.Errorf("%s: evidence shown %t", e.ID, len(article.WithClass("evidence")) > 0)
	}
	help := article.WithClass("red-flag-notice")
	if len(help) != 1 || len(help[0].Find(func(n *uitest.Node) bool { return n.Attrs["href"] == site.RedFlagsPath })) != 1 {
		t.Errorf("%s: no way to urgent help", e.ID)
	}
}

func expectRelated(t *testing.T, k *kb.KB, e *kb.Entry, article *uitest.Node) {
	t.Helper()
	related := k.Related(e.ID)
	list := article.ByID("related")
	if len(related) == 0 {
		if list != nil {
			t.Errorf("%s: a related list with nothing related", e.ID)
		}
		return
	}
	if list == nil {
		t.Errorf("%s: no related list for %d relations", e.ID, len(related))
		return
	}
	var want []string
	for _, r := range related {
		want = append(want, r.Entry.ID)
	}
	if got := list.DataIDs(); !slices.Equal(got, want) {
		t.Errorf("%s links to %v, the query API says %v", e.ID, got, want)
	}
	for i, li := range list.Tagged("li") {
		if href := li.Tagged("a")[0].Attrs["href"]; href != site.EntryPath(related[i].Entry.ID) {
			t.Errorf("%s: related %s opens %q", e.ID, related[i].Entry.ID, href)
		}
		if reason := li.WithClass("reason")[0].Text(); reason != squash(related[i].Reason) {
			t.Errorf("%s: related %s says %q, want %q", e.ID, related[i].Entry.ID, reason, related[i].Reason)
		}
	}
}

func expectSources(t *testing.T, k *kb.KB, e *kb.Entry, article *uitest.Node) {
	t.Helper()
	sections := article.WithClass("sources")
	known := 0
	for _, id := range e.Sources {
		if _, ok := k.Source(id); ok {
			known++
		}
	}
	if len(e.Sources) == 0 {
		if len(sections) > 0 {
			t.Errorf("%s: a sources section without sources", e.ID)
		}
		return
	}
	if len(sections) != 1 || len(sections[0].Tagged("li")) != known {
		t.Errorf("%s: sources drawn wrong, want %d citations", e.ID, known)
	}
}

func expectReviewed(t *testing.T, e *kb.Entry, page *uitest.Node) {
	t.Helper()
	p := page.ByID("entry-reviewed")
	if e.Reviewed == "" {
		if p != nil {
			t.Errorf("%s: a review date it does not have", e.ID)
		}
		return
	}
	d, err := time.Parse("2006-01-02", e.Reviewed)
	if err != nil {
		t.Errorf("%s: review date %q: %v", e.ID, e.Reviewed, err)
		return
	}
	if p == nil || p.Text() != "Last reviewed "+d.Format("2 January 2006") || p.Tagged("time")[0].Attrs["datetime"] != e.Reviewed {
		t.Errorf("%s: the review line does not say %s", e.ID, e.Reviewed)
	}
}

func expectNotAdvice(t *testing.T, e *kb.Entry, page *uitest.Node) {
	t.Helper()
	notice := page.ByID("not-advice")
	if want := e.Type == kb.TypeRemedy && !e.IsAdvice(); (notice != nil) != want {
		t.Errorf("%s (%s, %s): not-advice notice %t, want %t", e.ID, e.Type, e.Grade, notice != nil, want)
	}
	if notice != nil && (notice.Attrs["role"] != "note" || !strings.HasPrefix(notice.Text(), "Not advised")) {
		t.Errorf("%s: the notice reads %q", e.ID, notice.Text())
	}
}

func expectGrade(t *testing.T, k *kb.KB, e *kb.Entry, article *uitest.Node) {
	t.Helper()
	grade := article.WithClass("grade")
	if e.Grade == "" {
		if len(grade) > 0 {
			t.Errorf("%s: a grade it does not have", e.ID)
		}
		return
	}
	term, _ := k.Term(kb.VocabGrade, string(e.Grade))
	if len(grade) != 1 || grade[0].Tagged("h2")[0].Text() != "Evidence grade: "+term.Label {
		t.Errorf("%s: the grade is not explained as %q", e.ID, term.Label)
		return
	}
	if !strings.Contains(grade[0].Text(), squash(term.Description)) {
		t.Errorf("%s: the grade's meaning is missing", e.ID)
	}
	if badges := article.WithClass("grade-" + string(e.Grade)); len(badges) == 0 {
		t.Errorf("%s: no grade badge", e.ID)
	}
}

// Each grade that is not advice says why, in its own words.
func TestNotAdviceNoticeNamesTheReason(t *testing.T) {
	reasons := map[kb.Grade]string{}
	for _, g := range []kb.Grade{kb.GradeGuideline, kb.GradeSupported, kb.GradeMixed, kb.GradeUntested, kb.GradeUnsupported, kb.GradeContradicted, kb.GradeHarmful} {
		for _, typ := range []kb.EntryType{kb.TypeRemedy, kb.TypeCause, kb.TypeMimic} {
			e := &kb.Entry{ID: "x", Type: typ, Grade: g}
			ui := notAdviceNotice(e)
			if want := typ == kb.TypeRemedy && !g.IsAdvice(); (ui != nil) != want {
				t.Errorf("%s %s: notice %t, want %t", typ, g, ui != nil, want)
			}
			if ui != nil {
				reasons[g] = uitest.Parse(t, htmlOf(ui)).Text()
			}
		}
	}
	if len(reasons) != 3 || reasons[kb.GradeUnsupported] == reasons[kb.GradeContradicted] ||
		reasons[kb.GradeContradicted] == reasons[kb.GradeHarmful] || reasons[kb.GradeUnsupported] == reasons[kb.GradeHarmful] {
		t.Errorf("the three grades that are not advice need three reasons: %v", reasons)
	}
}

// A review date in another form is shown as it is.
func TestReviewedLineKeepsAnUnreadableDate(t *testing.T) {
	if reviewedLine(&kb.Entry{}) != nil {
		t.Error("an entry without a review date got a line")
	}
	line := uitest.Parse(t, htmlOf(reviewedLine(&kb.Entry{Reviewed: "December 2026"})))
	if got := line.Text(); got != "Last reviewed December 2026" {
		t.Errorf("the line reads %q", got)
	}
}

// An address naming no entry, or a strange one, shows the not-found notice
// with the way back to everything.
func TestEntryPageForAnUnknownAddress(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	k := uitest.KB(t)
	some := k.Entries(kb.TypeRemedy)[0]
	for raw, want := range map[string]string{
		"/entry/no-such-entry":               "",
		"/entry/":                            "",
		"/entry/%22%3E%3Cscript%3E":          "",
		"/entry/" + some.ID + "/":            some.ID,
		"/entry/" + strings.ToUpper(some.ID): "",
		"/entry/" + some.ID + "?q=calf":      some.ID,
		"/entry/" + some.ID + "#sources":     some.ID,
	} {
		p := entryAt(t, s, raw)
		page := render(t, p)
		if want == "" {
			nf := page.ByID("entry-not-found")
			if nf == nil || p.entry != nil || nf.Tagged("a")[0].Attrs["href"] != "/" {
				t.Errorf("%s: no not-found notice leading home", raw)
			}
			if len(page.Tagged("script")) > 0 {
				t.Errorf("%s: markup from the address was drawn", raw)
			}
			continue
		}
		if page.ByID("entry-"+want) == nil {
			t.Errorf("%s: does not show %s", raw, want)
		}
	}
}

// OnNav names the browser tab after the entry.
func TestEntryPageOnNavSetsTheTitle(t *testing.T) {
	k := uitest.KB(t)
	e := k.Entries(kb.TypeCause)[0]
	p := &entryPage{site: uitest.Site(t, diary.NewMemStorage())}
	ctx, _ := uitest.Mount(t, p)
	ctx.Page().ReplaceURL(uitest.URL(t, site.EntryPath(e.ID)))
	p.OnNav(ctx)
	if p.entry != e || ctx.Page().Title() != e.Title+" · Nightcramp" {
		t.Errorf("entry %v, title %q", p.entry, ctx.Page().Title())
	}
}

// Without the knowledge base every entry address says why.
func TestEntryPageWithoutKnowledgeBaseSaysWhy(t *testing.T) {
	s := uitest.NoKBSite(t, "data/causes.json: entry statins: field reviewed is missing", uitest.Night)
	page := render(t, entryAt(t, s, "/entry/statins"))
	expectLoadFailed(t, page, s.LoadErr.Error())
}
