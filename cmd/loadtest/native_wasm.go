//go:build wasm

package main

// run does nothing in a browser: the load test is a native program.
func run([]string) int { return 2 }
