package guide

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestStartShowsTheSignsThatNeedHelpNow(t *testing.T) {
	k := testKB(t)
	p := newPage(t, site.CrampNowPath)
	doc := uitest.Render(t, p)

	g := doc.MustOnlyID(t, "guide")
	if g.Attrs["data-place"] != "0" || g.Attrs["data-live"] != "false" {
		t.Errorf("start: data-place %q, data-live %q; want 0 and false on the server", g.Attrs["data-place"], g.Attrs["data-live"])
	}
	if got := doc.MustOnlyID(t, "guide-progress").Text(); got != "Cramp now" {
		t.Errorf("start: progress %q", got)
	}
	doc.MustOnlyID(t, "guide-start")
	flags := doc.MustOnlyID(t, "guide-start-flags")
	want := redFlagIDs(k, kb.UrgencyEmergency, kb.UrgencyUrgent)
	if len(want) == 0 || !slices.Equal(flagIDs(flags), want) {
		t.Errorf("start lists red flags %v, want the emergency and urgent ones %v", flagIDs(flags), want)
	}
	// Each sign says what to do, in the data's own words.
	for _, li := range flags.Tagged("li") {
		e, ok := k.Entry(li.Attrs["data-id"])
		if !ok {
			t.Fatalf("start lists %q, not in the knowledge base", li.Attrs["data-id"])
		}
		text := li.Text()
		if li.Attrs["data-urgency"] != string(e.Urgency) || !strings.Contains(text, e.Title) || !strings.Contains(text, strings.Join(strings.Fields(e.Action), " ")) {
			t.Errorf("flag %s shows %q (urgency %s), want its title, action and urgency %s", e.ID, text, li.Attrs["data-urgency"], e.Urgency)
		}
	}
	// The start shows the signs in full, so the panel is not repeated, and
	// there is no step, no end and nothing to go back to.
	for _, id := range []string{"guide-help", "guide-step", "guide-end", "guide-back", "guide-timer"} {
		if doc.OnlyID(t, id) != nil {
			t.Errorf("start shows #%s", id)
		}
	}
	next := doc.MustOnlyID(t, "guide-next")
	if next.Text() != "Start" || next.Attrs["href"] != site.CrampNowPath+"?step=1" {
		t.Errorf("start: next %q to %q, want Start to step 1", next.Text(), next.Attrs["href"])
	}
	if exit := doc.MustOnlyID(t, "guide-exit"); exit.Attrs["href"] != site.HomePath || exit.Tag != "a" {
		t.Errorf("exit is a %s to %q, want a link home for the page without scripts", exit.Tag, exit.Attrs["href"])
	}
}

func TestEachStepShowsItsOwnContent(t *testing.T) {
	k := testKB(t)
	steps := k.FirstAid()
	helpNow := redFlagIDs(k, kb.UrgencyEmergency, kb.UrgencyUrgent)
	for i, s := range steps {
		place := i + 1
		t.Run(s.ID, func(t *testing.T) {
			doc := uitest.Render(t, newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place)))
			if got, want := doc.MustOnlyID(t, "guide-progress").Text(), fmt.Sprintf("Step %d of %d", place, len(steps)); got != want {
				t.Errorf("progress %q, want %q", got, want)
			}
			step := doc.MustOnlyID(t, "guide-step")
			if step.Attrs["data-id"] != s.ID || doc.MustOnlyID(t, "guide-sentence").Text() != s.Title {
				t.Errorf("step %d shows %s %q, want %s %q", place, step.Attrs["data-id"], doc.MustOnlyID(t, "guide-sentence").Text(), s.ID, s.Title)
			}
			detail := step.Find(func(n *uitest.Node) bool { return n.HasClass("guide-detail") })
			if len(detail) != 1 || detail[0].Text() != strings.Join(strings.Fields(s.Summary), " ") {
				t.Errorf("detail %v, want the summary %q", detail, s.Summary)
			}
			why := doc.MustOnlyID(t, "guide-why").Text()
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
			if got := len(doc.MustOnlyID(t, "guide-why").Find(func(n *uitest.Node) bool { return n.HasClass("citation") })); got != cited {
				t.Errorf("%d citations, want %d", got, cited)
			}
			checkDrawing(t, step, s.Drawing)
			if timer := doc.OnlyID(t, "guide-timer"); (timer != nil) != (s.HoldSeconds > 0) {
				t.Errorf("hold %d s, timer shown %v", s.HoldSeconds, timer != nil)
			}
			if got := flagIDs(doc.MustOnlyID(t, "guide-help-flags")); !slices.Equal(got, helpNow) {
				t.Errorf("help panel lists %v, want %v", got, helpNow)
			}
			checkControls(t, doc, place, len(steps))
		})
	}
}

// checkDrawing checks a step's picture: the data's drawing, every stroke,
// hidden from screen readers.
func checkDrawing(t *testing.T, step *uitest.Node, key string) {
	t.Helper()
	figs := step.Find(func(n *uitest.Node) bool { return n.HasClass("guide-figure") })
	if len(figs) != 1 || figs[0].Attrs["data-drawing"] != key {
		t.Fatalf("step shows %d figures, want the drawing %q", len(figs), key)
	}
	svg := figs[0].Tagged("svg")
	if len(svg) != 1 {
		t.Fatalf("figure has %d svg", len(svg))
	}
	if hidden, _ := svg[0].BoolAttr("aria-hidden"); !hidden || svg[0].Attrs["focusable"] != "false" {
		t.Errorf("drawing %s is not hidden from screen readers: %v", key, svg[0].Attrs)
	}
	paths := svg[0].Tagged("path")
	if len(paths) != len(drawings[key]) {
		t.Fatalf("drawing %s has %d paths, want %d strokes", key, len(paths), len(drawings[key]))
	}
	for i, st := range drawings[key] {
		if paths[i].Attrs["class"] != st.class || paths[i].Attrs["d"] != strings.TrimSpace(st.d) {
			t.Errorf("drawing %s stroke %d: %v, want class %q d %q", key, i, paths[i].Attrs, st.class, st.d)
		}
	}
}

// checkControls checks the three big buttons: exit home, back and next as
// links to the places they lead to.
func checkControls(t *testing.T, doc *uitest.Node, place, steps int) {
	t.Helper()
	back := doc.MustOnlyID(t, "guide-back")
	if back.Attrs["href"] != site.CrampNowPath+placeQuery(place-1, steps) || back.Text() != "Back" {
		t.Errorf("place %d: back %q to %q", place, back.Text(), back.Attrs["href"])
	}
	next := doc.OnlyID(t, "guide-next")
	if place > steps {
		if next != nil {
			t.Errorf("the end has a next link to %q", next.Attrs["href"])
		}
		return
	}
	label := "Next"
	if place == steps {
		label = "Finish"
	}
	if next == nil || next.Attrs["href"] != site.CrampNowPath+placeQuery(place+1, steps) || next.Text() != label {
		t.Fatalf("place %d: next %v, want %q to place %d", place, next, label, place+1)
	}
	nav := doc.Tagged("nav")
	if len(nav) != 1 || nav[0].Attrs["aria-label"] != "Guide" || len(nav[0].Tagged("a")) != 3 {
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
			doc := uitest.Render(t, p)
			if got := doc.MustOnlyID(t, "guide-progress").Text(); got != "Finished" {
				t.Errorf("end: progress %q", got)
			}
			end := doc.MustOnlyID(t, "guide-end")
			forms := end.Tagged("form")
			if len(forms) != 1 || forms[0].Attrs["method"] != "get" || forms[0].Attrs["action"] != site.CrampNowPath {
				t.Fatalf("the answers are not a GET form to the guide: %v", forms)
			}
			hidden := forms[0].Tagged("input")
			if len(hidden) != 1 || hidden[0].Attrs["name"] != stepParam || hidden[0].Attrs["value"] != stepEnd {
				t.Errorf("the form does not come back to the end: %v", hidden)
			}
			for _, b := range []struct{ id, value string }{{"guide-helped-yes", "yes"}, {"guide-helped-no", "no"}} {
				btn := end.MustOnlyID(t, b.id)
				pressed, ok := btn.BoolAttr("aria-pressed")
				if btn.Tag != "button" || btn.Attrs["type"] != "submit" || btn.Attrs["name"] != helpedParam || btn.Attrs["value"] != b.value {
					t.Errorf("%s is not a submit of %s=%s: %v", b.id, helpedParam, b.value, btn.Attrs)
				}
				if !ok || pressed != (want == b.value) {
					t.Errorf("%s aria-pressed %v (set %v), answer %q", b.id, pressed, ok, want)
				}
			}
			if again := end.MustOnlyID(t, "guide-again"); again.Attrs["href"] != site.CrampNowPath+placeQuery(1, n) {
				t.Errorf("start again goes to %q", again.Attrs["href"])
			}
			status := doc.MustOnlyID(t, "guide-answer")
			if status.Attrs["role"] != "status" {
				t.Errorf("the reply is not a status: %v", status.Attrs)
			}
			flags := doc.OnlyID(t, "guide-doctor-flags")
			switch want {
			case "no":
				if flags == nil || !slices.Equal(flagIDs(flags), doctor) {
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
			d := doc.MustOnlyID(t, "guide-diary")
			link, err := url.Parse(d.Attrs["href"])
			if err != nil || link.Path != site.DiaryNewPath {
				t.Fatalf("log this cramp goes to %q", d.Attrs["href"])
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
	doc := uitest.Render(t, newPage(t, site.CrampNowPath+"?step=end"))
	href := doc.MustOnlyID(t, "guide-prevent").Attrs["href"]
	u := uitest.URL(t, href)
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
	p.read(uitest.URL(t, site.CrampNowPath+"?step=2"))
	if p.place != 0 || p.steps != nil {
		t.Errorf("without a knowledge base the guide read place %d and %d steps", p.place, len(p.steps))
	}
	doc := uitest.Render(t, p)
	if doc.OnlyID(t, "guide") != nil {
		t.Error("the guide draws itself without a knowledge base")
	}
	alerts := doc.Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "alert" })
	if len(alerts) != 1 || !strings.Contains(alerts[0].Text(), loadErr.Error()) {
		t.Fatalf("the page does not say why the knowledge base is missing: %v", alerts)
	}
	// With no data, the urgent signs still come from the frame's own text.
	if !strings.Contains(alerts[0].Text(), "urgent help") {
		t.Errorf("the failure notice gives no urgent advice: %q", alerts[0].Text())
	}
	if len(doc.Find(func(n *uitest.Node) bool { return n.Tag == "main" })) != 1 {
		t.Error("the failure notice is not in the page's main area")
	}
}

func TestRoutesAreTheGuidesAndShortcuts(t *testing.T) {
	routes := Routes()
	want := []string{site.CrampNowPath, site.BedtimePath}
	if !slices.Equal(site.Paths(routes), want) {
		t.Fatalf("routes %v, want %v", site.Paths(routes), want)
	}
	s := uitest.Site(t, diary.NewMemStorage())
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
