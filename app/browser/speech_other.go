//go:build !js

package browser

// SpeechAvailable is false outside a browser: there is no voice.
func SpeechAvailable() bool { return false }

// Speak says nothing outside a browser.
func Speak(text string) bool { return false }

// CancelSpeech does nothing outside a browser.
func CancelSpeech() {}

// SoftTone plays nothing outside a browser.
func SoftTone() {}
