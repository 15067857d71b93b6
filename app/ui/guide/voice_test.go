package guide

import (
	"slices"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// voiceView is what the voice panel shows, read from its HTML.
type voiceView struct {
	checked, disabled, note, auto, paused bool
}

func readVoicePanel(t *testing.T, p *guidePage) voiceView {
	t.Helper()
	doc := uitest.Render(t, p.voicePanel())
	sw := doc.MustOnlyID(t, "guide-voice-switch")
	if sw.Tag != "button" || sw.Attrs["role"] != "switch" || sw.Text() != "Read steps aloud" {
		t.Errorf("the voice switch is a %s, role %q, named %q", sw.Tag, sw.Attrs["role"], sw.Text())
	}
	disabled, _ := sw.BoolAttr("disabled")
	checked, _ := sw.BoolAttr("aria-checked")
	v := voiceView{checked: checked, disabled: disabled, paused: doc.OnlyID(t, "guide-paused") != nil}
	if note := doc.OnlyID(t, "guide-voice-note"); note != nil {
		v.note = note.Text() == "Voice is not available on this device."
	}
	if a := doc.OnlyID(t, "guide-auto-switch"); a != nil {
		if a.Attrs["role"] != "switch" || a.Text() != "Automatic" {
			t.Errorf("the automatic switch: role %q, named %q", a.Attrs["role"], a.Text())
		}
		v.auto, _ = a.BoolAttr("aria-checked")
	}
	return v
}

func TestVoiceIsOffUntilChosenAndRemembered(t *testing.T) {
	v := &fakeVoice{}
	p, _, m := voicedPage(t, site.CrampNowPath+"?step=1", v)
	defer m.engine.ConsumeAll()
	if got := readVoicePanel(t, p); got != (voiceView{}) || len(v.said) != 0 {
		t.Fatalf("before any choice: %+v, said %q", got, v.said)
	}
	p.toggleVoice(m.ctx, click(nil))
	want := spokenStep(p.step(), 1, len(p.steps))
	if got := readVoicePanel(t, p); !got.checked || got.auto || v.settings[voiceSetting] != settingOn {
		t.Errorf("turned on: %+v, setting %q", got, v.settings[voiceSetting])
	}
	if !slices.Equal(v.said, []string{want}) {
		t.Errorf("turning the voice on said %q, want the shown step %q", v.said, want)
	}
	// Moving on reads the new step.
	p.move(2)
	if v.last() != spokenStep(p.step(), 2, len(p.steps)) {
		t.Errorf("step 2 said %q", v.last())
	}
	// Off: it stops at once, says nothing more and forgets the choice.
	cancels := v.cancels
	p.toggleVoice(m.ctx, click(nil))
	if got := readVoicePanel(t, p); got.checked || v.cancels != cancels+1 || v.settings[voiceSetting] != "" {
		t.Errorf("turned off: %+v, cancels %d, setting %q", got, v.cancels-cancels, v.settings[voiceSetting])
	}
	said := len(v.said)
	p.move(1)
	if len(v.said) != said {
		t.Errorf("the voice spoke while off: %q", v.said[said:])
	}

	// A remembered choice reads the screen as the guide opens.
	again := &fakeVoice{settings: map[string]string{voiceSetting: settingOn}}
	q, _, m2 := voicedPage(t, site.BedtimePath, again)
	defer m2.engine.ConsumeAll()
	if !q.voice.on || !slices.Equal(again.said, []string{q.routineStartSpoken()}) {
		t.Errorf("remembered on: voice %+v said %q", q.voice, again.said)
	}
}

func TestWithoutAVoiceTheSwitchSaysSoAndTheGuideWorks(t *testing.T) {
	for name, v := range map[string]*fakeVoice{
		"missing": {missing: true, settings: map[string]string{voiceSetting: settingOn}},
		"throws":  {throws: true},
	} {
		t.Run(name, func(t *testing.T) {
			p, _, m := voicedPage(t, site.CrampNowPath+"?step=1", v)
			defer m.engine.ConsumeAll()
			p.toggleVoice(m.ctx, click(nil))
			got := readVoicePanel(t, p)
			if got.checked || !got.disabled || !got.note || got.auto || p.voice.on {
				t.Errorf("voice %s: %+v", name, got)
			}
			p.move(2)
			if p.place != 2 || len(v.said) != 0 {
				t.Errorf("the guide did not move on quietly: place %d, said %q", p.place, v.said)
			}
		})
	}
}

// autoPage is a guide with the voice and the automatic mode on.
func autoPage(t *testing.T, address string) (*guidePage, *fakeVoice, *fakeClock, *mounted) {
	t.Helper()
	v := &fakeVoice{settings: map[string]string{voiceSetting: settingOn, autoSetting: settingOn}}
	p, clock, m := voicedPage(t, address, v)
	if !p.voice.on || !p.voice.auto || p.voice.paused {
		t.Fatalf("remembered automatic mode: %+v", p.voice)
	}
	return p, v, clock, m
}

// waitPace moves the clock to the pending action and runs it.
func waitPace(t *testing.T, p *guidePage, clock *fakeClock, want paceAction) {
	t.Helper()
	if p.pace.action != want {
		t.Fatalf("pending action %d, want %d", p.pace.action, want)
	}
	clock.ms = p.pace.due - 1
	p.paceTick(p.pace.chain)
	if p.pace.action != want {
		t.Fatalf("the action ran before it was due")
	}
	clock.ms = p.pace.due
	p.paceTick(p.pace.chain)
}

// endHold runs the clock to the end of the running hold.
func endHold(t *testing.T, p *guidePage, clock *fakeClock) {
	t.Helper()
	if p.timer.state() != timerRunning {
		t.Fatalf("no hold runs: %s", p.timer.state())
	}
	clock.ms = p.timer.end() + 10
	p.tick(p.timer.chain)
	if p.timer.state() != timerDone {
		t.Fatalf("the hold did not end: %s", p.timer.state())
	}
}

func TestAutomaticModeRunsTheRoutineHandsFree(t *testing.T) {
	k := testKB(t)
	steps := k.Routine()
	p, v, clock, m := autoPage(t, site.BedtimePath)
	defer m.engine.ConsumeAll()
	// From the start screen to the end, without a touch.
	waitPace(t, p, clock, paceNextPlace)
	for i, s := range steps {
		if p.place != i+1 {
			t.Fatalf("at place %d, want step %d", p.place, i+1)
		}
		if !slices.Contains(v.said, spokenStep(s, i+1, len(steps))) {
			t.Errorf("step %d was not read aloud", i+1)
		}
		hs := holdsOf(s)
		waitPace(t, p, clock, paceStartHold)
		for r := range hs {
			if r > 0 {
				waitPace(t, p, clock, paceNextHold)
			}
			if p.round != r || v.last() != spokenHoldStart(hs[r], s.HoldSeconds) {
				t.Errorf("step %d hold %d: round %d said %q", i+1, r, p.round, v.last())
			}
			tones := v.tones
			endHold(t, p, clock)
			if v.tones != tones+1 {
				t.Errorf("step %d hold %d ended without the tone", i+1, r)
			}
		}
		waitPace(t, p, clock, paceNextPlace)
	}
	if p.place != len(steps)+1 || v.last() != p.def().endSpoken(p) || p.pace.action != paceNone {
		t.Errorf("after the routine: place %d, said %q, pending %d", p.place, v.last(), p.pace.action)
	}
}

func TestATapPausesTheAutomaticMode(t *testing.T) {
	k := testKB(t)
	place, hold := heldPlace(t, k)
	p, v, clock, m := autoPage(t, site.CrampNowPath+placeQuery(place, len(k.FirstAid())))
	defer m.engine.ConsumeAll()
	waitPace(t, p, clock, paceStartHold)
	clock.advance(1)
	p.tick(p.timer.chain)

	// A tap on a control does its own job, not a pause.
	p.tap(m.ctx, controlTap())
	if p.voice.paused || p.timer.state() != timerRunning {
		t.Fatalf("a tap on a control paused: %+v", p.voice)
	}
	p.tap(m.ctx, plainTap())
	if !p.voice.paused || p.pace.action != paceNone || p.timer.state() != timerIdle || v.last() != "Paused. Tap Resume to go on." {
		t.Fatalf("after a tap: %+v, pending %d, timer %s, said %q", p.voice, p.pace.action, p.timer.state(), v.last())
	}
	if got := readVoicePanel(t, p); !got.paused {
		t.Error("the pause is not shown")
	}
	doc := uitest.Render(t, p.voicePanel())
	if status := doc.MustOnlyID(t, "guide-paused").Find(func(n *uitest.Node) bool { return n.Attrs["role"] == "status" }); len(status) != 1 || status[0].Text() != "Paused." {
		t.Errorf("the pause is not announced: %v", status)
	}
	doc.MustOnlyID(t, "guide-resume")
	// Paused, time passing changes nothing.
	clock.advance(float64(hold) * 2)
	p.paceTick(p.pace.chain)
	if p.place != place || p.timer.state() != timerIdle {
		t.Errorf("paused, the guide moved to %d, timer %s", p.place, p.timer.state())
	}
	// Resume starts the hold again, then goes on.
	p.resume(m.ctx, click(nil))
	if p.voice.paused || v.last() != "Going on." {
		t.Errorf("resume: %+v said %q", p.voice, v.last())
	}
	waitPace(t, p, clock, paceStartHold)
	endHold(t, p, clock)
	waitPace(t, p, clock, paceNextPlace)
	if p.place != place+1 {
		t.Errorf("after the hold, at %d, want %d", p.place, place+1)
	}
	// Without the automatic mode, a tap does nothing.
	p.toggleAuto(m.ctx, click(nil))
	p.tap(m.ctx, plainTap())
	if p.voice.auto || p.voice.paused || v.settings[autoSetting] != "" {
		t.Errorf("automatic off: %+v, setting %q", p.voice, v.settings[autoSetting])
	}
}

func TestTheCountIsSpokenAtUsefulMoments(t *testing.T) {
	k := testKB(t)
	place, hold := heldPlace(t, k)
	v := &fakeVoice{settings: map[string]string{voiceSetting: settingOn}}
	p, clock, m := voicedPage(t, site.CrampNowPath+placeQuery(place, len(k.FirstAid())), v)
	defer m.engine.ConsumeAll()
	p.startTimer(m.ctx, click(nil))
	var cues []string
	for ms := 0; ms <= hold*1000+200; ms += 250 {
		clock.ms = p.timer.start + float64(ms)
		said := len(v.said)
		p.tick(p.timer.chain)
		cues = append(cues, v.said[said:]...)
	}
	var want []string
	for left := hold - 1; left > 0; left-- {
		if c := countCue(left, hold); c != "" {
			want = append(want, c)
		}
	}
	want = append(want, spokenHoldEnd(nil))
	if !slices.Equal(cues, want) || v.tones != 1 {
		t.Errorf("a %d s hold said %q and %d tones, want %q and one tone", hold, cues, v.tones, want)
	}
}

func TestSpokenTexts(t *testing.T) {
	k := testKB(t)
	s := k.Routine()[0]
	if got, want := spokenStep(s, 1, 3), "Step one of three. "+s.Title+". "+s.Summary; got != want {
		t.Errorf("spokenStep = %q, want %q", got, want)
	}
	for _, c := range []struct{ got, want string }{
		{spokenHoldStart(hold{leg: "Left leg", n: 1, of: 3}, 10), "Left leg, one of three. Hold for ten seconds."},
		{spokenHoldStart(hold{leg: "Right leg", n: 1, of: 1}, 20), "Right leg. Hold for twenty seconds."},
		{spokenHoldStart(hold{n: 1, of: 1}, 30), "Hold for thirty seconds."},
		{spokenHoldEnd(&hold{leg: "Right leg", n: 1, of: 3}), "Let go gently. Next, right leg, one of three."},
		{spokenHoldEnd(nil), "Let go gently."},
		{countCue(20, 30), "Twenty seconds."},
		{countCue(10, 30), "Ten seconds."},
		{countCue(5, 10), "Five seconds."},
		{countCue(5, 8), ""},
		{countCue(10, 10), ""},
		{countCue(7, 30), ""},
		{countCue(0, 30), ""},
		{numberWords(21), "twenty-one"},
		{numberWords(100), "one hundred"},
		{numberWords(115), "one hundred and fifteen"},
		{secondsWords(1), "one second"},
		{sentences("Cramp now", "", "Is it over?", " Two  words "), "Cramp now. Is it over? Two words."},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	// The start of first aid reads every sign that needs help now.
	p := newPage(t, site.CrampNowPath)
	start := p.firstAidStartSpoken()
	for _, f := range helpNowFlags(k) {
		if !strings.Contains(start, f.Title) {
			t.Errorf("the spoken start leaves out %q", f.Title)
		}
	}
	// Said as heard: no step or hold count in digits.
	for _, text := range []string{spokenStep(s, 2, 3), spokenHoldStart(holdsOf(s)[0], s.HoldSeconds)} {
		if strings.ContainsAny(strings.TrimSuffix(text, s.Summary), "0123456789") {
			t.Errorf("%q has digits", text)
		}
	}
}

func TestLeavingTheGuideStopsTheVoiceAndThePace(t *testing.T) {
	p, v, clock, m := autoPage(t, site.BedtimePath)
	defer m.engine.ConsumeAll()
	if p.pace.action != paceNextPlace {
		t.Fatalf("the automatic mode planned %d at the start", p.pace.action)
	}
	cancels := v.cancels
	p.OnDismount()
	if p.pace.action != paceNone || v.cancels != cancels+1 {
		t.Errorf("after leaving: pending %d, cancels %d", p.pace.action, v.cancels-cancels)
	}
	clock.advance(3600)
	p.paceTick(p.pace.chain)
	if p.place != 0 {
		t.Errorf("a left guide moved to %d", p.place)
	}
}
