//go:build !js

package guide

import (
	"slices"
	"strconv"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestNextBackAndAgainMoveInPlaceOfTheLink(t *testing.T) {
	p := newPage(t, site.CrampNowPath)
	n := len(p.steps)
	var calls []string
	for want := 1; want <= n+1; want++ {
		calls = nil
		p.next(app.Context{}, click(&calls))
		if p.place != want {
			t.Fatalf("next: place %d, want %d", p.place, want)
		}
		// The link's own navigation would add a history entry: it is
		// cancelled, and go-app's link handling is not reached.
		if !slices.Equal(calls, []string{"preventDefault", "stopPropagation"}) {
			t.Errorf("next to %d asked the event %v", want, calls)
		}
	}
	p.next(app.Context{}, click(nil))
	if p.place != n+1 {
		t.Errorf("next at the end went to %d", p.place)
	}
	p.again(app.Context{}, click(nil))
	if p.place != 1 {
		t.Errorf("start again went to %d", p.place)
	}
	p.back(app.Context{}, click(nil))
	p.back(app.Context{}, click(nil))
	if p.place != 0 {
		t.Errorf("back past the start went to %d", p.place)
	}
}

func TestAClickWithAModifierOpensTheLinkAsTheBrowserDoes(t *testing.T) {
	for _, held := range []string{"altKey", "ctrlKey", "metaKey", "shiftKey"} {
		p := newPage(t, site.CrampNowPath+"?step=2")
		var calls []string
		e := click(&calls, held)
		if plainClick(e) {
			t.Errorf("a click with %s counts as plain", held)
		}
		p.next(app.Context{}, e)
		p.back(app.Context{}, e)
		p.again(app.Context{}, e)
		p.exit(app.Context{}, e) // a context would be needed to leave
		if p.place != 2 || len(calls) != 0 {
			t.Errorf("%s click: place %d, event asked %v; want the browser to open the link", held, p.place, calls)
		}
	}
	if !plainClick(click(nil)) {
		t.Error("a plain click does not count as plain")
	}
}

func TestMovingClearsTheAnswerAndReadingTheSamePlaceKeepsTheTimer(t *testing.T) {
	k := testKB(t)
	place, _ := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step=end&helped=no")
	if p.helped != "no" {
		t.Fatalf("read answer %q", p.helped)
	}
	p.back(app.Context{}, click(nil))
	p.next(app.Context{}, click(nil))
	if p.helped != "" {
		t.Errorf("the answer %q survived a move away and back", p.helped)
	}
	// The answer is taken in the page, in place of the form's submission.
	var calls []string
	p.answer("yes")(app.Context{}, click(&calls))
	if p.helped != "yes" || !slices.Contains(calls, "preventDefault") {
		t.Errorf("answer yes: %q, event asked %v", p.helped, calls)
	}

	// go-app calls OnNav again for the same address (the address written
	// by showPlace): a running hold must go on.
	p.goTo(place)
	p.timer.start, p.timer.now = 1_000, 2_000
	p.read(uitest.URL(t, site.CrampNowPath+"?step="+strconv.Itoa(place)))
	if p.timer.state() != timerRunning || p.timer.start != 1_000 {
		t.Errorf("reading the same place again reset the timer: %+v", p.timer)
	}
	// goTo clamps what no link offers.
	for _, c := range []struct{ to, want int }{{-3, 0}, {len(p.steps) + 9, len(p.steps) + 1}} {
		p.goTo(c.to)
		if p.place != c.want || p.timer.place != c.want {
			t.Errorf("goTo(%d): place %d, timer for %d; want %d", c.to, p.place, p.timer.place, c.want)
		}
	}
}

func TestKeysMoveThroughTheGuideAndEscapeLeaves(t *testing.T) {
	p := newPage(t, site.CrampNowPath)
	n := len(p.steps)
	m := mount(t, p)
	press := func(k browser.Key) {
		p.onKey(k)
		m.engine.ConsumeAll()
	}
	for want := 1; want <= n+1; want++ {
		press(browser.Key{Name: "ArrowRight"})
		if p.place != want {
			t.Fatalf("ArrowRight: place %d, want %d", p.place, want)
		}
	}
	press(browser.Key{Name: "ArrowRight"})
	if p.place != n+1 {
		t.Errorf("ArrowRight at the end went to %d", p.place)
	}
	press(browser.Key{Name: "ArrowLeft"})
	if p.place != n {
		t.Errorf("ArrowLeft at the end went to %d, want %d", p.place, n)
	}
	// Browser shortcuts and other keys are left alone.
	for _, k := range []browser.Key{{Name: "ArrowLeft", Modified: true}, {Name: "Escape", Modified: true}, {Name: "Enter"}, {Name: "a"}, {Name: " "}, {Name: ""}} {
		press(k)
		if p.place != n || !p.Mounted() {
			t.Fatalf("key %+v moved the guide to %d (mounted %v)", k, p.place, p.Mounted())
		}
	}
	for range n + 3 {
		p.answerKey(m.ctx, "ArrowLeft")
	}
	if p.place != 0 {
		t.Errorf("ArrowLeft past the start went to %d", p.place)
	}
	// Escape with no panel open leaves: opened directly, for home, which
	// replaces the guide and lets the screen sleep.
	press(browser.Key{Name: "Escape"})
	if p.Mounted() || p.mounted || p.lock.Wanted() {
		t.Errorf("Escape did not leave the guide: mounted %v, screen lock %v", p.Mounted(), p.lock.Wanted())
	}
}

func TestExitLeavesTheGuide(t *testing.T) {
	p := newPage(t, site.CrampNowPath+"?step=1")
	m := mount(t, p)
	p.exit(m.ctx, click(nil, "metaKey")) // a new tab: this page stays
	if !p.Mounted() || !p.lock.Wanted() || p.unlisten == nil {
		t.Fatalf("a click for a new tab left the guide, or it does not listen (keys, visibility): %v", p.unlisten == nil)
	}
	var calls []string
	p.exit(m.ctx, click(&calls))
	if !slices.Equal(calls, []string{"preventDefault", "stopPropagation"}) {
		t.Errorf("exit asked the event %v", calls)
	}
	m.engine.ConsumeAll()
	if p.Mounted() || p.lock.Wanted() || p.unlisten != nil {
		t.Errorf("exit did not leave: mounted %v, screen lock %v, still listening %v", p.Mounted(), p.lock.Wanted(), p.unlisten != nil)
	}
}

func TestTheHeaderButtonMarksTheWayBack(t *testing.T) {
	p := newPage(t, site.CrampNowPath)
	p.markReturn()
	if p.site.Flags.GuideFromApp {
		t.Fatal("a guide opened directly set the mark")
	}
	// The header's button leaves the flag; the guide takes it once, so a
	// later reload or shortcut does not think it came from the app.
	p.site.Flags.GuideFromApp = true
	p.markReturn()
	if p.site.Flags.GuideFromApp {
		t.Error("the guide did not take the header's flag")
	}
	other := &guidePage{site: p.site}
	other.read(uitest.URL(t, site.CrampNowPath))
	other.markReturn()
	if p.site.Flags.GuideFromApp {
		t.Error("the flag came back")
	}
}

func TestSwipesMoveOnlyWhenClearlySideways(t *testing.T) {
	for _, c := range []struct {
		name     string
		from     int
		start    [2]float64
		end      [][2]float64
		cancel   bool
		wantMove int
	}{
		{"left goes on", 1, [2]float64{300, 400}, [][2]float64{{140, 410}}, false, +1},
		{"right goes back", 2, [2]float64{100, 400}, [][2]float64{{260, 390}}, false, -1},
		{"just far enough", 1, [2]float64{200, 400}, [][2]float64{{200 - swipeMin, 400}}, false, +1},
		{"too short: a shaky tap", 1, [2]float64{200, 400}, [][2]float64{{200 - swipeMin + 1, 400}}, false, 0},
		{"mostly down: a scroll", 1, [2]float64{200, 300}, [][2]float64{{100, 360}}, false, 0},
		{"no touch at the end", 1, [2]float64{300, 400}, nil, false, 0},
		{"cancelled by the browser", 1, [2]float64{300, 400}, [][2]float64{{100, 400}}, true, 0},
		{"right at the start", 0, [2]float64{100, 400}, [][2]float64{{300, 400}}, false, 0},
		{"left at the end", -1, [2]float64{300, 400}, [][2]float64{{100, 400}}, false, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newPage(t, site.CrampNowPath)
			from := c.from
			if from < 0 {
				from = len(p.steps) + 1
			}
			p.goTo(from)
			p.touchStart(app.Context{}, touch(c.start))
			if !p.swipe.active || p.swipe.x != c.start[0] || p.swipe.y != c.start[1] {
				t.Fatalf("touch start noted %+v", p.swipe)
			}
			if c.cancel {
				p.touchCancel(app.Context{}, touch())
			}
			p.touchEnd(app.Context{}, touch(c.end...))
			if p.place != from+c.wantMove || p.swipe.active {
				t.Errorf("place %d, want %d; swipe left %+v", p.place, from+c.wantMove, p.swipe)
			}
		})
	}
	// A touch end without a start (the finger came from outside) is ignored.
	p := newPage(t, site.CrampNowPath+"?step=2")
	p.touchEnd(app.Context{}, touch([2]float64{0, 0}))
	if p.place != 2 {
		t.Errorf("a touch end alone moved the guide to %d", p.place)
	}
	if _, _, ok := touchPoint(app.Event{Value: app.Null()}); ok {
		t.Error("an event without touches has a touch point")
	}
}

func TestOnNavReadsThePlaceFromTheAddress(t *testing.T) {
	n := len(testKB(t).FirstAid())
	// One page of the engine gives the context; each address is read by a
	// new guide, as the server makes one per request.
	s := uitest.Site(t, diary.NewMemStorage())
	m := mount(t, &guidePage{site: s})
	for _, c := range []struct {
		query  string
		place  int
		helped string
	}{
		{"", 0, ""}, {"?step=1", 1, ""}, {"?step=" + strconv.Itoa(n), n, ""}, {"?step=end", n + 1, ""},
		{"?step=end&helped=no", n + 1, "no"}, {"?step=end&helped=yes&helped=no", n + 1, "yes"},
		{"?step=end&helped=%3Cscript%3E", n + 1, ""}, {"?step=2&helped=yes", 2, ""},
		{"?step=abc", 0, ""}, {"?step=0", 0, ""}, {"?step=-1", 0, ""}, {"?step=999", 0, ""}, {"?step=2.5", 0, ""},
		{"?step=%3Cscript%3E", 0, ""}, {"?step=99999999999999999999999", 0, ""}, {"?step=1&step=3", 1, ""},
		{"?STEP=2", 0, ""}, {"?step=%20", 0, ""},
	} {
		p := &guidePage{site: s}
		m.ctx.Page().ReplaceURL(uitest.URL(t, site.CrampNowPath+c.query))
		p.OnNav(m.ctx)
		if p.place != c.place || p.helped != c.helped {
			t.Errorf("%q: place %d, answer %q; want %d, %q", c.query, p.place, p.helped, c.place, c.helped)
		}
		if title := m.ctx.Page().Title(); title != "Cramp now · Nightcramp" {
			t.Errorf("%q: title %q", c.query, title)
		}
		doc := uitest.Render(t, p.Render())
		if g := doc.MustOnlyID(t, "guide"); g.Attrs["data-place"] != strconv.Itoa(c.place) || len(doc.Tagged("script")) != 0 {
			t.Errorf("%q: drew place %s with %d scripts", c.query, g.Attrs["data-place"], len(doc.Tagged("script")))
		}
	}
	m.engine.ConsumeAll()
}

// jsNumber is a browser number in a native test.
func jsNumber(f float64) app.Value { return jsFake{Value: app.Null(), num: f, truthy: f != 0} }

// touch is a touch event whose changed touches are at the given points.
func touch(points ...[2]float64) app.Event {
	list := jsFake{Value: app.Null(), truthy: true}
	for _, p := range points {
		list.items = append(list.items, jsFake{Value: app.Null(), truthy: true, props: map[string]app.Value{
			"clientX": jsNumber(p[0]), "clientY": jsNumber(p[1]),
		}})
	}
	return app.Event{Value: jsFake{Value: app.Null(), truthy: true, props: map[string]app.Value{"changedTouches": list}}}
}
