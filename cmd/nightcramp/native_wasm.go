//go:build wasm

package main

import "github.com/nightcramp/nightcramp/app/kb"

// runNative is never reached in the browser, where app.RunWhenOnBrowser
// runs the app for the life of the page.
func runNative([]string, *kb.KB, error) int { return 0 }
