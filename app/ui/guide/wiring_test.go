package guide

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui/site"
)

// Paths in the mounted tree: the host's root is the guide, whose root is
// div#guide holding the header, the stage and the controls.
var (
	atProgress = app.TestPath(0, 0, 0, 0)
	atStage    = app.TestPath(0, 0, 1)
	atControls = app.TestPath(0, 0, 2)
)

func noop(app.Context, app.Event) {}

// at is a path below another, in a new slice.
func at(base []int, more ...int) []int { return slices.Concat(base, more) }

func TestTheMountedGuideWiresItsControls(t *testing.T) {
	k := testKB(t)
	n := len(k.FirstAid())
	for _, place := range []int{0, 1, n, n + 1} {
		t.Run(strconv.Itoa(place), func(t *testing.T) {
			p := newPage(t, site.CrampNowPath+placeQuery(place, n))
			m := mount(t, p)
			defer m.engine.ConsumeAll()

			if err := app.TestMatch(m.host, app.TestUIDescriptor{
				Path:     at(atProgress, 0),
				Expected: app.Text(p.progress()),
			}); err != nil {
				t.Errorf("progress: %v", err)
			}
			// The stage takes the swipes and can take the keyboard's focus.
			stage := app.Main().ID("main").Class("guide-stage").TabIndex(0).
				On("touchstart", noop).On("touchend", noop).On("touchcancel", noop)
			if err := app.Match(stage, m.host, atStage...); err != nil {
				t.Errorf("stage: %v", err)
			}
			exit := app.A().ID("guide-exit").Class("guide-control guide-exit").Href(site.HomePath).OnClick(noop)
			if err := app.Match(exit, m.host, at(atControls, 0)...); err != nil {
				t.Errorf("exit: %v", err)
			}
			var back app.UI = app.Span().Class("guide-back")
			if place > 0 {
				back = app.A().ID("guide-back").Class("guide-control guide-back").
					Href(site.CrampNowPath + placeQuery(place-1, n)).OnClick(noop)
			}
			if err := app.Match(back, m.host, at(atControls, 1)...); err != nil {
				t.Errorf("back: %v", err)
			}
			var next app.UI = app.Span().Class("guide-next")
			if place <= n {
				next = app.A().ID("guide-next").Class("guide-control guide-next").
					Href(site.CrampNowPath + placeQuery(place+1, n)).OnClick(noop)
			}
			if err := app.Match(next, m.host, at(atControls, 2)...); err != nil {
				t.Errorf("next: %v", err)
			}
		})
	}
}

func TestTheMountedTimerButtonStartsTheHold(t *testing.T) {
	k := testKB(t)
	place, hold := heldPlace(t, k)
	p := newPage(t, site.CrampNowPath+"?step="+strconv.Itoa(place))
	m := mount(t, p)
	defer m.engine.ConsumeAll()
	// article#guide-step: drawing, sentence, then the timer before the
	// detail, so that it shows without scrolling on a small phone.
	timer := at(atStage, 0, 2)
	want := app.Section().ID("guide-timer").Class("guide-timer").Aria("label", "Hold timer").
		DataSet("state", timerIdle).DataSet("remaining", hold)
	if err := app.Match(want, m.host, timer...); err != nil {
		t.Fatalf("timer section: %v", err)
	}
	button := app.Button().ID("guide-timer-start").Type("button").Class("timer-button").OnClick(noop)
	if err := app.Match(button, m.host, at(timer, 2)...); err != nil {
		t.Errorf("timer button: %v", err)
	}
	if err := app.Match(app.Text(fmt.Sprintf("Start %d-second timer", hold)), m.host, at(timer, 2, 0)...); err != nil {
		t.Errorf("timer button text: %v", err)
	}
}

func TestTheMountedEndTakesTheAnswerInThePage(t *testing.T) {
	n := len(testKB(t).FirstAid())
	p := newPage(t, site.CrampNowPath+"?step=end&helped=yes")
	m := mount(t, p)
	defer m.engine.ConsumeAll()
	// div#guide-end: heading, then the form with its hidden step and the
	// group of answers.
	answers := at(atStage, 0, 1, 1)
	group := app.Div().Class("guide-answers").Role("group").Aria("labelledby", "guide-progress")
	if err := app.Match(group, m.host, answers...); err != nil {
		t.Fatalf("answers group: %v", err)
	}
	for i, b := range []struct {
		id, value string
		index     int
	}{{"guide-helped-yes", "yes", 0}, {"guide-helped-no", "no", 2}} {
		want := app.Button().ID(b.id).Type("submit").Name(helpedParam).Value(b.value).Class("guide-answer").
			Aria("pressed", p.helped == b.value).OnClick(noop)
		if err := app.Match(want, m.host, at(answers, b.index)...); err != nil {
			t.Errorf("answer %d (%s): %v", i, b.value, err)
		}
	}
	again := app.A().ID("guide-again").Class("guide-answer").Href(site.CrampNowPath + placeQuery(1, n)).OnClick(noop)
	if err := app.Match(again, m.host, at(answers, 1)...); err != nil {
		t.Errorf("start again: %v", err)
	}
}
