// Package browser is the only part of the UI that talks to JavaScript:
// timers, events go-app does not wrap, the address and history, the screen
// wake lock, vibration, speech and a soft tone, settings kept on the
// device, downloads, file input, storage events and printing.
//
// Each concern is a pair of files, as go-app's own pkg/app does: name_js.go
// for the browser and name_other.go for everything else, where each call is
// inert (nothing scheduled, nothing listened to, "not available"). So every
// room of app/ui compiles, renders and tests natively.
//
// It may import go-app and the standard library only.
package browser
