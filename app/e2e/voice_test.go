package e2e

import (
	"fmt"
	"strings"
	"testing"

	keys "github.com/chromedp/chromedp/kb"
	"github.com/nightcramp/nightcramp/app/ui"
)

// The guide's voice (app/ui/guide/guide_voice.go), observed in the page.
//
// speechInstruments replaces the browser's speech synthesis, before the
// page's own scripts run, with a recorder: speak records the utterance's
// text and fires its end, cancel is counted, and the soft tone's
// oscillators are counted as they start. mode "record" is a working voice,
// "absent" a browser without one, "throw" a voice whose speak throws.
func speechInstruments(mode string) string {
	return fmt.Sprintf(`(() => {
  const mode = %q;
  const sp = window.__speech = { said: [], cancels: 0, tones: 0 };
  if (mode === "absent") {
    for (const name of ["speechSynthesis", "SpeechSynthesisUtterance"]) {
      try { delete window[name]; } catch (e) {}
      try { Object.defineProperty(window, name, { configurable: true, value: undefined }); } catch (e) {}
    }
    return;
  }
  class Utterance {
    constructor(text) { this.text = text; this.onend = null; this.listeners = []; }
    addEventListener(type, fn) { if (type === "end") this.listeners.push(fn); }
    removeEventListener() {}
  }
  const synth = {
    speaking: false, pending: false, paused: false,
    speak(u) {
      if (mode === "throw") throw new Error("speech broken");
      sp.said.push(u.text);
      setTimeout(() => { if (u.onend) u.onend({}); u.listeners.forEach((fn) => fn({})); }, 20);
    },
    cancel() { sp.cancels++; },
    pause() {}, resume() {}, getVoices() { return []; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { configurable: true, get: () => synth });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, writable: true, value: Utterance });
  if (window.AudioContext) {
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      createOscillator() {
        const o = super.createOscillator();
        const start = o.start.bind(o);
        o.start = (...args) => { sp.tones++; return start(...args); };
        return o;
      }
    };
  }
})()`, mode)
}

// speechLog is what the page said and cancelled.
type speechLog struct {
	Said    []string
	Cancels int
	Tones   int
}

func (b *browser) speech() speechLog {
	b.t.Helper()
	var s speechLog
	b.eval(`window.__speech`, &s)
	return s
}

// voiceSwitch is the state of the "Read steps aloud" switch.
type voiceSwitch struct {
	Checked, Disabled bool
	Label, Note       string
	Auto              string // aria-checked of the automatic switch, "" without one
	Stored            string // the remembered choice
}

func (b *browser) voiceSwitch() voiceSwitch {
	b.t.Helper()
	var v voiceSwitch
	b.eval(`(() => { const s = document.getElementById("guide-voice-switch");
	  const a = document.getElementById("guide-auto-switch");
	  const n = document.getElementById("guide-voice-note");
	  return { Checked: s.getAttribute("aria-checked") === "true", Disabled: s.disabled, Label: s.textContent.trim(),
	    Note: n ? n.textContent : "", Auto: a ? a.getAttribute("aria-checked") : "",
	    Stored: localStorage.getItem("nightcramp-voice") || "" }; })()`, &v)
	return v
}

// waitSaid waits until the page has said something containing each part.
func (b *browser) waitSaid(what string, parts ...string) {
	b.t.Helper()
	list, _ := jsonStrings(parts)
	b.waitTrue(`window.__speech.said.some((s) => `+list+`.every((p) => s.replace(/\s+/g, " ").includes(p)))`, what)
}

func jsonStrings(parts []string) (string, error) {
	quoted := make([]string, len(parts))
	for i, p := range parts {
		quoted[i] = jsString(strings.Join(strings.Fields(p), " "))
	}
	return "[" + strings.Join(quoted, ",") + "]", nil
}

// skewClock moves the page's clock (see guideInstruments) by seconds.
func (b *browser) skewClock(seconds float64) {
	b.t.Helper()
	b.eval(fmt.Sprintf(`window.__clock.skew += %f; true`, seconds*1000), nil)
}

func TestVoiceReadsTheShownStepOnlyWhenChosenAndStopsAtOnce(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(guideInstruments("record", true))
	b.onNewDocument(speechInstruments("record"))
	steps := knowledge().FirstAid()
	b.open(s.URL + ui.CrampNowPath + guidePlaceQuery(1))
	b.waitPlace(1)

	// Off by default: nothing is said without the person's choice.
	b.sleep(500)
	if v, sp := b.voiceSwitch(), b.speech(); v.Checked || v.Disabled || v.Label != "Read steps aloud" || len(sp.Said) != 0 {
		t.Fatalf("before any choice: switch %+v, said %q", v, sp.Said)
	}
	b.click("#guide-voice-switch")
	b.waitSaid("the shown step, read aloud", "Step one of", steps[0].Title, steps[0].Summary)
	b.waitTrue(`document.getElementById("guide-auto-switch")`, "the voice switch, on")
	if v := b.voiceSwitch(); !v.Checked || v.Stored != "on" || v.Auto != "false" {
		t.Errorf("voice on: %+v", v)
	}
	b.key(keys.ArrowRight)
	b.waitPlace(2)
	b.waitSaid("the next step, read aloud", "Step two of", steps[1].Title)

	// Remembered on this device: a reload reads the shown step at once.
	b.reload()
	b.waitPlace(2)
	b.waitSaid("the step after a reload", steps[1].Title)
	if v := b.voiceSwitch(); !v.Checked {
		t.Errorf("the choice was not remembered: %+v", v)
	}

	// Off: speech is cancelled in the same click, and nothing more is said.
	before := b.speech()
	b.click("#guide-voice-switch")
	after := b.speech()
	b.waitTrue(`!document.getElementById("guide-auto-switch")`, "the voice switch, off")
	if after.Cancels <= before.Cancels {
		t.Errorf("turning the voice off did not cancel the speech (%d cancels before, %d after)", before.Cancels, after.Cancels)
	}
	b.key(keys.ArrowRight)
	b.waitPlace(3)
	b.sleep(500)
	if v, sp := b.voiceSwitch(), b.speech(); v.Checked || v.Stored != "" || len(sp.Said) != len(after.Said) {
		t.Errorf("voice off: switch %+v, said after %q", v, sp.Said[len(after.Said):])
	}
	b.checkNoPageProblems()
}

func TestVoiceAutomaticModeAdvancesAfterAHoldAndATapPauses(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	b := newBrowser(t)
	b.Guard.Allow(s.Addr)
	b.onNewDocument(guideInstruments("record", true))
	b.onNewDocument(speechInstruments("record"))
	place, hold := guideHeldStep(t)
	n := len(knowledge().FirstAid())
	if place >= n {
		t.Fatalf("the held step %d is the last: nothing to advance to", place)
	}
	b.open(s.URL + ui.CrampNowPath + guidePlaceQuery(place))
	b.waitPlace(place)
	b.click("#guide-voice-switch")
	b.click("#guide-auto-switch") // click waits for it to be drawn
	b.waitSaid("the automatic mode, announced", "Automatic")
	b.waitTrue(`document.getElementById("guide-auto-switch").getAttribute("aria-checked") === "true"`, "the automatic switch, on")
	if v := b.voiceSwitch(); v.Auto != "true" {
		t.Fatalf("automatic switch: %+v", v)
	}

	// Hands off from here: once the words are said, the hold starts by
	// itself. The clock is moved, not waited for.
	b.skewClock(60)
	b.waitTrue(`document.getElementById("guide-timer").dataset.state === "running"`, "the hold to start by itself")
	b.waitSaid("the hold, announced", fmt.Sprintf("Hold for %s seconds", wordsOf(hold)))
	// Close to the end, then real time: the end is seen as it happens, so
	// it is said, with the soft tone.
	b.skewClock(float64(hold) - 2)
	b.waitTrue(`document.getElementById("guide-timer").dataset.state === "done"`, "the hold to end")
	b.waitSaid("the end of the hold", "Let go gently")
	if sp := b.speech(); sp.Tones < 1 {
		t.Errorf("the hold ended without the soft tone: %+v", sp)
	}
	b.skewClock(10)
	b.waitPlace(place + 1)

	// A tap on the step pauses: shown and said, and time no longer moves it.
	b.click("#guide-sentence")
	b.waitTrue(`!!document.getElementById("guide-paused")`, "the pause to show")
	b.waitSaid("the pause, said", "Paused")
	b.skewClock(600)
	b.sleep(800)
	if v := b.guide(); v.Place != place+1 {
		t.Errorf("paused, the guide moved to %d", v.Place)
	}
	b.click("#guide-resume")
	b.waitSaid("going on", "Going on")
	b.skewClock(600)
	b.waitPlace(place + 2)
	b.checkNoPageProblems()
}

// wordsOf is a small number as the voice says it.
func wordsOf(n int) string {
	words := map[int]string{5: "five", 10: "ten", 15: "fifteen", 20: "twenty", 30: "thirty", 45: "forty-five", 60: "sixty"}
	if w, ok := words[n]; ok {
		return w
	}
	return fmt.Sprint(n)
}

func TestVoiceUnavailableOrThrowingLeavesTheGuideWorking(t *testing.T) {
	s := startServer(t, builds.server, builds.web, "127.0.0.1:0")
	for _, mode := range []string{"absent", "throw"} {
		t.Run(mode, func(t *testing.T) {
			b := newBrowser(t)
			b.Guard.Allow(s.Addr)
			b.onNewDocument(guideInstruments("record", true))
			b.onNewDocument(speechInstruments(mode))
			b.open(s.URL + ui.CrampNowPath + guidePlaceQuery(1))
			b.waitPlace(1)
			if mode == "throw" {
				b.click("#guide-voice-switch")
			}
			b.waitTrue(`!!document.getElementById("guide-voice-note")`, "the note that voice is unavailable")
			v := b.voiceSwitch()
			if v.Note != "Voice is not available on this device." || v.Checked || !v.Disabled || v.Auto != "" {
				t.Errorf("%s: switch %+v", mode, v)
			}
			b.click("#guide-next")
			b.waitPlace(2)
			b.key(keys.ArrowLeft)
			b.waitPlace(1)
			b.checkNoPageProblems()
		})
	}
}
