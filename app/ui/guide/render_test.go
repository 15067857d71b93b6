package guide

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

func TestStartShowsTheSignsThatNeedHelpNow(t *testing.T) {
	k := testKB(t)
	p := newPage(t, site.CrampNowPath)
	doc := render(t, p)

	g := doc.mustID(t, "guide")
	if g.attr["data-place"] != "0" || g.attr["data-live"] != "false" {
		t.Errorf("start: data-place %q, data-live %q; want 0 and false on the server", g.attr["data-place"], g.attr["data-live"])
	}
	if got := doc.mustID(t, "guide-progress").Text(); got != "Cramp now" {
		t.Errorf("start: progress %q", got)
	}
	doc.mustID(t, "guide-start")
	flags := doc.mustID(t, "guide-start-flags")
	want := redFlagIDs(k, kb.UrgencyEmergency, kb.UrgencyUrgent)
	if len(want) == 0 || !slices.Equal(flags.flagIDs(), want) {
		t.Errorf("start lists red flags %v, want the emergency and urgent ones %v", flags.flagIDs(), want)
	}
	// Each sign says what to do, in the data's own words.
	for _, li := range flags.tags("li") {
		e, ok := k.Entry(li.attr["data-id"])
		if !ok {
			t.Fatalf("start lists %q, not in the knowledge base", li.attr["data-id"])
		}
		text := li.Text()
		if li.attr["data-urgency"] != string(e.Urgency) || !strings.Contains(text, e.Title) || !strings.Contains(text, strings.Join(strings.Fields(e.Action), " ")) {
			t.Errorf("flag %s shows %q (urgency %s), want its title, action and urgency %s", e.ID, text, li.attr["data-urgency"], e.Urgency)
		}
	}
	// The start shows the signs in full, so the panel is not repeated, and
	// there is no step, no end and nothing to go back to.
	for _, id := range []string{"guide-help", "guide-step", "guide-end", "guide-back", "guide-timer"} {
		if doc.byID(t, id) != nil {
			t.Errorf("start shows #%s", id)
		}
	}
	next := doc.mustID(t, "guide-next")
	if next.Text() != "Start" || next.attr["href"] != site.CrampNowPath+"?step=1" {
		t.Errorf("start: next %q to %q, want Start to step 1", next.Text(), next.attr["href"])
	}
	if exit := doc.mustID(t, "guide-exit"); exit.attr["href"] != site.HomePath || exit.tag != "a" {
		t.Errorf("exit is a %s to %q, want a link home for the page without scripts", exit.tag, exit.attr["href"])
	}
}

func TestEachStepShowsItsOwnContent(t *testing.T) {
	k := testKB(t)
	steps := k.FirstAid()
	helpNow := redFlagIDs(k, kb.UrgencyEmergency, kb.UrgencyUrgent)
	for i, s := range steps {
		place := i + 1
		t.Run(s.ID, func(t *testing.T) {
			doc := render(t, newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place)))
			if got, want := doc.mustID(t, "guide-progress").Text(), fmt.Sprintf("Step %d of %d", place, len(steps)); got != want {
				t.Errorf("progress %q, want %q", got, want)
			}
			step := doc.mustID(t, "guide-step")
			if step.attr["data-id"] != s.ID || doc.mustID(t, "guide-sentence").Text() != s.Title {
				t.Errorf("step %d shows %s %q, want %s %q", place, step.attr["data-id"], doc.mustID(t, "guide-sentence").Text(), s.ID, s.Title)
			}
			detail := step.all(func(n *node) bool { return n.hasClass("guide-detail") })
			if len(detail) != 1 || detail[0].Text() != strings.Join(strings.Fields(s.Summary), " ") {
				t.Errorf("detail %v, want the summary %q", detail, s.Summary)
			}
			why := doc.mustID(t, "guide-why").Text()
			for _, part := range []string{s.Body, s.Evidence, "Evidence: " + k.Label(kb.VocabGrade, string(s.Grade))} {
				if !strings.Contains(why, strings.Join(strings.Fields(part), " ")) {
					t.Errorf("why-panel lacks %q", part)
				}
			}
			cited := 0
			for _, id := range s.Sources {
				if src, ok := k.Source(id); ok {
					cited++
					if !strings.Contains(why, src.Title) {
						t.Errorf("why-panel lacks source %s %q", id, src.Title)
					}
				}
			}
			if got := len(doc.mustID(t, "guide-why").all(func(n *node) bool { return n.hasClass("citation") })); got != cited {
				t.Errorf("%d citations, want %d", got, cited)
			}
			checkDrawing(t, step, s.Drawing)
			if timer := doc.byID(t, "guide-timer"); (timer != nil) != (s.HoldSeconds > 0) {
				t.Errorf("hold %d s, timer shown %v", s.HoldSeconds, timer != nil)
			}
			if got := doc.mustID(t, "guide-help-flags").flagIDs(); !slices.Equal(got, helpNow) {
				t.Errorf("help panel lists %v, want %v", got, helpNow)
			}
			checkControls(t, doc, place, len(steps))
		})
	}
}

// checkDrawing checks a step's picture: the data's drawing, every stroke,
// hidden from screen readers.
func checkDrawing(t *testing.T, step *node, key string) {
	t.Helper()
	figs := step.all(func(n *node) bool { return n.hasClass("guide-figure") })
	if len(figs) != 1 || figs[0].attr["data-drawing"] != key {
		t.Fatalf("step shows %d figures, want the drawing %q", len(figs), key)
	}
	svg := figs[0].tags("svg")
	if len(svg) != 1 {
		t.Fatalf("figure has %d svg", len(svg))
	}
	if hidden, _ := svg[0].boolAttr("aria-hidden"); !hidden || svg[0].attr["focusable"] != "false" {
		t.Errorf("drawing %s is not hidden from screen readers: %v", key, svg[0].attr)
	}
	paths := svg[0].tags("path")
	if len(paths) != len(drawings[key]) {
		t.Fatalf("drawing %s has %d paths, want %d strokes", key, len(paths), len(drawings[key]))
	}
	for i, st := range drawings[key] {
		if paths[i].attr["class"] != st.class || paths[i].attr["d"] != strings.TrimSpace(st.d) {
			t.Errorf("drawing %s stroke %d: %v, want class %q d %q", key, i, paths[i].attr, st.class, st.d)
		}
	}
}

// checkControls checks the three big buttons: exit home, back and next as
// links to the places they lead to.
func checkControls(t *testing.T, doc *node, place, steps int) {
	t.Helper()
	back := doc.mustID(t, "guide-back")
	if back.attr["href"] != site.CrampNowPath+placeQuery(place-1, steps) || back.Text() != "Back" {
		t.Errorf("place %d: back %q to %q", place, back.Text(), back.attr["href"])
	}
	next := doc.byID(t, "guide-next")
	if place > steps {
		if next != nil {
			t.Errorf("the end has a next link to %q", next.attr["href"])
		}
		return
	}
	label := "Next"
	if place == steps {
		label = "Finish"
	}
	if next == nil || next.attr["href"] != site.CrampNowPath+placeQuery(place+1, steps) || next.Text() != label {
		t.Fatalf("place %d: next %v, want %q to place %d", place, next, label, place+1)
	}
	nav := doc.tags("nav")
	if len(nav) != 1 || nav[0].attr["aria-label"] != "Guide" || len(nav[0].tags("a")) != 3 {
		t.Errorf("the controls are not one labelled nav of three links: %v", nav)
	}
}

func TestEveryDrawingStaysInsideItsFrame(t *testing.T) {
	classes := []string{figureLine, groundLine, actionLine, fillShape}
	for key, strokes := range drawings {
		if len(strokes) == 0 {
			t.Errorf("drawing %s has no strokes", key)
		}
		for i, st := range strokes {
			if !slices.Contains(classes, st.class) {
				t.Errorf("drawing %s stroke %d has class %q, which web/guide.css does not colour", key, i, st.class)
			}
			// Every absolute move starts inside the view box.
			f := strings.Fields(strings.NewReplacer("M", " M ", "L", " L ", "Q", " Q ", "H", " H ", "V", " V ").Replace(st.d))
			for j := 0; j+2 < len(f); j++ {
				if f[j] != "M" {
					continue
				}
				x, errX := strconv.Atoi(f[j+1])
				y, errY := strconv.Atoi(f[j+2])
				if errX != nil || errY != nil || x < 0 || x > drawWidth || y < 0 || y > drawHeight {
					t.Errorf("drawing %s stroke %d moves to %s %s, outside 0 0 %d %d", key, i, f[j+1], f[j+2], drawWidth, drawHeight)
				}
			}
		}
	}
	if guideDrawing("no-such-drawing") != nil {
		t.Error("an unknown drawing draws something")
	}
}

func TestEndAsksDidItHelpAndAnswers(t *testing.T) {
	k := testKB(t)
	n := len(k.FirstAid())
	doctor := redFlagIDs(k, kb.UrgencyDoctor)
	for _, answer := range []string{"", "yes", "no", "maybe", "YES"} {
		t.Run("helped="+answer, func(t *testing.T) {
			p := newPage(t, site.CrampNowPath+"?step=end&helped="+answer)
			want := parseHelped(answer)
			if p.place != n+1 || p.helped != want {
				t.Fatalf("read place %d, answer %q; want the end %d and %q", p.place, p.helped, n+1, want)
			}
			doc := render(t, p)
			if got := doc.mustID(t, "guide-progress").Text(); got != "Finished" {
				t.Errorf("end: progress %q", got)
			}
			end := doc.mustID(t, "guide-end")
			forms := end.tags("form")
			if len(forms) != 1 || forms[0].attr["method"] != "get" || forms[0].attr["action"] != site.CrampNowPath {
				t.Fatalf("the answers are not a GET form to the guide: %v", forms)
			}
			hidden := forms[0].tags("input")
			if len(hidden) != 1 || hidden[0].attr["name"] != stepParam || hidden[0].attr["value"] != stepEnd {
				t.Errorf("the form does not come back to the end: %v", hidden)
			}
			for _, b := range []struct{ id, value string }{{"guide-helped-yes", "yes"}, {"guide-helped-no", "no"}} {
				btn := end.mustID(t, b.id)
				pressed, ok := btn.boolAttr("aria-pressed")
				if btn.tag != "button" || btn.attr["type"] != "submit" || btn.attr["name"] != helpedParam || btn.attr["value"] != b.value {
					t.Errorf("%s is not a submit of %s=%s: %v", b.id, helpedParam, b.value, btn.attr)
				}
				if !ok || pressed != (want == b.value) {
					t.Errorf("%s aria-pressed %v (set %v), answer %q", b.id, pressed, ok, want)
				}
			}
			if again := end.mustID(t, "guide-again"); again.attr["href"] != site.CrampNowPath+placeQuery(1, n) {
				t.Errorf("start again goes to %q", again.attr["href"])
			}
			status := doc.mustID(t, "guide-answer")
			if status.attr["role"] != "status" {
				t.Errorf("the reply is not a status: %v", status.attr)
			}
			flags := doc.byID(t, "guide-doctor-flags")
			switch want {
			case "no":
				if flags == nil || !slices.Equal(flags.flagIDs(), doctor) {
					t.Errorf(`after "no": doctor flags %v, want %v`, flags, doctor)
				}
			case "yes":
				if flags != nil || status.Text() == "" {
					t.Errorf(`after "yes": flags %v, reply %q`, flags, status.Text())
				}
			default:
				if flags != nil || status.Text() != "" {
					t.Errorf("before an answer: flags %v, reply %q", flags, status.Text())
				}
			}
			// "Log this cramp" fills the form: the steps gone through, and
			// the answer once given.
			d := doc.mustID(t, "guide-diary")
			link, err := url.Parse(d.attr["href"])
			if err != nil || link.Path != site.DiaryNewPath {
				t.Fatalf("log this cramp goes to %q", d.attr["href"])
			}
			var ids []string
			for _, s := range k.FirstAid() {
				ids = append(ids, s.ID)
			}
			if got := link.Query().Get("steps"); got != strings.Join(ids, ",") {
				t.Errorf("log this cramp carries steps %q, want %q", got, strings.Join(ids, ","))
			}
			if got := link.Query().Get("helped"); got != want {
				t.Errorf("log this cramp carries the answer %q, want %q", got, want)
			}
			checkControls(t, doc, n+1, n)
		})
	}
}

func TestEndLinksToRemediesThatPreventCramps(t *testing.T) {
	k := testKB(t)
	doc := render(t, newPage(t, site.CrampNowPath+"?step=end"))
	href := doc.mustID(t, "guide-prevent").attr["href"]
	u := mustURL(t, href)
	if u.Path != site.HomePath {
		t.Fatalf("prevention link goes to %q, want the explorer", href)
	}
	q, ignored := kb.ParseQuery(u.Query())
	if len(ignored) != 0 {
		t.Errorf("the explorer would ignore %v of %q", ignored, href)
	}
	if !q.Selected(kb.FacetType, string(kb.TypeRemedy)) || !q.Selected(kb.FacetWhen, "before-bed") || !q.Selected(kb.FacetWhen, "daily") {
		t.Errorf("prevention link %q does not ask for remedies before bed or daily", href)
	}
	for _, term := range k.Terms(kb.VocabGrade) {
		if q.Selected(kb.FacetGrade, term.Value) != kb.Grade(term.Value).IsAdvice() {
			t.Errorf("grade %s selected %v, advice %v", term.Value, q.Selected(kb.FacetGrade, term.Value), kb.Grade(term.Value).IsAdvice())
		}
	}
	res := k.Search(q)
	if res.Total == 0 {
		t.Fatalf("the prevention list %q is empty", href)
	}
	for _, e := range res.Entries {
		if e.Type != kb.TypeRemedy || !e.Grade.IsAdvice() {
			t.Errorf("the prevention list offers %s (%s, %s)", e.ID, e.Type, e.Grade)
		}
	}
}

func TestKnowledgeBaseThatFailedToLoadShowsWhyAndTheUrgentSigns(t *testing.T) {
	loadErr := errors.New(`data/firstaid.json: entry "stand-on-it": field "hold_seconds": not a number`)
	s := &site.Site{LoadErr: loadErr, Flags: &site.Flags{}}
	p := &guidePage{site: s}
	p.read(mustURL(t, site.CrampNowPath+"?step=2"))
	if p.place != 0 || p.steps != nil {
		t.Errorf("without a knowledge base the guide read place %d and %d steps", p.place, len(p.steps))
	}
	doc := render(t, p)
	if doc.byID(t, "guide") != nil {
		t.Error("the guide draws itself without a knowledge base")
	}
	alerts := doc.all(func(n *node) bool { return n.attr["role"] == "alert" })
	if len(alerts) != 1 || !strings.Contains(alerts[0].Text(), loadErr.Error()) {
		t.Fatalf("the page does not say why the knowledge base is missing: %v", alerts)
	}
	// With no data, the urgent signs still come from the frame's own text.
	if !strings.Contains(alerts[0].Text(), "urgent help") {
		t.Errorf("the failure notice gives no urgent advice: %q", alerts[0].Text())
	}
	if len(doc.all(func(n *node) bool { return n.tag == "main" })) != 1 {
		t.Error("the failure notice is not in the page's main area")
	}
}

func TestRoutesAreTheGuidesAndShortcuts(t *testing.T) {
	routes := Routes()
	want := []string{site.CrampNowPath, site.BedtimePath}
	if !slices.Equal(site.Paths(routes), want) {
		t.Fatalf("routes %v, want %v", site.Paths(routes), want)
	}
	s := newSite(t)
	for _, r := range routes {
		sc := r.Shortcut
		if sc == nil || sc.Name == "" || sc.ShortName == "" || sc.Description == "" || len(sc.ShortName) > len(sc.Name) {
			t.Errorf("%s: the shortcut is incomplete: %+v", r.Path, sc)
		}
		page, ok := r.Page(s).(*guidePage)
		if !ok || page.site != s || page.def().path != r.Path {
			t.Fatalf("%s: the route makes %T over another site or guide", r.Path, r.Page(s))
		}
	}
	if name := routes[1].Shortcut.Name; name != "Bedtime stretches" {
		t.Errorf("the routine's shortcut is named %q", name)
	}
}
