//go:build wasm

package main

import "runtime/debug"

// The Go collector in the browser runs on the page's only thread: each
// collection stops the page (12 ms measured here, 26 ms with the CPU slowed
// 4x), and with Go's default target one fell on the first keystrokes of a
// search. The app holds under 1 MB live (measured after a collection with
// the knowledge base loaded), so it can afford a heap of a few times its
// default before collecting; the limit keeps a pathological case (a huge
// import) from growing memory without bound.
const (
	gcPercent   = 400
	memoryLimit = 96 << 20
)

func init() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
}
