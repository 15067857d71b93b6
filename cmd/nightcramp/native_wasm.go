//go:build wasm

package main

// runNative is never reached in the browser, where app.RunWhenOnBrowser
// runs the app for the life of the page.
func runNative([]string) int { return 0 }
