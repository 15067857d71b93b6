package guide

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/browser"
)

// The device settings of the voice, shared by both guides.
const (
	voiceSetting = "nightcramp-voice"
	autoSetting  = "nightcramp-voice-auto"
	settingOn    = "on"
)

// speaker is the voice and the memory of the device: the browser's, or a
// test's stand-in.
type speaker struct {
	available  func() bool
	speak      func(text string) bool
	cancel     func()
	tone       func()
	setting    func(key string) string
	setSetting func(key, value string)
}

// deviceSpeaker speaks with the browser's own speech synthesis.
func deviceSpeaker() *speaker {
	return &speaker{
		available: browser.SpeechAvailable, speak: browser.Speak, cancel: browser.CancelSpeech,
		tone: browser.SoftTone, setting: browser.Setting, setSetting: browser.SetSetting,
	}
}

// voiceState is what the person chose and what the device can do.
type voiceState struct {
	on          bool // read the steps aloud
	auto        bool // go on by itself when a hold ends
	paused      bool // the automatic mode was stopped by a tap
	unavailable bool // no voice on this device, or it refused to speak
}

func (p *guidePage) speaker() *speaker {
	if p.speech == nil {
		p.speech = deviceSpeaker()
	}
	return p.speech
}

func (p *guidePage) now() float64 {
	if p.clock == nil {
		return browser.NowMillis()
	}
	return p.clock()
}

// readVoice takes the remembered choice when the guide opens. Speech is
// off unless the person turned it on, here or on an earlier visit.
func (p *guidePage) readVoice() {
	sp := p.speaker()
	p.voice = voiceState{unavailable: !sp.available()}
	if p.voice.unavailable {
		return
	}
	p.voice.on = sp.setting(voiceSetting) == settingOn
	p.voice.auto = p.voice.on && sp.setting(autoSetting) == settingOn
	if p.voice.on {
		p.placeShown()
	}
}

// say speaks text if the voice is on. A voice that throws is taken as no
// voice: the switch says so and the guide goes on silently.
func (p *guidePage) say(text string) {
	if !p.voice.on || text == "" {
		return
	}
	if !p.speaker().speak(text) {
		p.voiceFailed()
	}
}

// hush stops speaking at once.
func (p *guidePage) hush() {
	if p.voice.on {
		p.speaker().cancel()
	}
}

func (p *guidePage) voiceFailed() {
	p.speaker().cancel()
	p.stopPace()
	p.voice = voiceState{unavailable: true}
}

// toggleVoice turns reading aloud on or off, and remembers it. Turning it
// on reads the screen at once; turning it off stops mid-word.
func (p *guidePage) toggleVoice(ctx app.Context, e app.Event) {
	e.Call("stopPropagation") // not a tap that pauses
	if p.voice.unavailable {
		return
	}
	sp := p.speaker()
	if p.voice.on {
		sp.cancel()
		p.stopPace()
		p.voice.on, p.voice.paused = false, false
		sp.setSetting(voiceSetting, "")
		return
	}
	p.voice.on = true
	p.voice.auto = sp.setting(autoSetting) == settingOn
	sp.setSetting(voiceSetting, settingOn)
	p.placeShown()
}

// toggleAuto turns the automatic mode on or off, and remembers it.
func (p *guidePage) toggleAuto(ctx app.Context, e app.Event) {
	e.Call("stopPropagation")
	if !p.voice.on {
		return
	}
	p.voice.auto, p.voice.paused = !p.voice.auto, false
	value := ""
	if p.voice.auto {
		value = settingOn
	}
	p.speaker().setSetting(autoSetting, value)
	if p.voice.auto {
		p.say("Automatic. The guide will go on by itself. Tap the screen to pause.")
		p.plan()
		return
	}
	p.stopPace()
	p.say("Automatic is off.")
}

// voicePanel holds the switches: read aloud, then automatic once the voice
// is on, and what the automatic mode is doing.
func (p *guidePage) voicePanel() app.UI {
	v := p.voice
	return app.Div().ID("guide-voice").Class("guide-voice").Body(
		guideSwitch("guide-voice-switch", "Read steps aloud", v.on, v.unavailable, p.toggleVoice),
		app.If(v.unavailable, func() app.UI {
			return app.P().ID("guide-voice-note").Class("guide-voice-note").Role("status").
				Text("Voice is not available on this device.")
		}),
		app.If(v.on, func() app.UI {
			return guideSwitch("guide-auto-switch", "Automatic", v.auto, false, p.toggleAuto)
		}),
		app.If(v.on && v.auto && v.paused, func() app.UI {
			return app.Div().ID("guide-paused").Class("guide-paused").Body(
				app.P().Role("status").Text("Paused."),
				app.Button().ID("guide-resume").Type("button").Class("guide-resume").Text("Resume").OnClick(p.resume),
			)
		}),
	)
}

// guideSwitch is an on/off switch: a button whose state a screen reader
// reads as on or off, with its label as its name.
func guideSwitch(id, label string, on, disabled bool, onClick app.EventHandler) app.UI {
	b := app.Button().ID(id).Type("button").Role("switch").Aria("checked", on).Class("guide-switch")
	if disabled {
		// Only when true: the server writes a false one as disabled="false",
		// which a browser reads as disabled.
		b = b.Disabled(true)
	}
	return b.OnClick(onClick).Body(
		app.Span().Class("switch-track").Aria("hidden", "true"),
		app.Span().Class("switch-label").Text(label),
	)
}

// countAloud says the count at the useful moments of a running hold, once
// each (see countCue).
func (p *guidePage) countAloud() {
	left := p.timer.remaining()
	if p.timer.state() != timerRunning || left == p.timer.spoken {
		return
	}
	p.timer.spoken = left
	p.say(countCue(left, p.timer.seconds))
}
