//go:build wasm

package main

import "github.com/nightcramp/nightcramp/app/kb"

// loadKnowledge builds the embedded knowledge base without validating it
// again: the native binary, built from the same tree, refuses to start on
// invalid data, and the tests fail on it.
func loadKnowledge() (*kb.KB, error) { return kb.LoadEmbeddedTrusted() }

// runNative is never reached in the browser, where app.RunWhenOnBrowser
// runs the app for the life of the page.
func runNative([]string, *kb.KB, error) int { return 0 }
