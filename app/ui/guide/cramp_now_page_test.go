package guide

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

func TestEveryStepHasItsDrawing(t *testing.T) {
	k, err := kb.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for name, steps := range map[string][]*kb.Entry{"first-aid": k.FirstAid(), "routine": k.Routine()} {
		if len(steps) == 0 {
			t.Fatalf("no %s steps", name)
		}
		for _, s := range steps {
			html := app.HTMLString(guideDrawing(s.Drawing))
			if !strings.Contains(html, `data-drawing="`+s.Drawing+`"`) || !strings.Contains(html, "<path") {
				t.Errorf("%s step %s names drawing %q, which the guide's drawings lack", name, s.ID, s.Drawing)
			}
		}
	}
}

func TestParsePlaceFallsBackToTheStart(t *testing.T) {
	for value, want := range map[string]int{
		"": 0, "1": 1, "5": 5, "end": 6, "0": 0, "6": 0, "-2": 0, "99999999999999999999": 0,
		"2.5": 0, "two": 0, " 2": 0, "END": 0, "<script>": 0,
	} {
		if got := parsePlace(value, 5); got != want {
			t.Errorf("parsePlace(%q) = %d, want %d", value, got, want)
		}
	}
	for place, want := range map[int]string{0: "", 1: "?step=1", 5: "?step=5", 6: "?step=end"} {
		if got := placeQuery(place, 5); got != want {
			t.Errorf("placeQuery(%d) = %q, want %q", place, got, want)
		}
		if back := parsePlace(strings.TrimPrefix(want, "?step="), 5); back != place {
			t.Errorf("place %d does not survive its URL %q: %d", place, want, back)
		}
	}
}

func TestHoldTimerCountsFromItsStart(t *testing.T) {
	var tm holdTimer
	tm.reset(1, 30)
	if tm.state() != timerIdle || tm.remaining() != 30 {
		t.Fatalf("new timer: %s, %d left", tm.state(), tm.remaining())
	}
	chain := tm.chain
	tm.start = 1_000_000
	for _, c := range []struct {
		after float64 // ms since start
		state string
		left  int
		pct   int
	}{
		{0, timerRunning, 30, 0},
		{1, timerRunning, 30, 0},
		{999, timerRunning, 30, 3},
		{1000, timerRunning, 29, 3},
		{29_001, timerRunning, 1, 96},
		{30_000, timerDone, 0, 100},
		{3_600_000, timerDone, 0, 100}, // back from the background an hour later
		{-5_000, timerRunning, 30, 0},  // the clock was set back
	} {
		tm.now = tm.start + c.after
		if tm.state() != c.state || tm.remaining() != c.left || tm.elapsedPercent() != c.pct {
			t.Errorf("%v ms after start: %s, %d s left, %d%%; want %s, %d, %d%%",
				c.after, tm.state(), tm.remaining(), tm.elapsedPercent(), c.state, c.left, c.pct)
		}
	}
	tm.reset(2, 0)
	if tm.state() != timerIdle || tm.chain == chain {
		t.Errorf("reset left %s, chain %d (was %d): a running tick chain would go on", tm.state(), tm.chain, chain)
	}
}

func TestGuideRendersEveryPlaceOnTheServer(t *testing.T) {
	k, err := kb.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	steps := k.FirstAid()
	for place := 0; place <= len(steps)+1; place++ {
		p := &guidePage{site: &site.Site{KB: k, Flags: &site.Flags{}}, steps: steps}
		p.goTo(place)
		html := app.HTMLString(p)
		mustHave := []string{`id="guide-exit"`, `id="guide-progress"`}
		switch {
		case place == 0:
			mustHave = append(mustHave, `id="guide-start-flags"`, `id="guide-next"`, "Start")
		case place > len(steps):
			mustHave = append(mustHave, `id="guide-end"`, "Did it help?", `id="guide-help"`, `id="guide-prevent"`, `href="`+site.DiaryNewPath+`?`)
		default:
			s := steps[place-1]
			mustHave = append(mustHave, `data-drawing="`+s.Drawing+`"`, s.Title, `id="guide-help"`, `id="guide-why"`, `id="guide-back"`)
			if s.HoldSeconds > 0 {
				mustHave = append(mustHave, `id="guide-timer-start"`)
			}
		}
		for _, want := range mustHave {
			if !strings.Contains(html, want) {
				t.Errorf("place %d lacks %s", place, want)
			}
		}
	}
}
