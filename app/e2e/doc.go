// Package e2e holds Nightcramp's end-to-end tests: they build the real wasm
// and server, start the server, and drive headless Chromium with chromedp.
// The package has no code of its own outside its tests.
package e2e
