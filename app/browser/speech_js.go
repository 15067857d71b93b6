//go:build js

package browser

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// speechRate is a little slower than the voice's own: the person
// listening has just been woken, or is in pain.
const speechRate = 0.9

// SpeechAvailable reports whether the page can speak with the browser's
// own, on-device speech synthesis.
func SpeechAvailable() bool {
	ok := false
	Safely(func() {
		win := app.Window()
		ok = win.Get("speechSynthesis").Truthy() &&
			win.Get("SpeechSynthesisUtterance").Type() == app.TypeFunction
	})
	return ok
}

// Speak stops whatever is being said and says text, at the device's own
// volume. It reports false when the browser has no voice or refused (threw).
func Speak(text string) bool {
	if !SpeechAvailable() {
		return false
	}
	return Safely(func() {
		win := app.Window()
		synth := win.Get("speechSynthesis")
		synth.Call("cancel")
		u := win.Get("SpeechSynthesisUtterance").New(text)
		u.Set("rate", speechRate)
		synth.Call("speak", u)
	})
}

// CancelSpeech stops speaking at once and drops what was queued.
func CancelSpeech() {
	Safely(func() {
		if synth := app.Window().Get("speechSynthesis"); synth.Truthy() {
			synth.Call("cancel")
		}
	})
}

// The soft tone: a low sine that swells and fades over most of a second,
// made in the page, with no sound file to fetch or cache.
const (
	toneHertz   = 440.0
	tonePeak    = 0.15
	toneSeconds = 0.9
)

// SoftTone plays a short, gentle tone with Web Audio where the browser can;
// elsewhere it does nothing.
func SoftTone() {
	Safely(func() {
		win := app.Window()
		ctor := win.Get("AudioContext")
		if !ctor.Truthy() {
			ctor = win.Get("webkitAudioContext")
		}
		if !ctor.Truthy() {
			return
		}
		audio := ctor.New()
		osc := audio.Call("createOscillator")
		gain := audio.Call("createGain")
		osc.Set("type", "sine")
		osc.Get("frequency").Set("value", toneHertz)
		// An envelope, not a switch: a sound that starts or stops at full
		// volume clicks, and a click at night startles.
		t := audio.Get("currentTime").Float()
		g := gain.Get("gain")
		g.Call("setValueAtTime", 0.0001, t)
		g.Call("exponentialRampToValueAtTime", tonePeak, t+0.08)
		g.Call("exponentialRampToValueAtTime", 0.0001, t+toneSeconds)
		osc.Call("connect", gain)
		gain.Call("connect", audio.Get("destination"))
		osc.Set("onended", callOnce(func() { Safely(func() { audio.Call("close") }) }))
		osc.Call("start", t)
		osc.Call("stop", t+toneSeconds+0.05)
	})
}
